import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/** 处置方式 for a non-performing or problem loan. */
export type DisposalMethod = "清收" | "依法起诉" | "盘活" | "保全" | "以资抵债" | "核销" | "重组" | "批量转让";

const DISPOSAL_METHOD_TABLE: EnumTable<DisposalMethod> = {
  清收: ["催收", "现金清收", "自主清收", "直接清收", "清收处置"],
  依法起诉: ["诉讼", "起诉", "诉讼执行", "诉讼清收", "依法诉讼", "司法诉讼", "法律诉讼", "司法清收"],
  盘活: ["盘活处置", "资产盘活"],
  保全: ["资产保全", "债权保全"],
  以资抵债: ["以物抵债", "抵债", "资产抵债"],
  核销: ["呆账核销", "呆账核销处置", "已核销"],
  重组: ["债务重组", "贷款重组", "资产重组"],
  批量转让: ["债权转让", "转让", "打包转让", "资产转让", "批量处置"],
};

export const DISPOSAL_METHODS: readonly DisposalMethod[] = enumValues(DISPOSAL_METHOD_TABLE);

export const parseDisposalMethod: (value: unknown) => Parsed<DisposalMethod> = makeEnumParser(DISPOSAL_METHOD_TABLE);
