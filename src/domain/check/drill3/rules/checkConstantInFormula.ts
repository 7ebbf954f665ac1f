import type { Finding } from "../../../model/workbookModel";
import { ALLOWED_LITERALS, findNumericLiterals } from "../../formula/findNumericLiterals";
import { describeMonths } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { outputRows } from "../outputRows";

/**
 * `constant-in-formula`: an output formula contains a numeric literal other than 0, 1, 12, 52 or 100
 * — an assumption hidden where nobody can see or challenge it.
 *
 * @example
 * checkConstantInFormula(contextWithCartFormula("=C12*0.25")).map((f) => f.code) //=> ["constant-in-formula"]
 */
export function checkConstantInFormula(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const { title, row } of outputRows(context)) {
    const hits = row.flatMap((cell, m) => {
      if (cell.formula === undefined) return [];
      const literals = findNumericLiterals(cell.formula);
      return literals.length === 0 ? [] : [{ m, cell, literals }];
    });
    if (hits.length === 0) continue;
    const examples = hits
      .slice(0, 2)
      .map(
        ({ m, cell, literals }) =>
          `${literals.map((l) => l.text).join(", ")} in month ${m + 1} (${cell.address}: ${cell.formula})`
      )
      .join("; ");
    findings.push({
      code: "constant-in-formula",
      severity: "warning",
      message:
        `${title} hides numbers inside its formulas in ${describeMonths(hits.map((h) => h.m + 1))}: ` +
        `${examples}. Move each one into an assumption cell and reference it, so the coach can see and ` +
        `challenge it (only ${ALLOWED_LITERALS.join(", ")} may stay in a formula).`,
      cells: monthCells(
        row,
        hits.map((h) => h.m)
      ),
    });
  }
  return findings;
}
