/* Coercion of the values Excel hands a custom function. Excel passes a range as a 2-D array (rows of
 * cells), even a single cell; blank cells arrive as 0 on desktop and as null on the web; an omitted
 * optional argument arrives as null (undefined when called from code). Everything here turns those
 * shapes into plain numbers and strings for the domain, or refuses them with a DomainError that names
 * the argument.
 *
 * The range arguments of one call are read together (readVectors), because a whole column (A:A) arrives
 * as 1,048,576 rows: every range is cut to the last entry filled in any of them, and a first entry that
 * is text in every range is a header, before a single cell is converted. */
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
 * One argument laid out as a line of entries, before any cell is converted: a column (one entry per
 * row, `rows` set), or a row, a flat array from code, or a single value (`cells` set). `width` is the
 * widest row seen, so a block of several rows and columns is refused as it always was.
 */
type Line = {
  readonly argument: string;
  readonly value: unknown;
  readonly length: number;
  readonly shape: RangeShape;
  /** A column range: the rows Excel passed, each holding its cell first. */
  readonly rows?: readonly unknown[];
  /** Anything else: the entries themselves (never copied). */
  readonly cells?: readonly unknown[];
  width: number;
  /** Index of the last filled entry, -1 when none is. */
  last: number;
};

/** Blank as Excel passes it: an empty cell (null on the web, undefined from code) or empty text. */
const isBlank = (cell: unknown): boolean => cell === null || cell === undefined || cell === "";

const rowCells = (row: unknown): readonly unknown[] => (isArray(row) ? row : [row]);

function layOut(value: unknown, argument: string): Line {
  const line = (fields: Pick<Line, "length" | "shape" | "rows" | "cells" | "width">): Line => ({
    argument,
    value,
    last: -1,
    ...fields,
  });
  if (!isArray(value)) return line({ length: 1, shape: "column", cells: [value], width: 1 });
  if (value.length > 0 && !isArray(value[0])) {
    // A flat array (a caller in code, not Excel): one value per segment.
    return line({ length: value.length, shape: "row", cells: value, width: 1 });
  }
  if (value.length === 1) {
    const cells = rowCells(value[0]);
    const shape = cells.length > 1 ? "row" : "column";
    return line({ length: cells.length, shape, cells, width: cells.length });
  }
  return line({ length: value.length, shape: "column", rows: value, width: 0 });
}

/** The entry at `index`, noting the row's width (a column range's rows are read here only). */
function entryAt(line: Line, index: number): unknown {
  if (line.cells) return line.cells[index];
  const cells = rowCells(line.rows![index]);
  if (cells.length > line.width) line.width = cells.length;
  return cells[0];
}

/** Whether entry `index` holds anything: in a column range, any cell of that row counts. */
function filledAt(line: Line, index: number): boolean {
  if (line.cells) return !isBlank(line.cells[index]);
  const cells = rowCells(line.rows![index]);
  const width = cells.length;
  if (width > line.width) line.width = width;
  // One cell per row is the rule (a column); a wider row is refused later but still counts as filled.
  return width === 1 ? !isBlank(cells[0]) : cells.some((cell) => !isBlank(cell));
}

/** Finds the last filled entry by scanning from the end: a whole column costs its blank tail once. */
function findLast(line: Line): void {
  let index = line.length - 1;
  while (index >= 0 && !filledAt(line, index)) index -= 1;
  line.last = index;
}

/**
 * Reads the range arguments of one call together, keyed by the argument names the user sees:
 * - every range is cut to the last row (a row range: column) filled in **any** of them, so a whole
 *   column costs what its filled rows cost and the lengths still agree; a range shorter than that
 *   stays shorter and is refused by the length check as before;
 * - a first entry that is text in **every** range is a header and is skipped; item numbers then count
 *   data rows (item 1 is the first row under the header);
 * - a range with nothing left (all blank, or a header alone) is `empty`, as an empty range always was;
 * - a block with more than one row and more than one column is refused (`not-one-dimensional`);
 *   blank cells inside the kept rows count as 0.
 * The scan for the last filled entry reads each entry at most once and no range is copied: only the
 * kept entries are converted.
 *
 * @example
 * const { orders, revenue } = readVectors({
 *   orders: [["Orders"], [800], [200], [null]],
 *   revenue: [["Revenue"], [400000], [300000], [null]],
 * });
 * orders.values //=> [800, 200]
 * revenue.shape //=> "column"
 */
export function readVectors<K extends string>(ranges: Record<K, unknown>): Record<K, Vector> {
  const lines = (Object.keys(ranges) as K[]).map((argument) => layOut(ranges[argument], argument));
  let end = 0;
  for (const line of lines) {
    findLast(line);
    if (line.last + 1 > end) end = line.last + 1;
  }
  const header = end > 0 && lines.every((line) => isArray(line.value) && isText(entryAt(line, 0)));
  const start = header ? 1 : 0;
  const read = {} as Record<K, Vector>;
  for (const line of lines) read[line.argument as K] = readLine(line, start, end);
  return read;
}

const isText = (cell: unknown): boolean => typeof cell === "string" && cell !== "";

function readLine(line: Line, start: number, end: number): Vector {
  const stop = line.length < end ? line.length : end;
  const entries: unknown[] = [];
  for (let index = start; index < stop; index += 1) entries.push(entryAt(line, index));
  const { argument, rows } = line;
  if (rows && line.width > 1) {
    throw new DomainError("not-one-dimensional", argument, {
      value: `${rows.length}-row by ${line.width}-column`,
    });
  }
  if (entries.length === 0 || (rows && line.width === 0)) throw new DomainError("empty", argument);
  return {
    values: entries.map((cell, i) => readCell(cell, argument, i + 1)),
    shape: line.shape,
  };
}

/**
 * {@link readVectors} for the numbers alone: the ranges of one call, keyed by argument name.
 *
 * @example
 * readRanges({ weights: [[60], [40], [null]], rates: [[100], [300], [""]] })
 * //=> { weights: [60, 40], rates: [100, 300] }
 */
export function readRanges<K extends string>(ranges: Record<K, unknown>): Record<K, number[]> {
  const vectors = readVectors(ranges);
  const numbers = {} as Record<K, number[]>;
  for (const argument of Object.keys(vectors) as K[]) numbers[argument] = vectors[argument].values;
  return numbers;
}

/** Reads a call's only range argument (see {@link readVectors}). */
export function readVector(value: unknown, argument: string): Vector {
  return readVectors({ [argument]: value })[argument]!;
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
  if (isBlank(single)) return undefined;
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
