import type { Finding } from "../../../model/workbookModel";
import { toR1C1 } from "../../../sheet/toR1C1";
import { describeMonths } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { outputRows } from "../outputRows";

/**
 * `inconsistent-formula`: in an output row, a month's formula differs in shape (R1C1) from the
 * formula most months 2–12 share. Month 1 may differ on purpose (it often seeds a running total), so
 * it is never flagged. Typed months are `typed-output`'s business, not this rule's.
 *
 * @example
 * checkInconsistentFormula(contextWithMonth7Overwritten)[0]?.cells //=> ["'D3 Model'!I29"]
 */
export function checkInconsistentFormula(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const { title, row } of outputRows(context)) {
    const shapes = row.map((cell) =>
      cell.formula === undefined ? undefined : toR1C1(cell.formula, cell.a1)
    );
    const counts = new Map<string, number>();
    shapes.slice(1).forEach((shape) => {
      if (shape !== undefined) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    });
    // The most common shape; on a tie, the one the latest months use.
    let usual: string | undefined;
    let best = 0;
    for (let m = row.length - 1; m >= 1; m -= 1) {
      const shape = shapes[m];
      const count = shape === undefined ? 0 : (counts.get(shape) ?? 0);
      if (count > best) {
        best = count;
        usual = shape;
      }
    }
    if (usual === undefined || best < 2) continue;
    const odd = shapes.flatMap((shape, m) =>
      m >= 1 && shape !== undefined && shape !== usual ? [m] : []
    );
    const firstOdd = odd[0];
    if (firstOdd === undefined) continue;
    const example = row[shapes.indexOf(usual)];
    const oddCell = row[firstOdd];
    findings.push({
      code: "inconsistent-formula",
      severity: "warning",
      message:
        `${title}: the formula in ${describeMonths(odd.map((m) => m + 1))} is not built like the ` +
        `rest of the row (${oddCell?.address}: ${oddCell?.formula}, where ${example?.address} has ` +
        `${example?.formula}). Copy one formula across all 12 months so every month is computed the ` +
        `same way; a pasted or overwritten month is the classic silent error in a forecast.`,
      cells: monthCells(row, odd),
    });
  }
  return findings;
}
