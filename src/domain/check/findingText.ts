/**
 * How findings write numbers, months and cell contents, so every message reads the same way:
 * shares as "29.4%", differences as "4.0 points", money as "$1,234,567", months as "months 3–5 and 9".
 */

// Number formatters are costly to build: one per pattern, reused.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(minimum: number, maximum: number): Intl.NumberFormat {
  const key = `${minimum}:${maximum}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: minimum,
      maximumFractionDigits: maximum,
    });
    formatters.set(key, found);
  }
  return found;
}

/** Beyond this magnitude a number is shown in exponent form (grouped digits would fill the pane). */
const HUGE = 1e12;

/**
 * A number too large to read in grouped digits (or to scale by 100 without overflow), written in
 * exponent form; undefined for an ordinary number, which its caller formats as usual.
 *
 * @example
 * showHuge(1e307) //=> "1.00e+307"
 * showHuge(1234.5) //=> undefined
 */
export function showHuge(value: number): string | undefined {
  if (!Number.isFinite(value))
    return value > 0
      ? "a number too large to show"
      : value < 0
        ? "a number too small to show"
        : "not a number";
  return Math.abs(value) >= HUGE ? value.toExponential(2) : undefined;
}

/**
 * A number with exactly `decimals` decimals and grouped digits; what a candidate typed can be any
 * double, so huge or non-finite values are spelt out. Every other formatter here builds on it.
 *
 * @example
 * formatFixed(1234.5) //=> "1,234.50"
 * formatFixed(3.2, 4) //=> "3.2000"
 */
export function formatFixed(value: number, decimals = 2): string {
  return showHuge(value) ?? formatter(decimals, decimals).format(value);
}

/**
 * A share (0.294) as a percentage.
 *
 * @example
 * formatPercent(0.2943) //=> "29.4%"
 */
export function formatPercent(share: number, decimals = 1): string {
  const scaled = share * 100;
  return Number.isFinite(scaled)
    ? `${formatFixed(scaled, decimals)}%`
    : formatFixed(scaled, decimals);
}

/**
 * A difference of shares as percentage points (always positive; say the direction in words).
 *
 * @example
 * formatPoints(0.04) //=> "4.0 points"
 */
export function formatPoints(difference: number, decimals = 1): string {
  return `${formatFixed(Math.abs(difference) * 100, decimals)} points`;
}

/**
 * Money, whole dollars unless asked.
 *
 * @example
 * formatUsd(1234567.4) //=> "$1,234,567"
 */
export function formatUsd(amount: number, decimals = 0): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}$${formatFixed(Math.abs(amount), decimals)}`;
}

/**
 * A plain number, trimmed of noise.
 *
 * @example
 * formatNumber(6.25) //=> "6.25"
 */
export function formatNumber(value: number, decimals = 2): string {
  return showHuge(value) ?? formatter(0, decimals).format(value);
}

/**
 * 1-based months as words, runs collapsed.
 *
 * @example
 * describeMonths([3, 4, 5, 9]) //=> "months 3–5 and 9"
 */
export function describeMonths(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i += 1) {
    const current = sorted[i] as number;
    const next = sorted[i + 1];
    if (next !== current + 1) {
      runs.push(start === current ? `${current}` : `${start}–${current}`);
      start = next;
    }
  }
  if (runs.length === 0) return "no month";
  const single = sorted.length === 1;
  const list = runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(", ")} and ${runs.at(-1)}`;
  return `${single ? "month" : "months"} ${list}`;
}

/**
 * A cell's content quoted for a message: text in quotes (shortened), errors and numbers as shown.
 *
 * @example
 * quoteContent("n/a") //=> "\"n/a\""
 */
export function quoteContent(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "string") {
    return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  }
  if (typeof value === "object" && "error" in value) return String(value.error);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatNumber(value as number, 4);
}
