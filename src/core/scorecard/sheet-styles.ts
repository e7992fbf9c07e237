import type { CellStyle } from "../sheet-model/sheet-model";

/** Colours and text styles shared by the scorecard sheets, so that they print alike. */
export const HEADER_FILL = "#D9E1F2";
/** Cells the inspector types into (manual counts, names, dates, 剔除): the usual input yellow. */
export const INPUT_FILL = "#FFF2CC";
export const TOTAL_FILL = "#F2F2F2";
export const BELOW_FILL = "#FFC7CE";
export const BELOW_FONT = "#9C0006";

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 16, hAlign: "center", vAlign: "middle" };
