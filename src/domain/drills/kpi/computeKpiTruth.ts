import { Decimal } from "../../decimal";
import type { KpiData, KpiFacts } from "./generateKpiData";
import {
  KPI_DEFINITIONS,
  KPI_WEEK_FIELDS,
  type KpiTotals,
  type KpiWeekField,
} from "./kpiDefinitions";

/**
 * Period totals of the weekly rows (and the average inventory), in decimal arithmetic.
 *
 * @example
 * kpiTotals(generateKpiData(0)).sessions.isInteger() //=> true
 */
export function kpiTotals(data: KpiData): KpiTotals {
  if (data.weeks.length === 0) throw new RangeError("the KPI data has no weeks");
  const totals = {} as Record<KpiWeekField, Decimal>;
  for (const field of KPI_WEEK_FIELDS) {
    totals[field] = data.weeks.reduce((acc, week) => acc.plus(week[field]), new Decimal(0));
  }
  const facts = {} as Record<keyof KpiFacts, Decimal>;
  for (const key of Object.keys(data.facts) as (keyof KpiFacts)[]) {
    facts[key] = new Decimal(data.facts[key]);
  }
  return { ...totals, averageInventory: totals.inventoryAtCost.div(data.weeks.length), facts };
}

/**
 * The true value of every KPI of the specialist drill, keyed by the candidate cell's name
 * (`KPI_ConversionRate` …), computed from the weekly rows with decimal arithmetic.
 *
 * @example
 * const truth = computeKpiTruth(generateKpiData(0));
 * truth.KPI_Traffic.isInteger() //=> true
 */
export function computeKpiTruth(data: KpiData): Record<string, Decimal> {
  const totals = kpiTotals(data);
  const truth: Record<string, Decimal> = {};
  for (const definition of KPI_DEFINITIONS) truth[definition.name] = definition.truth(totals);
  return truth;
}
