import type { Finding } from "../../../model/workbookModel";
import { describeMonths, quoteContent } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { outputRows } from "../outputRows";

/**
 * `typed-output`: an output month (a lever row, digital or total revenue, the share) holds a typed
 * number instead of a formula. A typed forecast cannot be traced to its assumptions.
 *
 * @example
 * checkTypedOutput(contextWithTypedShare)[0]?.cells //=> ["'D3 Model'!C31:N31"]
 */
export function checkTypedOutput(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const { title, recipe, row } of outputRows(context)) {
    const months = row.flatMap((cell, m) =>
      cell.formula === undefined && typeof cell.value === "number" ? [m] : []
    );
    const first = months[0];
    if (first === undefined) continue;
    findings.push({
      code: "typed-output",
      severity: "error",
      message:
        `${title} is typed, not computed, in ${describeMonths(months.map((m) => m + 1))} ` +
        `(${quoteContent(row[first]?.value)} in month ${first + 1}). A coach cannot trace a typed number to ` +
        `an assumption, and it will not move when an assumption does. Write a formula: ${recipe}.`,
      cells: monthCells(row, months),
    });
  }
  return findings;
}
