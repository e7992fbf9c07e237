import type { BadgeProps } from "@fluentui/react-components";
import type { Severity } from "../../../core/findings/finding";

/** Badge colours of the severities, shared by the counts and the findings list. */
export const SEVERITY_BADGE: Readonly<Record<Severity, NonNullable<BadgeProps["color"]>>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/**
 * A share as a percentage with one decimal, rounded down so that 100% is
 * shown only when nothing is missing (99.97% must not read as complete).
 */
export function percentText(share: number): string {
  const tenths = Math.floor(Math.max(0, Math.min(1, share)) * 1000 + 1e-9);
  return (tenths / 10).toFixed(1).replace(/\.0$/, "");
}
