import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/** Strings of the browser preview's frame (toolbar, workbook view); the task pane has its own tables. */
export const previewMessages = {
  "preview.title": { "zh-CN": "贷后助手 · 浏览器预览", "en-US": "Post-loan Assistant · Browser preview" },
  "preview.toolbar.label": { "zh-CN": "预览工具栏", "en-US": "Preview toolbar" },
  "preview.open": { "zh-CN": "打开 .xlsx…", "en-US": "Open .xlsx…" },
  "preview.open.title": {
    "zh-CN": "打开您自己的台账（文件只在本浏览器中读取，不会上传）",
    "en-US": "Open your own ledger (the file is read in this browser only, never uploaded)",
  },
  "preview.save": { "zh-CN": "保存 .xlsx", "en-US": "Save .xlsx" },
  "preview.save.title": {
    "zh-CN": "把当前工作簿（含检查结果和标记）保存为 .xlsx",
    "en-US": "Save the workbook (with the check results and marks) as .xlsx",
  },
  "preview.reset": { "zh-CN": "重置示例", "en-US": "Reset demo" },
  "preview.reset.title": {
    "zh-CN": "重新载入示例台账，放弃所有更改",
    "en-US": "Reload the demo ledger and discard every change",
  },
  "preview.language": { "zh-CN": "界面语言", "en-US": "Language" },
  "preview.language.zh": { "zh-CN": "中文", "en-US": "中文" },
  "preview.language.en": { "zh-CN": "English", "en-US": "English" },
  "preview.file.demo": {
    "zh-CN": "示例工作簿：{loans} 笔贷款，统计日期 {asOf}",
    "en-US": "Demo workbook: {loans} loans as of {asOf}",
  },
  "preview.file.opened": { "zh-CN": "已打开：{file}", "en-US": "Opened: {file}" },
  "preview.opening": { "zh-CN": "正在打开 {file}…", "en-US": "Opening {file}…" },
  "preview.saving": { "zh-CN": "正在生成 .xlsx…", "en-US": "Writing the .xlsx…" },
  "preview.saved": { "zh-CN": "已保存为 {file}", "en-US": "Saved as {file}" },
  "preview.open.failed": { "zh-CN": "无法打开 {file}", "en-US": "Could not open {file}" },
  "preview.save.failed": { "zh-CN": "无法保存工作簿", "en-US": "Could not save the workbook" },
  "preview.dismiss": { "zh-CN": "关闭", "en-US": "Dismiss" },
  "preview.nameBox": { "zh-CN": "名称框", "en-US": "Name box" },
  "preview.nameBox.invalid": { "zh-CN": "“{value}”不是单元格地址", "en-US": "“{value}” is not a cell address" },
  "preview.formulaBar": { "zh-CN": "编辑栏", "en-US": "Formula bar" },
  "preview.grid": { "zh-CN": "工作表“{sheet}”", "en-US": "Sheet “{sheet}”" },
  "preview.tabs": { "zh-CN": "工作表", "en-US": "Sheets" },
  "preview.pane": { "zh-CN": "任务窗格", "en-US": "Task pane" },
  "preview.note": { "zh-CN": "批注", "en-US": "Note" },
  "preview.empty": { "zh-CN": "这个工作簿没有可见的工作表。", "en-US": "This workbook has no visible sheet." },
  "preview.engine.notice": {
    "zh-CN":
      "这是浏览器预览：任务窗格与 Excel 中完全相同，工作簿只保存在本页内存中。公式由 HyperFormula（GPL-3.0）计算，仅用于预览，不随加载项发布。",
    "en-US":
      "This is the browser preview: the task pane is the one Excel shows, and the workbook lives in this page's memory only. Formulas are computed by HyperFormula (GPL-3.0), used for the preview only and never shipped with the add-in.",
  },
} satisfies Record<string, MessageText>;

export type PreviewMessageId = keyof typeof previewMessages;

export function previewText(id: PreviewMessageId, locale: Locale, params?: MessageParams): string {
  return fill(previewMessages[id][locale], params);
}
