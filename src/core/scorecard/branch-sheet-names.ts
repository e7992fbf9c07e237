import { scoreText } from "../messages/score-messages";
import { MAX_SHEET_NAME, safeSheetName } from "../sheet-model/sheet-name";

export interface BranchSheetNames {
  /** 评分表-<branch> */
  readonly scorecard: string;
  /** 评分依据-<branch> */
  readonly evidence: string;
  /** 限期整改通知书-<branch> */
  readonly notice: string;
}

/**
 * Room kept at the end of every name for the `(2)` that writeOwnedSheet adds
 * when a sheet of that name exists and is not the add-in's.
 */
const RENAME_ROOM = 3;

/**
 * The sheet names of each branch: the prefix and the branch made safe for
 * Excel (safeSheetName) and short enough to leave room for a rename. Two
 * branches whose names become the same (Excel ignores case; long names are
 * cut) are told apart by `~2`, `~3` … on the later one, the same on all three
 * of its sheets so that they still read as a set.
 */
export function branchSheetNames(branches: readonly string[]): Map<string, BranchSheetNames> {
  const prefixes = {
    scorecard: scoreText("score.sheet.scorecard-prefix"),
    evidence: scoreText("score.sheet.evidence-prefix"),
    notice: scoreText("score.sheet.notice-prefix"),
  };
  const taken = new Set<string>();
  const out = new Map<string, BranchSheetNames>();
  for (const branch of branches) {
    if (out.has(branch)) continue;
    for (let k = 1; ; k++) {
      const suffix = k === 1 ? "" : `~${k}`;
      const name = (prefix: string): string =>
        prefix + safeSheetName(branch, MAX_SHEET_NAME - RENAME_ROOM - prefix.length - suffix.length) + suffix;
      const names: BranchSheetNames = {
        scorecard: name(prefixes.scorecard),
        evidence: name(prefixes.evidence),
        notice: name(prefixes.notice),
      };
      const keys = [names.scorecard, names.evidence, names.notice].map((n) => n.toUpperCase());
      if (keys.some((key) => taken.has(key))) continue;
      for (const key of keys) taken.add(key);
      out.set(branch, names);
      break;
    }
  }
  return out;
}
