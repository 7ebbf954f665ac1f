import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatPercent } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { D3_LABELS } from "../drill3Names";
import { monthValues, scalarValue } from "../drill3Values";

const RATE_ROWS = [
  "D3_TCDigitalShare",
  "D3_ActiveSARate",
  "D3_CartConversion",
  "D3_SalonConversion",
] as const;
const RATE_SCALARS = ["D3_BaselineShare", "D3_TargetShare"] as const;

const outside = (x: number) => x < 0 || x > 1;

/**
 * `share-out-of-range`: a share (the digital share, baseline, target) or a rate assumption (active SA
 * rate, cart and salon conversion) outside 0–100%.
 *
 * @example
 * checkShareRange(contextWithConversionOf25)[0]?.cells //=> ["'D3 Model'!C15:N15"]
 */
export function checkShareRange(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const name of RATE_ROWS) {
    const values = monthValues(context, name);
    const row = context.rows[name];
    if (!values || !row) continue;
    const months = values.flatMap((v, m) => (v !== undefined && outside(v) ? [m] : []));
    const first = months[0];
    if (first === undefined) continue;
    const shown = values[first] as number;
    const hint =
      shown >= 2 && shown <= 100
        ? ` Did you type ${shown} for ${shown}%? Enter ${shown / 100} or ${shown}%.`
        : "";
    findings.push({
      code: "share-out-of-range",
      severity: "error",
      message:
        `${D3_LABELS[name][0]?.toUpperCase()}${D3_LABELS[name].slice(1)} (${name}) is outside 0–100% in ` +
        `${describeMonths(months.map((m) => m + 1))} (month ${first + 1}: ${formatPercent(shown)}): ` +
        `a share or a rate lies between 0 and 1.${hint}`,
      cells: monthCells(row, months),
    });
  }
  for (const name of RATE_SCALARS) {
    const value = scalarValue(context, name);
    const cell = context.scalars[name];
    if (value === undefined || !cell || !outside(value)) continue;
    findings.push({
      code: "share-out-of-range",
      severity: "error",
      message: `${name} (${D3_LABELS[name]}) is ${formatPercent(value)}: a share lies between 0 and 100%. Restore the given value.`,
      cells: [cell.address],
    });
  }
  return findings;
}
