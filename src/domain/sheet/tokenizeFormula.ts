import { MAX_ROW, columnNumber } from "./a1";

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
  | { kind: "function"; text: string }
  /** Names, TRUE/FALSE, and anything else that reads like an identifier (e.g. "R1C1", "D3_SAs"). */
  | { kind: "name"; text: string; sheet: string }
  | { kind: "error"; text: string; sheet: string }
  /** Structured references and external-book prefixes: "[Revenue 2024]", "[[#This Row],[Q1]]". */
  | { kind: "bracket"; text: string }
  | { kind: "operator"; text: string }
  | { kind: "space"; text: string };

const ERROR_LITERAL =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)/i;
const CELL_RANGE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?/;
const COLUMN_RANGE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})/;
const ROW_RANGE = /^(\$?)(\d{1,7}):(\$?)(\d{1,7})/;
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?/;
const IDENTIFIER = /^[A-Za-z_\\][A-Za-z0-9_.\\?]*/;
const OPERATORS = ["<=", ">=", "<>"];

/** A reference ends where an identifier could not go on (so "LOG10(" and "D3_SAs" are not cells). */
function endsReference(next: string | undefined): boolean {
  return next === undefined || !/[A-Za-z0-9_.(![\\?$]/.test(next);
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

/** Reads a reference (cell, range, whole columns, whole rows) at the start of `rest`. */
function readReference(rest: string): { text: string; parts: RefPart[] } | undefined {
  const cells = CELL_RANGE.exec(rest);
  if (cells && endsReference(rest[cells[0].length])) {
    const first = cellPart(cells[1], cells[2], cells[3], cells[4]);
    const second =
      cells[6] === undefined ? undefined : cellPart(cells[5], cells[6], cells[7], cells[8]);
    if (first && (cells[6] === undefined || second)) {
      return { text: cells[0], parts: second ? [first, second] : [first] };
    }
  }
  const columns = COLUMN_RANGE.exec(rest);
  if (columns && endsReference(rest[columns[0].length])) {
    const a = columnNumber(columns[2] ?? "");
    const b = columnNumber(columns[4] ?? "");
    if (a !== undefined && b !== undefined) {
      return {
        text: columns[0],
        parts: [
          { column: a, columnAbsolute: columns[1] === "$", rowAbsolute: false },
          { column: b, columnAbsolute: columns[3] === "$", rowAbsolute: false },
        ],
      };
    }
  }
  const rows = ROW_RANGE.exec(rest);
  if (rows && endsReference(rest[rows[0].length])) {
    const a = rowNumber(rows[2]);
    const b = rowNumber(rows[4]);
    if (a !== undefined && b !== undefined) {
      return {
        text: rows[0],
        parts: [
          { row: a, rowAbsolute: rows[1] === "$", columnAbsolute: false },
          { row: b, rowAbsolute: rows[3] === "$", columnAbsolute: false },
        ],
      };
    }
  }
  return undefined;
}

/** What follows a sheet prefix: a reference, "#REF!", or a sheet-scoped name. */
function afterSheet(sheet: string, rest: string): FormulaToken {
  const ref = readReference(rest);
  if (ref) return { kind: "ref", text: sheet + ref.text, sheet, parts: ref.parts };
  const error = ERROR_LITERAL.exec(rest);
  if (error) return { kind: "error", text: sheet + error[0], sheet };
  const name = IDENTIFIER.exec(rest);
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

function readQuotedSheet(formula: string, start: number): string | undefined {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === "'") {
      if (formula[i + 1] === "'") i += 2;
      else return formula[i + 1] === "!" ? formula.slice(start, i + 2) : undefined;
    } else i += 1;
  }
  return undefined;
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

function readToken(formula: string, i: number): FormulaToken {
  const ch = formula[i] ?? "";
  const rest = formula.slice(i);
  if (ch === '"') return { kind: "string", text: readString(formula, i) };
  if (/\s/.test(ch)) return { kind: "space", text: /^\s+/.exec(rest)?.[0] ?? ch };
  if (ch === "'") {
    const sheet = readQuotedSheet(formula, i);
    if (sheet) return afterSheet(sheet, formula.slice(i + sheet.length));
    return { kind: "operator", text: ch };
  }
  if (ch === "#") {
    const error = ERROR_LITERAL.exec(rest);
    return error ? { kind: "error", text: error[0], sheet: "" } : { kind: "operator", text: ch };
  }
  if (ch === "[") return { kind: "bracket", text: readBracket(formula, i) };
  if (/[0-9.$A-Za-z_\\]/.test(ch)) {
    const ref = readReference(rest);
    if (ref) return { kind: "ref", text: ref.text, sheet: "", parts: ref.parts };
  }
  if (/[0-9.]/.test(ch)) {
    const number = NUMBER.exec(rest);
    if (number) {
      const text = number[0];
      const percent = text.endsWith("%");
      const value = Number(percent ? text.slice(0, -1) : text) / (percent ? 100 : 1);
      return { kind: "number", text, value };
    }
  }
  if (/[A-Za-z_\\]/.test(ch)) {
    const identifier = IDENTIFIER.exec(rest)?.[0] ?? ch;
    const next = formula[i + identifier.length];
    if (next === "!") return afterSheet(`${identifier}!`, formula.slice(i + identifier.length + 1));
    if (next === "(") return { kind: "function", text: identifier };
    return { kind: "name", text: identifier, sheet: "" };
  }
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  if (operator) return { kind: "operator", text: operator };
  return { kind: "operator", text: ch };
}

/**
 * Splits an A1 formula (with or without its leading "=") into tokens. Never throws: text it cannot
 * make sense of comes back as one-character operator tokens, so the tokens always join back to the
 * formula.
 *
 * @example
 * tokenizeFormula("=SUM('D3 2024'!C10:N10)*12").map((t) => t.kind)
 * //=> ["operator", "function", "operator", "ref", "operator", "operator", "number"]
 */
export function tokenizeFormula(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const token = readToken(formula, i);
    tokens.push(token);
    i += Math.max(1, token.text.length);
  }
  return tokens;
}
