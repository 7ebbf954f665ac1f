import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { exceeds } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

/**
 * `no-attribution`: the active SA rate is above D3_MaxAdoptionWithoutAttribution in a month where
 * D3_AttributionLive is not 1. SAs who feel the .com competes with them do not adopt a tool that
 * does not credit them for their clients' digital sales.
 *
 * @example
 * checkAttribution(contextWithoutAttribution)[0]?.cells //=> ["'D3 Model'!D13:N13", "'D3 Model'!D20:N20"]
 */
export function checkAttribution(context: Drill3Context): Finding[] {
  const rate = monthValues(context, "D3_ActiveSARate");
  const attribution = monthValues(context, "D3_AttributionLive");
  const rateRow = context.rows.D3_ActiveSARate;
  const attributionRow = context.rows.D3_AttributionLive;
  const max = scalarValue(context, "D3_MaxAdoptionWithoutAttribution");
  if (!rate || !attribution || !rateRow || !attributionRow || max === undefined) return [];
  const months = rate.flatMap((r, m) => {
    const a = attribution[m];
    return r !== undefined && a !== undefined && a !== 1 && exceeds(r, max) ? [m] : [];
  });
  if (months.length === 0) return [];
  const peak = Math.max(...months.map((m) => rate[m] as number));
  return [
    {
      code: "no-attribution",
      severity: "error",
      message:
        `In ${describeMonths(months.map((m) => m + 1))} up to ${formatPercent(peak)} of SAs in live ` +
        `boutiques are active while attribution is off (D3_AttributionLive is not 1), above the ` +
        `${formatPercent(max)} a wary SA team reaches without it (D3_MaxAdoptionWithoutAttribution). ` +
        `SAs feel the .com competes with them: credit them for their clients' digital sales before ` +
        `counting on adoption above ${formatPercent(max)}, or keep adoption at that level until then.`,
      cells: [...monthCells(rateRow, months), ...monthCells(attributionRow, months)],
    },
  ];
}
