import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatNumber } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { monthValues } from "../drill3Values";

const FLAGS = ["D3_AttributionLive", "D3_ClickToDOSLive"] as const;

/**
 * `flag-not-binary` (warning): a 0/1 switch (D3_AttributionLive, D3_ClickToDOSLive) holds another
 * number. The check reads only 1 as "live".
 *
 * @example
 * checkFlags(contextWithHalfAttribution)[0]?.cells //=> ["'D3 Model'!E20"]
 */
export function checkFlags(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const name of FLAGS) {
    const values = monthValues(context, name);
    const row = context.rows[name];
    if (!values || !row) continue;
    const months = values.flatMap((v, m) => (v !== undefined && v !== 0 && v !== 1 ? [m] : []));
    const first = months[0];
    if (first === undefined) continue;
    findings.push({
      code: "flag-not-binary",
      severity: "warning",
      message:
        `${name} is a switch, 0 (off) or 1 (live), but ${describeMonths(months.map((m) => m + 1))} ` +
        `hold${months.length === 1 ? "s" : ""} ${formatNumber(values[first] as number)}. A half-live ` +
        `switch is read as off: enter 1 from the month it goes live, 0 before.`,
      cells: monthCells(row, months),
    });
  }
  return findings;
}
