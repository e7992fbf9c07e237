import type { MessageText } from "./message";

/** Strings of the task pane. */
export const uiMessages = {
  "ui.title": { "zh-CN": "贷后助手", "en-US": "Post-loan Assistant" },
  "ui.subtitle": {
    "zh-CN": "贷后管理台账检查、评分、预警与提示，全部在您的工作簿中完成。",
    "en-US": "Ledger checks, scoring, warnings and notices — all inside your workbook.",
  },
} satisfies Record<string, MessageText>;
