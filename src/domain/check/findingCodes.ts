/**
 * Every code a finding can carry, declared once: the type `FindingCode` is read from this list, a
 * test proves each one is produced somewhere in the check (and none outside it), and the docs test
 * proves docs/checks.md and the README document exactly these. A new rule adds its code here first.
 */
export const FINDING_CODES = [
  // Shared by every drill.
  "missing-range",
  "non-numeric",
  "givens-invalid",
  "discount-lever",
  "mass-dtc-lever",
  "check-failed",
  "typed-output",
  "generator-version-mismatch",
  // Drill 3.
  "constant-in-formula",
  "inconsistent-formula",
  "share-mismatch",
  "levers-dont-sum",
  "baseline-mismatch",
  "share-out-of-range",
  "flag-not-binary",
  "rollout-exceeds-dos",
  "rollout-too-fast",
  "capacity-exceeded",
  "jump-too-large",
  "conversion-implausible",
  "no-attribution",
  "click-to-dos-counted-digital",
  "total-revenue-drop",
  "target-met",
  "target-missed",
  // Drill 1.
  "method-missing",
  "method-unknown",
  "bridge-missing",
  "bridge-mismatch",
  "bridge-doesnt-close",
  "moves-missing",
  "diagnosis-missing",
  "diagnosis-too-short",
  "diagnosis-no-evidence",
  "diagnosis-contradicts-evidence",
  "diagnosis-misses-evidence",
  "moves-no-top-client",
  "moves-miss-cause",
  "move-untied",
  "coach-setting-invalid",
  "aov-currency-missing",
  "aov-currency-mismatch",
  "tier-table-missing",
  "tier-table-mismatch",
  "raw-data-edited",
  "tier-table-unverified",
  // Drill 2.
  "forecast-missing",
  "cvr-mismatch",
  "week-out-of-range",
  "revenue-guardrail",
  "cvr-guardrail",
  "unpaired-removal",
  "replacement-late",
  "discount-revenue-remaining",
  // KPI drill.
  "data-missing",
  "kpi-missing",
  "kpi-mismatch",
] as const;

/** A finding's stable, machine-readable code, e.g. "share-mismatch". */
export type FindingCode = (typeof FINDING_CODES)[number];
