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
