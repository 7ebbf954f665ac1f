import { FORMATS } from "../../plan/workbookPlan";
import { formatFixed, formatNumber, formatPercent, formatUsd } from "../findingText";

/**
 * A KPI value in a finding as its cell's number format shows it: percentages with two decimals,
 * money to the cent, counts whole, ratios with two decimals (the formatters every finding uses).
 *
 * @example
 * showKpiValue(0.01234, "0.00%") //=> "1.23%"
 * showKpiValue(1234.5, "$#,##0.00") //=> "$1,234.50"
 */
export function showKpiValue(value: number, format: string): string {
  if (format.includes("%")) return formatPercent(value, 2);
  if (format === FORMATS.usdCents || format === FORMATS.usd) return formatUsd(value, 2);
  if (format === FORMATS.int) return formatNumber(value, 0);
  if (format === FORMATS.decimal2) return formatFixed(value, 2);
  return formatNumber(value, 4);
}
