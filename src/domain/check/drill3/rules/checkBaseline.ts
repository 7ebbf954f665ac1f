import type { Finding } from "../../../model/workbookModel";
import { formatPercent, formatPoints } from "../../findingText";
import type { Drill3Context } from "../drill3Context";
import { BASELINE_TOLERANCE } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `baseline-mismatch`: month 1's share is more than 1 point from D3_BaselineShare, or the organic
 * lever alone (organic revenue ÷ total revenue in month 1) is not the baseline share. In month 1 no
 * boutique is live yet: the forecast must start where the business stands.
 *
 * @example
 * checkBaseline(contextStartingAt25Percent)[0]?.cells //=> ["'D3 Model'!C31", "'D3 Model'!C5"]
 */
export function checkBaseline(context: Drill3Context): Finding[] {
  const baseline = scalarValue(context, "D3_BaselineShare");
  const baselineCell = context.scalars.D3_BaselineShare;
  if (baseline === undefined || !baselineCell) return [];
  const findings: Finding[] = [];
  const share = monthValues(context, "D3_TCDigitalShare")?.[0];
  const shareCell = context.rows.D3_TCDigitalShare?.[0];
  if (share !== undefined && shareCell && Math.abs(share - baseline) > BASELINE_TOLERANCE) {
    findings.push({
      code: "baseline-mismatch",
      severity: "error",
      message:
        `Month 1 share is ${formatPercent(share)}, ${formatPoints(share - baseline)} ` +
        `${share > baseline ? "above" : "below"} the ${formatPercent(baseline)} baseline ` +
        `(D3_BaselineShare). In month 1 the programme is still being built, so the forecast must start ` +
        `at the baseline: check what month 1 counts as digital and which cells the share reads.`,
      cells: [shareCell.address, baselineCell.address],
    });
  }
  const organic = monthValues(context, "D3_LeverOrganic")?.[0];
  const total = monthValues(context, "D3_TCTotalRevenue")?.[0];
  const organicCell = context.rows.D3_LeverOrganic?.[0];
  if (organic !== undefined && total !== undefined && total !== 0 && organicCell) {
    const organicShare = organic / total;
    if (Math.abs(organicShare - baseline) > BASELINE_TOLERANCE) {
      findings.push({
        code: "baseline-mismatch",
        severity: "error",
        message:
          `Organic digital revenue (D3_LeverOrganic) is ${formatPercent(organicShare)} of top-client ` +
          `revenue in month 1, ${formatPoints(organicShare - baseline)} from the ${formatPercent(baseline)} ` +
          `baseline. Without the programme top clients already buy ${formatPercent(baseline)} online: ` +
          `organic revenue is total revenue × (baseline share + drift), or the levers are ` +
          `${organicShare > baseline ? "counting the baseline twice" : "starting from too low a base"}.`,
        cells: [organicCell.address, baselineCell.address],
      });
    }
  }
  return findings;
}
