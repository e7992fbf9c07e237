import type { MessageText } from "./message";

/**
 * Messages of the workbook adapters (memory, .xlsx, Office.js): why a sheet
 * cannot be written and why a file cannot be opened, each with what to do.
 * `adapter.open.*` come in pairs: the problem and its `-hint`.
 */
export const adapterMessages = {
  "adapter.sheet-protected": {
    "zh-CN": "工作表“{sheet}”受保护，贷后助手无法写入。请在 Excel 中选择“审阅 → 撤销工作表保护”后重试。",
    "en-US":
      'Sheet "{sheet}" is protected, so the add-in cannot write to it. Unprotect it (Review → Unprotect Sheet) and try again.',
  },
  "adapter.sheet-not-found": {
    "zh-CN": "找不到工作表“{sheet}”，它可能已被重命名或删除。",
    "en-US": 'There is no sheet "{sheet}"; it may have been renamed or deleted.',
  },
  "adapter.sheet-name.empty": {
    "zh-CN": "工作表名称不能为空。",
    "en-US": "A sheet name cannot be empty.",
  },
  "adapter.sheet-name.too-long": {
    "zh-CN": "工作表名称“{sheet}”超过 31 个字符，Excel 不允许。",
    "en-US": 'Sheet name "{sheet}" is longer than the 31 characters Excel allows.',
  },
  "adapter.sheet-name.chars": {
    "zh-CN": "工作表名称“{sheet}”含有 Excel 不允许的字符（: \\ / ? * [ ]）。",
    "en-US": 'Sheet name "{sheet}" contains characters Excel does not allow (: \\ / ? * [ ]).',
  },
  "adapter.sheet-name.quote": {
    "zh-CN": "工作表名称“{sheet}”不能以单引号开头或结尾。",
    "en-US": 'Sheet name "{sheet}" cannot begin or end with an apostrophe.',
  },
  "adapter.sheet-name.reserved": {
    "zh-CN": "“History”是 Excel 保留的工作表名称，请换一个名称。",
    "en-US": '"History" is a sheet name reserved by Excel; choose another.',
  },
  "adapter.address-invalid": {
    "zh-CN": "单元格地址无效：{address}",
    "en-US": "Invalid cell address: {address}",
  },
  "adapter.open.not-found": {
    "zh-CN": "找不到文件：{file}",
    "en-US": "File not found: {file}",
  },
  "adapter.open.not-found-hint": {
    "zh-CN": "请检查路径和文件名是否正确（包括扩展名 .xlsx）。",
    "en-US": "Check the path and the file name, including the .xlsx extension.",
  },
  "adapter.open.directory": {
    "zh-CN": "这是一个文件夹，不是 Excel 文件：{file}",
    "en-US": "This is a folder, not an Excel file: {file}",
  },
  "adapter.open.directory-hint": {
    "zh-CN": "请指定文件夹中的 .xlsx 文件。",
    "en-US": "Name the .xlsx files inside the folder.",
  },
  "adapter.open.csv": {
    "zh-CN": "文件是 CSV 或纯文本格式，不是 Excel 工作簿：{file}",
    "en-US": "The file is CSV or plain text, not an Excel workbook: {file}",
  },
  "adapter.open.csv-hint": {
    "zh-CN": "请在 Excel 中打开该文件，另存为“Excel 工作簿 (*.xlsx)”后再检查。",
    "en-US": 'Open it in Excel and save it as "Excel Workbook (*.xlsx)", then check that file.',
  },
  "adapter.open.html": {
    "zh-CN": "文件是网页（HTML/XML）格式的表格，常见于业务系统导出的 .xls 文件，不是真正的 Excel 工作簿：{file}",
    "en-US":
      "The file is a web-page (HTML/XML) table, as many systems export under a .xls name, not a real Excel workbook: {file}",
  },
  "adapter.open.html-hint": {
    "zh-CN": "请在 Excel 中打开该文件，另存为“Excel 工作簿 (*.xlsx)”后再检查。",
    "en-US": 'Open it in Excel and save it as "Excel Workbook (*.xlsx)", then check that file.',
  },
  "adapter.open.xlsb": {
    "zh-CN": "文件是 Excel 二进制工作簿（.xlsb），无法直接读取：{file}",
    "en-US": "The file is an Excel binary workbook (.xlsb), which cannot be read directly: {file}",
  },
  "adapter.open.not-xlsx": {
    "zh-CN": "文件不是 Excel 工作簿（.xlsx）：{file}",
    "en-US": "The file is not an Excel workbook (.xlsx): {file}",
  },
  "adapter.open.not-xlsx-hint": {
    "zh-CN": "请确认选择了正确的文件；如果它能在 Excel 中打开，请另存为“Excel 工作簿 (*.xlsx)”后再检查。",
    "en-US":
      'Make sure this is the right file; if Excel opens it, save it as "Excel Workbook (*.xlsx)" and check that file.',
  },
  "adapter.open.empty": {
    "zh-CN": "文件是空的（0 字节）：{file}",
    "en-US": "The file is empty (0 bytes): {file}",
  },
  "adapter.open.truncated": {
    "zh-CN": "文件不完整或已损坏（可能下载、复制或解压未完成）：{file}",
    "en-US": "The file is incomplete or damaged (perhaps an unfinished download or copy): {file}",
  },
  "adapter.open.truncated-hint": {
    "zh-CN": "请重新下载或复制该文件；如果它能在 Excel 中打开，请另存为 .xlsx 后再检查。",
    "en-US": "Download or copy the file again; if Excel opens it, save it as .xlsx and check that file.",
  },
  "adapter.open.too-large": {
    "zh-CN":
      "文件太大，无法整本载入内存来写副本：{file}（工作表数据解压后约 {xmlMb} MB，估计需要 {needGb} GB 内存，本次最多可用 {haveGb} GB）",
    "en-US":
      "The file is too large to load whole for writing a copy: {file} (its sheets are about {xmlMb} MB uncompressed, which needs about {needGb} GB of memory; {haveGb} GB is available to this run)",
  },
  "adapter.open.too-large-hint": {
    "zh-CN":
      "只检查不写副本时（postloan check 不加 --out）文件逐行流式读取，不受此限制；要写副本，请按机构把台账拆成几个文件分别处理，或在内存更大的电脑上先设置环境变量 NODE_OPTIONS=--max-old-space-size={suggestMb} 再运行",
    "en-US":
      "Checking without a copy (postloan check without --out) streams the file row by row and has no such limit; to write a copy, split the ledger by branch into several files, or, on a computer with more memory, set the environment variable NODE_OPTIONS=--max-old-space-size={suggestMb} and run it again",
  },
  "adapter.open.encrypted": {
    "zh-CN": "文件已加密（设置了打开密码），无法读取：{file}",
    "en-US": "The file is encrypted (it has a password to open): {file}",
  },
  "adapter.open.encrypted-hint": {
    "zh-CN": "请在 Excel 中取消密码保护（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx 再检查。",
    "en-US":
      "Remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save as .xlsx and check again.",
  },
  "adapter.open.xls": {
    "zh-CN": "文件是旧版 Excel 97-2003 工作簿（.xls），无法直接读取：{file}",
    "en-US": "The file is an old Excel 97-2003 workbook (.xls), which cannot be read directly: {file}",
  },
  "adapter.open.xls-hint": {
    "zh-CN": "请在 Excel 中打开该文件，另存为“Excel 工作簿 (*.xlsx)”后再检查。",
    "en-US": 'Open it in Excel and save it as "Excel Workbook (*.xlsx)", then check that file.',
  },
  "adapter.open.unreadable": {
    "zh-CN": "无法读取文件：{file}（{detail}）",
    "en-US": "Cannot read the file: {file} ({detail})",
  },
  "adapter.open.unreadable-hint": {
    "zh-CN":
      "请确认文件没有被其他程序占用、有读取权限，并能在 Excel 中正常打开；必要时在 Excel 中另存为 .xlsx 后再检查。",
    "en-US":
      "Make sure no other program holds the file, you may read it, and Excel opens it; if needed, save it again as .xlsx from Excel.",
  },
  "adapter.open.denied": {
    "zh-CN": "没有读取该文件的权限：{file}",
    "en-US": "No permission to read the file: {file}",
  },
  "adapter.open.busy": {
    "zh-CN": "文件正被其他程序占用：{file}",
    "en-US": "Another program is using the file: {file}",
  },
  "adapter.open.busy-hint": {
    "zh-CN": "请关闭正在使用该文件的程序（例如 Excel）后重试。",
    "en-US": "Close the program that is using it (for example Excel) and try again.",
  },
  "adapter.open.no-file-system": {
    "zh-CN": "此环境不能按路径打开文件，请选择文件后读取其内容。",
    "en-US": "Files cannot be opened by path here; pick the file and pass its contents.",
  },
  "adapter.save.failed": {
    "zh-CN": "无法保存文件：{file}（{detail}）",
    "en-US": "Cannot save the file: {file} ({detail})",
  },
  "adapter.save.busy": {
    "zh-CN": "无法保存文件，它可能正在 Excel 中打开：{file}",
    "en-US": "Cannot save the file; it may be open in Excel: {file}",
  },
  "adapter.save.busy-hint": {
    "zh-CN": "请在 Excel 中关闭该文件，或用 --out 指定另一个文件名后重试。",
    "en-US": "Close it in Excel, or choose another file name with --out, and try again.",
  },
  "adapter.save.no-folder": {
    "zh-CN": "无法保存文件，所在文件夹不存在：{file}",
    "en-US": "Cannot save the file; its folder does not exist: {file}",
  },
  "adapter.save.no-folder-hint": {
    "zh-CN": "请先创建该文件夹，或指定一个已存在的文件夹。",
    "en-US": "Create the folder first, or choose an existing one.",
  },
  "adapter.save.failed-hint": {
    "zh-CN": "请确认有写入该位置的权限，且磁盘空间充足。",
    "en-US": "Make sure you may write there and the disk is not full.",
  },
} satisfies Record<string, MessageText>;

export type AdapterMessageId = keyof typeof adapterMessages;
