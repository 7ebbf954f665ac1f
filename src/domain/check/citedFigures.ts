/**
 * Figures cited in a written answer, read as a coach reads them. A number is a run of digits with
 * optional thousands separators (comma, thin or non-breaking space) and decimals, an optional
 * sign before it (-, −, +) and currency ($ or USD), and an optional scale (k, m / M, bn) and unit
 * after it (%, percent, per cent, pt, pts, points, pp). "$1,800", "1,800", "1.8k", "−$199", "22%",
 * "22 percent" and "22 pts" all count; a year or a row number counts too, but only matches a figure
 * that has its value.
 */

/** A number found in the text: its value (scale applied), whether it was written as a share, where. */
export type CitedNumber = { value: number; share: boolean; start: number; end: number };

/** What the evidence holds: an amount (USD or a count) or a share (0.22 for 22%). */
export type Figure = { value: number; kind: "amount" | "share" };

/** Texts longer than this are read up to it: an answer cell is never a book. */
export const CITED_TEXT_LIMIT = 20_000;

// One pass, no nested quantifiers over the same characters: linear in the text's length.
const NUMBER =
  /([-−+]?)\s?(?:\$|USD\s?)?(\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|K|bn|m|M)\b)?(?:\s?(%|percent\b|per cent\b|pts?\b|points?\b|pp\b))?/g;

const SCALE: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, bn: 1e9 };

/**
 * Every number in a text, in order.
 *
 * @example
 * citedNumbers("AOV fell from $1,800 to 1.58k, icons 22% → 17 pts").map((n) => n.value)
 * //=> [1800, 1580, 22, 17]
 */
export function citedNumbers(text: string): CitedNumber[] {
  const scanned = text.slice(0, CITED_TEXT_LIMIT);
  const found: CitedNumber[] = [];
  for (const match of scanned.matchAll(NUMBER)) {
    const [raw, sign, whole, decimals, scale, unit] = match;
    const digits = (whole ?? "").replace(/[,\u00a0\u202f]/g, "");
    let value = Number(`${digits}${decimals ? `.${decimals}` : ""}`);
    if (!Number.isFinite(value)) continue;
    // Rounded to a millionth, so 8.2M is 8,200,000 and not one float step below it.
    if (scale) value = Math.round(value * (SCALE[scale] ?? 1) * 1e6) / 1e6;
    if (sign === "-" || sign === "−") value = -value;
    const start = match.index ?? 0;
    found.push({ value, share: unit !== undefined, start, end: start + raw.length });
  }
  return found;
}

/** An amount's tolerance: 1% of it, at least one unit (so "$8.2M" cites 8,216,000; "−$200" −200.46). */
const amountTolerance = (value: number): number => Math.max(1, Math.abs(value) * 0.01);

/** A share's tolerance: half a point, so a share rounded to the whole point still cites it. */
const SHARE_TOLERANCE_POINTS = 0.5;

/**
 * True when a cited number is the figure: amounts within 1% (at least 1), shares within half a
 * point when written as a share (22%, 22 pts). Signs are ignored ("fell $220" cites −220).
 *
 * @example
 * cites({ value: 1800, share: false, start: 0, end: 6 }, { value: 1800, kind: "amount" }) //=> true
 * cites({ value: 22, share: true, start: 0, end: 3 }, { value: 0.2204, kind: "share" }) //=> true
 */
export function cites(number: CitedNumber, figure: Figure): boolean {
  const found = Math.abs(number.value);
  if (figure.kind === "share") {
    return number.share && Math.abs(found - Math.abs(figure.value) * 100) <= SHARE_TOLERANCE_POINTS;
  }
  return !number.share && Math.abs(found - Math.abs(figure.value)) <= amountTolerance(figure.value);
}
