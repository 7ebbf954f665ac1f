import type { Finding } from "../../../model/workbookModel";
import type { Drill1Context } from "../drill1Context";
import { D1_CONTROL_TOTAL_NAMES, D1_END_NAMES, D1_TIER_NAMES, d1Label } from "../drill1Names";
import { nonNumericFinding } from "../nonNumericCells";
import { BRIDGES } from "../bridgeAnswers";

const GIVEN_FIX =
  "These cells are givens computed from D1 Data: restore the formula (or repopulate the drill) so the bridge can be recomputed.";
const TIER_FIX =
  "These are your tier table's figures: compute them from D1 Data with COUNTIFS / SUMIFS, so the bridge can be recomputed.";

/**
 * `non-numeric` on a per-tier figure that holds text or an error (an empty one is
 * `tier-table-missing`), on a bridge end or a control total that holds text, an error or nothing, and
 * `givens-invalid` when the givens are numbers the bridge engine refuses (units sold above units
 * received, revenue on a tier with no orders, negative counts): the expected bridge cannot be built.
 *
 * @example
 * checkD1Givens(contextWithSoldAboveReceived).map((f) => f.code) //=> ["givens-invalid"]
 */
export function checkD1Givens(context: Drill1Context): Finding[] {
  const findings: Finding[] = [];
  const tierFix = context.blankMode ? TIER_FIX : GIVEN_FIX;
  for (const name of D1_TIER_NAMES) {
    const column = context.tiers[name];
    const finding = column && nonNumericFinding(name, d1Label(name), column, "allowed", tierFix);
    if (finding) findings.push(finding);
  }
  for (const name of D1_CONTROL_TOTAL_NAMES) {
    const row = context.controls[name];
    const finding = row && nonNumericFinding(name, d1Label(name), row, "refused", GIVEN_FIX);
    if (finding) findings.push(finding);
  }
  for (const name of D1_END_NAMES) {
    const cell = context.ends[name];
    const finding = cell && nonNumericFinding(name, d1Label(name), [cell], "refused", GIVEN_FIX);
    if (finding) findings.push(finding);
  }
  for (const bridge of ["aov", "st"] as const) {
    const outcome = context.bridges[bridge];
    if (outcome.kind !== "refused") continue;
    findings.push({
      code: "givens-invalid",
      severity: "error",
      message:
        `The ${BRIDGES[bridge].title} cannot be computed from the tier givens: ${outcome.message}. ` +
        `These cells come from D1 Data; an edit there or over a given formula broke them. ${GIVEN_FIX}`,
      cells: outcome.cells.length > 0 ? outcome.cells : [context.anchor],
    });
  }
  return findings;
}
