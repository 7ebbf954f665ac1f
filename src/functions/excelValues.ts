/* Coercion of the values Excel hands a custom function. Excel passes a range as a 2-D array (rows of
 * cells), even a single cell; blank cells arrive as 0 on desktop and as null on the web; an omitted
 * optional argument arrives as null (undefined when called from code). Everything here turns those
 * shapes into plain numbers and strings for the domain, or refuses them with a DomainError that names
 * the argument. */
import { DomainError } from "../domain/errors/DomainError";
import { quote } from "../domain/bridge/toDecimal";

// Globals read once: each cell passes through here, and in a vm context (jest) a global lookup costs
// about ten times an ordinary call.
const { isArray } = Array;
const { isFinite: isFiniteNumber } = Number;

/** The orientation of a one-dimensional range, so a result can be given back in the same shape. */
export type RangeShape = "row" | "column";

/** A range read as one value per segment, and the way it was laid out. */
export type Vector = { readonly values: number[]; readonly shape: RangeShape };

/**
 * Reads a one-row or one-column range (or a single value) into numbers; blank cells count as 0.
 * A block with more than one row and more than one column is refused (`not-one-dimensional`).
 */
export function readVector(value: unknown, argument: string): Vector {
  if (!isArray(value)) return { values: [readCell(value, argument)], shape: "column" };
  if (value.length === 0) throw new DomainError("empty", argument);
  if (!value.every((cell) => isArray(cell))) {
    // A flat array (a caller in code, not Excel): one value per segment.
    return { values: value.map((cell, i) => readCell(cell, argument, i + 1)), shape: "row" };
  }
  const rows = value as unknown[][];
  const width = rows.reduce((max, row) => (row.length > max ? row.length : max), 0);
  if (width === 0) throw new DomainError("empty", argument);
  if (rows.length > 1 && width > 1) {
    throw new DomainError("not-one-dimensional", argument, {
      value: `${rows.length}-row by ${width}-column`,
    });
  }
  const cells = rows.length === 1 ? (rows[0] as unknown[]) : rows.map((row) => row[0]);
  return {
    values: cells.map((cell, i) => readCell(cell, argument, i + 1)),
    shape: rows.length === 1 && width > 1 ? "row" : "column",
  };
}

/** Reads a range argument as numbers (see {@link readVector}). */
export function readNumbers(value: unknown, argument: string): number[] {
  return readVector(value, argument).values;
}

/** Reads a single number; a blank cell counts as 0; a one-cell range is unwrapped. */
export function readNumber(value: unknown, argument: string): number {
  return readCell(unwrapSingle(value, argument), argument);
}

/** Reads an optional number: omitted (null/undefined) or blank text gives `undefined`. */
export function readOptionalNumber(value: unknown, argument: string): number | undefined {
  const single = unwrapSingle(value, argument);
  if (single === null || single === undefined || single === "") return undefined;
  return readCell(single, argument);
}

/** Reads an optional text argument (a method, a shape): omitted or blank gives `undefined`. */
export function readOptionalText(value: unknown, argument: string): string | undefined {
  const single = unwrapSingle(value, argument);
  if (single === null || single === undefined) return undefined;
  if (typeof single === "string") return single;
  if (typeof single === "number" || typeof single === "boolean") return String(single);
  throw new DomainError("not-a-number", argument, { value: "a non-text value" });
}

function unwrapSingle(value: unknown, argument: string): unknown {
  if (!isArray(value)) return value;
  const cells = value.flat();
  if (cells.length !== 1) {
    throw new DomainError("wrong-length", argument, {
      value: String(cells.length),
      limit: "a single value",
    });
  }
  return cells[0];
}

function readCell(cell: unknown, argument: string, item?: number): number {
  if (typeof cell === "number") {
    if (isFiniteNumber(cell)) return cell === 0 ? 0 : cell;
    throw new DomainError("not-a-number", argument, { item, value: String(cell) });
  }
  if (cell === null || cell === undefined || cell === "") return 0;
  if (typeof cell === "boolean") {
    throw new DomainError("not-a-number", argument, { item, value: cell ? "TRUE" : "FALSE" });
  }
  if (typeof cell === "string") {
    throw new DomainError("not-a-number", argument, { item, value: `the text ${quote(cell)}` });
  }
  const what = typeof cell === "object" ? "an object" : `a ${typeof cell}`;
  throw new DomainError("not-a-number", argument, { item, value: what });
}
