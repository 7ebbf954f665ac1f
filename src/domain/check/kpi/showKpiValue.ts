import { FORMATS } from "../../plan/workbookPlan";
import { formatNumber, formatUsd, showHuge } from "../findingText";

/**
 * A KPI value as its cell shows it: percentages with two decimals, money to the cent, counts whole.
 *
 * @example
 * showKpiValue(0.01234, "0.00%") //=> "1.23%"
 * showKpiValue(1234.5, "$#,##0.00") //=> "$1,234.50"
 */
export function showKpiValue(value: number, format: string): string {
  const huge = showHuge(value);
  if (huge !== undefined) return huge;
  if (format.includes("%")) return `${(value * 100).toFixed(2)}%`;
  if (format === FORMATS.usdCents || format === FORMATS.usd) return formatUsd(value, 2);
  if (format === FORMATS.int) return formatNumber(value, 0);
  if (format === FORMATS.decimal2) return value.toFixed(2);
  return formatNumber(value, 4);
}
