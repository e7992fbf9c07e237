import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/**
 * Colour levels of a warning (rules.md §4.1), most severe first. 红/橙/黄
 * need a handling plan; 蓝 is only noted. 重大/一般 grading is not mapped to
 * colours: banks draw that line differently, so such a level is left for the
 * officer to choose on the form.
 */
export type WarningLevel = "红" | "橙" | "黄" | "蓝";

const LEVEL_TABLE: EnumTable<WarningLevel> = {
  红: ["红色", "红色预警", "红级", "红色级", "一级"],
  橙: ["橙色", "橙色预警", "橙级", "橙色级", "二级"],
  黄: ["黄色", "黄色预警", "黄级", "黄色级", "三级"],
  蓝: ["蓝色", "蓝色预警", "蓝级", "蓝色级", "四级"],
};

export const WARNING_LEVELS: readonly WarningLevel[] = enumValues(LEVEL_TABLE);

/** Reads a 预警级别 cell: 红, 红色, 红色预警 … (whitespace, full-width forms and case ignored). */
export const parseWarningLevel: (value: unknown) => Parsed<WarningLevel> = makeEnumParser(LEVEL_TABLE);
