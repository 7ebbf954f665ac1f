/**
 * Why a value was refused. A string union rather than error subclasses, so adapters can switch on it
 * (the custom functions map `division-by-zero` to `#DIV/0!` and everything else to `#VALUE!`).
 */
export type DomainErrorCode =
  | "empty"
  | "length-mismatch"
  | "not-one-dimensional"
  | "not-a-number"
  | "negative"
  | "out-of-range"
  | "not-an-integer"
  | "all-zero-weights"
  | "orphan-rate"
  | "missing-rate"
  | "sold-exceeds-received"
  | "exceeds-total"
  | "unknown-method"
  | "unknown-shape"
  | "wrong-length"
  | "division-by-zero";

/** What a message may mention besides the argument: the 1-based item, the value seen, a limit. */
export type DomainErrorDetail = {
  /** 1-based position in a range (the segment or month), when the problem is one item. */
  readonly item?: number;
  /** The offending value as the user typed it (shortened). */
  readonly value?: string;
  /** The other argument involved (lengths that differ, sold vs received, …). */
  readonly other?: string;
  /** A bound or an expected size. */
  readonly limit?: string;
};

type Template = (argument: string, detail: DomainErrorDetail) => string;

const at = (detail: DomainErrorDetail): string =>
  detail.item === undefined ? "" : ` (item ${detail.item})`;
const seen = (detail: DomainErrorDetail): string =>
  detail.value === undefined ? "" : ` ${detail.value}`;

/**
 * One template per code. Every message starts with the argument's name, because Excel shows the
 * message in the cell's error tooltip and the user must know which argument to fix.
 */
export const DOMAIN_ERROR_MESSAGES: Readonly<Record<DomainErrorCode, Template>> = {
  empty: (a) => `${a}: the range is empty; give one value per segment.`,
  "length-mismatch": (a, d) =>
    `${a}: has ${d.value ?? "a different number of"} entries but ${d.other ?? "the first range"} has ${d.limit ?? "another number"}; all ranges need one entry per segment.`,
  "not-one-dimensional": (a, d) =>
    `${a}: is a ${d.value ?? "2-D"} block; give a single row or a single column.`,
  "not-a-number": (a, d) =>
    `${a}${at(d)}:${seen(d) || " this value"} is not a number; use a number or leave the cell blank.`,
  negative: (a, d) => `${a}${at(d)}:${seen(d)} is negative; counts and amounts cannot be.`,
  "out-of-range": (a, d) =>
    `${a}${at(d)}:${seen(d)} is out of range; expected ${d.limit ?? "a smaller value"}.`,
  "not-an-integer": (a, d) =>
    `${a}:${seen(d)} must be a whole number${d.limit ? ` ${d.limit}` : ""}.`,
  "all-zero-weights": (a) =>
    `${a}: every weight is zero (or blank), so the period has no average to bridge.`,
  "orphan-rate": (a, d) =>
    `${a}${at(d)}: ${d.value ?? "a value"} is recorded on a segment with zero ${d.other ?? "weight"}; an amount needs a count to divide by.`,
  "missing-rate": (a, d) =>
    `${a}${at(d)}: ${d.other ?? "the segment has weight but no rate"}, so the segment cannot be valued.`,
  "sold-exceeds-received": (a, d) =>
    `${a}${at(d)}: ${d.value ?? "units sold"} sold exceeds ${d.limit ?? "the units"} received; sell-through cannot pass 100%.`,
  "exceeds-total": (a, d) =>
    `${a}:${seen(d)} exceeds ${d.other ?? "the total"}${d.limit ? ` (${d.limit})` : ""}; a part cannot be larger than its whole.`,
  "unknown-method": (a, d) =>
    `${a}:${seen(d)} is not a bridge method; use "midpoint", "mix-first", "rate-first" or "three-way".`,
  "unknown-shape": (a, d) => `${a}:${seen(d)} is not a ramp shape; use "linear" or "s-curve".`,
  "wrong-length": (a, d) =>
    `${a}: has ${d.value ?? "the wrong number of"} entries; expected ${d.limit ?? "another number"}.`,
  "division-by-zero": (a) => `${a}: is zero (or blank), and the formula divides by it.`,
};
