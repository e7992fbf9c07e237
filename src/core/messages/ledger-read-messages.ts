import type { MessageText } from "./message";

/**
 * Messages of reading a sheet as a 贷后管理台账: why a sheet could not be read
 * as a ledger and what to do about it. `{sheet}` is the sheet's name,
 * `{rows}` how many rows from the top are searched for the header.
 */
export const ledgerReadMessages = {
  "ledger.read.empty": {
    "zh-CN": "工作表“{sheet}”是空的",
    "en-US": "Sheet “{sheet}” is empty",
  },
  "ledger.read.empty.hint": {
    "zh-CN": "请选择存放贷后管理台账的工作表，或先把台账粘贴到这张表中",
    "en-US": "Choose the sheet that holds the post-loan ledger, or paste the ledger into this sheet first",
  },
  "ledger.read.no-header": {
    "zh-CN": "工作表“{sheet}”中没有找到台账表头（至少应有 客户名称、借据号 等列）",
    "en-US": "No ledger header found in sheet “{sheet}” (it needs columns such as 客户名称 and 借据号)",
  },
  "ledger.read.no-header.hint": {
    "zh-CN":
      "表头应在前 {rows} 行内，包含 客户名称（或 借款人）、借据号、贷款余额、五级分类 等列名中的至少三个；也可以手动指定表头行和各列对应关系",
    "en-US":
      "The header must be within the first {rows} rows and name at least three columns such as 客户名称 (or 借款人), 借据号, 贷款余额 and 五级分类; you can also choose the header row and map the columns by hand",
  },
} satisfies Record<string, MessageText>;

export type LedgerReadMessageId = keyof typeof ledgerReadMessages;
