/**
 * Every threshold the add-in applies, in one place. Each is a default: a bank
 * overrides any of them through the settings stored in its workbook, so its
 * own rules are set in Excel, not in code. Values follow
 * ../shared/domain/rules.md; where that marks a value as bank practice
 * ([PRAC]) it is here precisely so that it can be changed.
 */
export interface ClassificationThresholds {
  /** Overdue days above which a loan is at least 关注 (0: any overdue). */
  readonly attentionAfterDays: number;
  /** Days of overdue that 技术性逾期 excuses (1–7 under the 2023 Measures). */
  readonly technicalGraceDays: number;
  /** 逾期超过 N 天 → at least 次级 / 可疑 / 损失 (非零售 and 零售). */
  readonly substandardAfterDays: number;
  readonly doubtfulAfterDays: number;
  readonly lossAfterDays: number;
  /** The credit-card table (第九十二条): 1–90 关注, 91–120 次级, 121–180 可疑, >180 损失. */
  readonly card: {
    readonly substandardAfterDays: number;
    readonly doubtfulAfterDays: number;
    readonly lossAfterDays: number;
  };
  /** ECL ÷ balance at or above which an impaired asset is at least 可疑 / 损失. */
  readonly eclDoubtfulRatio: number;
  readonly eclLossRatio: number;
}

export interface InspectionSettings {
  /** Days after disbursement by which the first inspection is due. */
  readonly firstInspectionDays: number;
  /** Days between inspections for 正常 loans. */
  readonly normalIntervalDays: number;
  /** Days between inspections for 关注 and non-performing loans. */
  readonly watchIntervalDays: number;
}

export type ProvisionScheme = "2002" | "2012";

export interface Settings {
  readonly classification: ClassificationThresholds;
  readonly inspection: InspectionSettings;
  /** Specific-provision ratios by class, per reference scheme. */
  readonly provision: Readonly<Record<ProvisionScheme, readonly [number, number, number, number, number]>>;
  readonly scoring: {
    readonly full: number;
    readonly floor: number;
    /** Lower bounds of 优秀, 良好, 合格. */
    readonly bands: readonly [number, number, number];
    readonly penaltyThreshold: number;
    readonly penaltyAmount: number;
    readonly rectificationDays: number;
  };
  readonly targets: { readonly attainmentCap: number };
  readonly warning: { readonly feedbackWorkingDays: number };
  readonly maturity: { readonly window: "next-month" | "next-30-days" };
  /** Balance cut-offs of 行级 and 部门 management (行级干部管大户、客户部门管中户、营业单位管小户), in the ledger's unit. */
  readonly tier: { readonly large: number; readonly medium: number };
}

export const DEFAULT_SETTINGS: Settings = {
  classification: {
    attentionAfterDays: 0,
    technicalGraceDays: 7,
    substandardAfterDays: 90,
    doubtfulAfterDays: 270,
    lossAfterDays: 360,
    card: { substandardAfterDays: 90, doubtfulAfterDays: 120, lossAfterDays: 180 },
    eclDoubtfulRatio: 0.5,
    eclLossRatio: 0.9,
  },
  inspection: { firstInspectionDays: 30, normalIntervalDays: 90, watchIntervalDays: 30 },
  provision: {
    "2002": [0, 0.02, 0.25, 0.5, 1],
    "2012": [0.015, 0.03, 0.3, 0.6, 1],
  },
  scoring: {
    full: 100,
    floor: 0,
    bands: [90, 80, 60],
    penaltyThreshold: 80,
    penaltyAmount: 300,
    rectificationDays: 30,
  },
  targets: { attainmentCap: 1.2 },
  warning: { feedbackWorkingDays: 10 },
  maturity: { window: "next-month" },
  tier: { large: 1000, medium: 300 },
};
