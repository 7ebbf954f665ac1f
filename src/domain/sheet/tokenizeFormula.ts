import { MAX_ROW, columnLetters, columnNumber } from "./a1";
import { errorLiteralAt } from "./errorLiterals";

/**
 * The one formula lexer. Every module that reads or rewrites a formula (the check, R1C1, the file
 * reader's shared formulas, the `_xlfn.` prefixes, sheet and table renames, LUX detection) walks
 * these tokens, so string literals, quoted sheet names and structured references are skipped the
 * same way everywhere. The token texts always join back to the formula, so a rewrite maps the
 * tokens it cares about and joins the rest unchanged.
 */

/**
 * One end of a reference: a cell ("$C$10"), a whole column ("C" in "C:C") or a whole row ("5" in
 * "5:5"). A missing row or column means "whole"; `$` makes that part absolute.
 */
export type RefPart = {
  column?: number;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
};

export type FormulaToken =
  | { kind: "string"; text: string }
  | { kind: "number"; text: string; value: number }
  | {
      kind: "ref";
      text: string;
      /** The sheet prefix as written, including "!" ("'D3 2024'!", "Data!"), or "". */
      sheet: string;
      parts: RefPart[];
    }
  /** A function name, without its "(" (prefixes a file stores, like "_xlfn.", included). */
  | { kind: "function"; text: string }
  /** Names, TRUE/FALSE, and anything else that reads like an identifier (e.g. "R1C1", "D3_SAs"). */
  | { kind: "name"; text: string; sheet: string }
  /** The table name of a structured reference: "Sales" in "Sales[Q1]" (the bracket token follows). */
  | { kind: "table"; text: string }
  | { kind: "error"; text: string; sheet: string }
  /** Structured references and external-book prefixes: "[Revenue 2024]", "[[#This Row],[Q1]]". */
  | { kind: "bracket"; text: string }
  | { kind: "operator"; text: string }
  | { kind: "space"; text: string };

// Sticky patterns, matched at a position of the whole formula (never on a copy of its rest).
const CELL_RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/y;
const COLUMN_RANGE = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/y;
const ROW_RANGE = /(\$?)(\d{1,7}):(\$?)(\d{1,7})/y;
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?/y;
const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.\\?]*/y;
const SPACE = /\s+/y;
/** The longest error literal ("#GETTING_DATA"), so a look for one reads a bounded slice. */
const ERROR_LOOKAHEAD = 14;

function matchAt(pattern: RegExp, formula: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(formula);
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Letters, "_" and "\\": what an identifier may start with. */
const startsIdentifier = (code: number): boolean => isLetter(code) || code === 95 || code === 92;

/** A reference ends where an identifier could not go on (so "LOG10(" and "D3_SAs" are not cells). */
function endsReference(formula: string, at: number): boolean {
  if (at >= formula.length) return true;
  return !/[A-Za-z0-9_.(![\\?$]/.test(formula[at] ?? "");
}

function rowNumber(text: string | undefined): number | undefined {
  const row = Number(text);
  return Number.isInteger(row) && row >= 1 && row <= MAX_ROW ? row : undefined;
}

function cellPart(dollarCol = "", letters = "", dollarRow = "", digits = ""): RefPart | undefined {
  const column = columnNumber(letters);
  const row = rowNumber(digits);
  if (column === undefined || row === undefined) return undefined;
  return { column, columnAbsolute: dollarCol === "$", row, rowAbsolute: dollarRow === "$" };
}

type Reference = { text: string; parts: RefPart[] };

function readCells(formula: string, at: number): Reference | undefined {
  const cells = matchAt(CELL_RANGE, formula, at);
  if (!cells || !endsReference(formula, at + cells[0].length)) return undefined;
  const first = cellPart(cells[1], cells[2], cells[3], cells[4]);
  const second =
    cells[6] === undefined ? undefined : cellPart(cells[5], cells[6], cells[7], cells[8]);
  if (!first || (cells[6] !== undefined && !second)) return undefined;
  return { text: cells[0], parts: second ? [first, second] : [first] };
}

function readColumns(formula: string, at: number): Reference | undefined {
  const columns = matchAt(COLUMN_RANGE, formula, at);
  if (!columns || !endsReference(formula, at + columns[0].length)) return undefined;
  const a = columnNumber(columns[2] ?? "");
  const b = columnNumber(columns[4] ?? "");
  if (a === undefined || b === undefined) return undefined;
  return {
    text: columns[0],
    parts: [
      { column: a, columnAbsolute: columns[1] === "$", rowAbsolute: false },
      { column: b, columnAbsolute: columns[3] === "$", rowAbsolute: false },
    ],
  };
}

function readRows(formula: string, at: number): Reference | undefined {
  const rows = matchAt(ROW_RANGE, formula, at);
  if (!rows || !endsReference(formula, at + rows[0].length)) return undefined;
  const a = rowNumber(rows[2]);
  const b = rowNumber(rows[4]);
  if (a === undefined || b === undefined) return undefined;
  return {
    text: rows[0],
    parts: [
      { row: a, rowAbsolute: rows[1] === "$", columnAbsolute: false },
      { row: b, rowAbsolute: rows[3] === "$", columnAbsolute: false },
    ],
  };
}

/** Reads a reference (cell, range, whole columns, whole rows) at `at`. */
function readReference(formula: string, at: number): Reference | undefined {
  const first = formula.charCodeAt(formula.charCodeAt(at) === 36 ? at + 1 : at);
  if (isLetter(first)) return readCells(formula, at) ?? readColumns(formula, at);
  return isDigit(first) ? readRows(formula, at) : undefined;
}

/** The error literal at `at`, as written there, or undefined. */
function errorAt(formula: string, at: number): string | undefined {
  const literal = errorLiteralAt(formula.slice(at, at + ERROR_LOOKAHEAD));
  return literal === undefined ? undefined : formula.slice(at, at + literal.length);
}

/** What follows a sheet prefix: a reference, "#REF!", or a sheet-scoped name. */
function afterSheet(sheet: string, formula: string, at: number): FormulaToken {
  const ref = readReference(formula, at);
  if (ref) return { kind: "ref", text: sheet + ref.text, sheet, parts: ref.parts };
  const error = errorAt(formula, at);
  if (error) return { kind: "error", text: sheet + error, sheet };
  const name = matchAt(IDENTIFIER, formula, at);
  return { kind: "name", text: sheet + (name ? name[0] : ""), sheet };
}

function readString(formula: string, start: number): string {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (formula[i + 1] === '"') i += 2;
      else return formula.slice(start, i + 1);
    } else i += 1;
  }
  return formula.slice(start);
}

function readBracket(formula: string, start: number): string {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    if (formula[i] === "[") depth += 1;
    else if (formula[i] === "]") {
      depth -= 1;
      if (depth === 0) return formula.slice(start, i + 1);
    }
  }
  return formula.slice(start);
}

/** The apostrophe that closes a quoted sheet name whose text starts at `from` ("''" is one quote). */
function closingQuote(formula: string, from: number): number {
  let i = from;
  while (i < formula.length) {
    if (formula[i] !== "'") i += 1;
    else if (formula[i + 1] === "'") i += 2;
    else return i;
  }
  return -1;
}

/**
 * `closingQuote` for every place a quoted name could start, built once from the right: -1 where it
 * never closes.
 */
function closingQuotes(formula: string): Int32Array {
  const closing = new Int32Array(formula.length + 2).fill(-1);
  for (let j = formula.length - 1; j >= 0; j -= 1) {
    if (formula[j] !== "'") closing[j] = closing[j + 1] ?? -1;
    else if (formula[j + 1] === "'") closing[j] = closing[j + 2] ?? -1;
    else closing[j] = j;
  }
  return closing;
}

class Lexer {
  /** Filled at the first apostrophe that opens no sheet name; see `quotedSheet`. */
  private closing: Int32Array | undefined;

  constructor(private readonly formula: string) {}

  /**
   * The quoted sheet prefix ("'D3 2024'!") that opens at `start`, or undefined. A prefix that is
   * found is consumed, so scanning for it costs its own length. One that is not leaves the lexer to
   * go on from the next character, where scanning again would make a formula full of apostrophes
   * quadratic; so the first miss builds the table of every closing quote, and later ones look up.
   */
  private quotedSheet(start: number): string | undefined {
    const end = this.closing
      ? (this.closing[start + 1] ?? -1)
      : closingQuote(this.formula, start + 1);
    if (end >= 0 && this.formula[end + 1] === "!") return this.formula.slice(start, end + 2);
    this.closing ??= closingQuotes(this.formula);
    return undefined;
  }

  token(i: number): FormulaToken {
    const formula = this.formula;
    const ch = formula[i] ?? "";
    const code = formula.charCodeAt(i);
    if (ch === '"') return { kind: "string", text: readString(formula, i) };
    if (ch === "'") {
      const sheet = this.quotedSheet(i);
      if (sheet) return afterSheet(sheet, formula, i + sheet.length);
      return { kind: "operator", text: ch };
    }
    if (ch === "#") {
      const error = errorAt(formula, i);
      return error ? { kind: "error", text: error, sheet: "" } : { kind: "operator", text: ch };
    }
    if (ch === "[") return { kind: "bracket", text: readBracket(formula, i) };
    if (startsIdentifier(code) || isDigit(code) || ch === "$" || ch === ".") {
      const ref = ch === "." ? undefined : readReference(formula, i);
      if (ref) return { kind: "ref", text: ref.text, sheet: "", parts: ref.parts };
    }
    if (isDigit(code) || ch === ".") {
      const number = matchAt(NUMBER, formula, i);
      if (number) {
        const text = number[0];
        const percent = text.endsWith("%");
        const value = Number(percent ? text.slice(0, -1) : text) / (percent ? 100 : 1);
        return { kind: "number", text, value };
      }
    }
    if (startsIdentifier(code)) return this.identifier(i);
    if (/\s/.test(ch)) return { kind: "space", text: matchAt(SPACE, formula, i)?.[0] ?? ch };
    const pair = formula.slice(i, i + 2);
    return { kind: "operator", text: pair === "<=" || pair === ">=" || pair === "<>" ? pair : ch };
  }

  /** A name, a function, a table or a sheet prefix: what an identifier is depends on what follows. */
  private identifier(i: number): FormulaToken {
    const formula = this.formula;
    const identifier = matchAt(IDENTIFIER, formula, i)?.[0] ?? formula[i] ?? "";
    const end = i + identifier.length;
    const next = formula[end];
    if (next === "!") return afterSheet(`${identifier}!`, formula, end + 1);
    if (next === "(") return { kind: "function", text: identifier };
    if (next === "[") return { kind: "table", text: identifier };
    return { kind: "name", text: identifier, sheet: "" };
  }
}

/**
 * Splits an A1 formula (with or without its leading "=") into tokens. Never throws: text it cannot
 * make sense of comes back as one-character operator tokens, so the tokens always join back to the
 * formula. Linear in the length of the formula.
 *
 * @example
 * tokenizeFormula("=SUM('D3 2024'!C10:N10)*12").map((t) => t.kind)
 * //=> ["operator", "function", "operator", "ref", "operator", "operator", "number"]
 */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const lexer = new Lexer(formula);
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const token = lexer.token(i);
    tokens.push(token);
    i += Math.max(1, token.text.length);
  }
  return tokens;
}

/**
 * One end of a reference back to A1, `$` kept ("$C10", "C" of a whole column, "5" of a whole row).
 *
 * @example
 * refPartA1({ column: 3, columnAbsolute: true, row: 10, rowAbsolute: false }) //=> "$C10"
 */
export function refPartA1(part: RefPart): string {
  const column =
    part.column === undefined
      ? ""
      : `${part.columnAbsolute ? "$" : ""}${columnLetters(part.column)}`;
  const row = part.row === undefined ? "" : `${part.rowAbsolute ? "$" : ""}${part.row}`;
  return column + row;
}
