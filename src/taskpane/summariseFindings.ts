import type { Finding } from "../domain/model/workbookModel";

export type CheckSummary = { errors: number; warnings: number; target?: Finding };

/**
 * Counts and the target verdict of a check, for the summary above the findings.
 *
 * @example
 * summariseFindings([{ code: "typed-output", severity: "error", message: "…", cells: ["'D3 Model'!C30"] }])
 * //=> { errors: 1, warnings: 0 }
 */
export function summariseFindings(findings: Finding[]): CheckSummary {
  const target = findings.find((f) => f.code === "target-met" || f.code === "target-missed");
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    ...(target ? { target } : {}),
  };
}
