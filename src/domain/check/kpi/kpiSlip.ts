import type { Decimal } from "../../decimal";
import type { KpiDefinition, KpiTotals } from "../../drills/kpi/kpiDefinitions";
import { isDomainError } from "../../errors/DomainError";
import { formatFixed } from "../findingText";
import { KPI_TRUTH } from "./kpiTruth";
import { MissingGiven } from "./kpiTotalsFromTable";

const close = (given: number, value: number, tolerance: number): boolean =>
  Math.abs(given - value) <= tolerance * (1 + 1e-9) + 1e-12;

/** A value that may not be computable (a given missing, a zero denominator): undefined then. */
function attempt(compute: () => Decimal): number | undefined {
  try {
    const value = compute().toNumber();
    return Number.isFinite(value) ? value : undefined;
  } catch (error) {
    if (error instanceof MissingGiven || isDomainError(error)) return undefined;
    throw error;
  }
}

/**
 * The likely slip behind a wrong KPI, in a coach's words, or undefined. Tried in order: the drill's
 * own known slips for that KPI (users for sessions as the conversion denominator, completion for
 * abandonment…), a rate typed as a number of percent (3.2 for 3.2%) or divided by 100 twice, the
 * average of the weekly values instead of the period's figure, and a weekly average of a total.
 *
 * @example
 * kpiSlip(conversionDefinition, 0.0112, totals, weeklyTotals)
 * //=> "Likely slip: users instead of sessions as the denominator."
 */
export function kpiSlip(
  definition: KpiDefinition,
  given: number,
  truth: number,
  totals: KpiTotals,
  weeklyTotals: readonly KpiTotals[]
): string | undefined {
  const tolerance = definition.tolerance;
  for (const slip of definition.slips) {
    const value = attempt(() => slip.value(totals));
    if (value !== undefined && close(given, value, tolerance)) return `Likely slip: ${slip.label}.`;
  }
  if (definition.format.includes("%")) {
    if (close(given, truth * 100, tolerance * 100)) {
      const percent = formatFixed(truth * 100, 2);
      return `Likely slip: the percentage is typed as a plain number (${percent} instead of ${percent}%, the share ${formatFixed(truth, 4)}): type it with a % sign or divide by 100.`;
    }
    if (truth !== 0 && close(given, truth / 100, tolerance / 100)) {
      return "Likely slip: the rate is divided by 100 twice (a share is already a percentage once formatted as %).";
    }
  }
  const how = KPI_TRUTH[definition.name];
  const compute = how?.compute ?? definition.truth;
  if (how?.weekly !== "none" && weeklyTotals.length > 1) {
    const values = weeklyTotals.map((week) => attempt(() => compute(week)));
    if (values.every((v) => v !== undefined)) {
      const average = (values as number[]).reduce((s, v) => s + v, 0) / values.length;
      if (
        how?.weekly !== "sum" &&
        close(given, average, tolerance) &&
        !close(truth, average, tolerance)
      ) {
        return `Likely slip: this is the average of the ${values.length} weekly values, not the period's figure; add up the weeks first, then divide.`;
      }
      if (how?.weekly === "sum" && close(given, average, tolerance)) {
        return `Likely slip: this is a weekly average; the KPI is the total over the ${values.length} weeks.`;
      }
    }
  }
  return undefined;
}
