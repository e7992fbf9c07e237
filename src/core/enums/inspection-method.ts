import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/** 检查方式 of a post-loan inspection. */
export type InspectionMethod = "现场" | "非现场";

const INSPECTION_METHOD_TABLE: EnumTable<InspectionMethod> = {
  现场: ["现场检查", "实地", "实地检查", "实地走访", "上门", "上门检查", "上门走访", "走访", "现场走访", "现场调查"],
  非现场: [
    "非现场检查",
    "非现场监测",
    "电话",
    "电话回访",
    "电话核实",
    "电话检查",
    "系统监测",
    "系统",
    "远程",
    "远程检查",
    "视频",
    "视频检查",
  ],
};

export const INSPECTION_METHODS: readonly InspectionMethod[] = enumValues(INSPECTION_METHOD_TABLE);

export const parseInspectionMethod: (value: unknown) => Parsed<InspectionMethod> =
  makeEnumParser(INSPECTION_METHOD_TABLE);
