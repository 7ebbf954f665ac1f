import type { Finding } from "../../../model/workbookModel";
import { isDomainError } from "../../../errors/DomainError";
import { cellNumber, isBlank } from "../../cellNumber";
import { quoteContent } from "../../findingText";
import type { KpiContext } from "../kpiContext";
import { kpiSlip } from "../kpiSlip";
import { MissingGiven } from "../kpiTotalsFromTable";
import { KPI_TRUTH } from "../kpiTruth";
import { showKpiValue } from "../showKpiValue";

/**
 * Each KPI the candidate computed against the truth from the workbook's own data, within the
 * tolerance the drill states beside it:
 * - `kpi-missing`: one finding for all the KPI cells still empty;
 * - `non-numeric`: a KPI cell holds text, an error value or TRUE/FALSE;
 * - `kpi-mismatch`: the value is off by more than the tolerance, naming the KPI, the expected and
 *   the given value, and the likely slip;
 * - `givens-invalid`: the data make the KPI impossible (a zero denominator, more opens than e-mails…).
 *
 * @example
 * checkKpiAnswers(contextWithUsersAsDenominator)[0]?.message
 * //=> "Conversion rate (KPI_ConversionRate) should be 0.81%, not 1.12% (tolerance ±0.05 pt). Likely slip: users instead of sessions as the denominator."
 */
export function checkKpiAnswers(context: KpiContext): Finding[] {
  const findings: Finding[] = [];
  const empty = context.answers.filter((a) => isBlank(a.cell));
  if (empty.length > 0) {
    const labels = empty.map((a) => a.definition.label);
    findings.push({
      code: "kpi-missing",
      severity: "error",
      message:
        empty.length === context.answers.length
          ? "No KPI is computed yet: fill each answer cell with a formula that reads KPI Data (sum the weeks first, then divide)."
          : `${empty.length === 1 ? "One KPI is" : `${empty.length} KPIs are`} still empty: ${labels.join(", ")}. Compute ${empty.length === 1 ? "it" : "each"} with a formula that reads KPI Data.`,
      cells: empty.map((a) => a.cell.address),
    });
  }
  for (const { definition, cell } of context.answers) {
    if (isBlank(cell)) continue;
    const given = cellNumber(cell);
    if (given === undefined) {
      findings.push({
        code: "non-numeric",
        severity: "error",
        message: `${definition.label} (${definition.name}) must be a number, but it holds ${quoteContent(cell.value)}. Fix the formula (or what it divides by) so it shows the KPI.`,
        cells: [cell.address],
      });
      continue;
    }
    let truth: number;
    try {
      truth = (KPI_TRUTH[definition.name]?.compute ?? definition.truth)(context.totals).toNumber();
    } catch (error) {
      if (error instanceof MissingGiven) continue;
      if (!isDomainError(error)) throw error;
      findings.push({
        code: "givens-invalid",
        severity: "error",
        message: `${definition.label} cannot be computed from KPI Data as it stands (${error.message}); the givens were edited. Restore them so this KPI can be checked.`,
        cells: [
          context.table.kind === "found" ? context.table.table.headerAddress : context.anchor,
        ],
      });
      continue;
    }
    if (Math.abs(given - truth) <= definition.tolerance * (1 + 1e-9) + 1e-12) continue;
    const slip =
      kpiSlip(definition, given, truth, context.totals, context.weeklyTotals) ??
      `Check the definition: ${definition.definition}`;
    findings.push({
      code: "kpi-mismatch",
      severity: "error",
      message: `${definition.label} (${definition.name}) should be ${showKpiValue(truth, definition.format)}, not ${showKpiValue(given, definition.format)} (tolerance ${definition.toleranceText}). ${slip}`,
      cells: [cell.address],
    });
  }
  return findings;
}
