import type { ModelCell, ModelValue } from "../domain/model/workbookModel";
import { type CellPosition, cellA1, MAX_COLUMN, MAX_ROW, parseCell } from "../domain/sheet/a1";
import { fromFileFormula } from "./fileFormula";
import { translateFormula } from "./translateFormula";
import { PackageProblem } from "./untrustedZip";
import { attributeOf, SPREADSHEET_NS, walkXml, type XmlTag } from "./walkXml";

/**
 * Reads the cells of one worksheet part (SpreadsheetML `<c>` elements, in any namespace prefix) in
 * one streaming pass: the saved value exactly as stored (numbers stay numbers, dates stay serial
 * numbers) and the formula. A cell that shares another's formula gets its own A1 formula only when a
 * rule reads it, within the workbook's {@link FormulaBudget}: a crafted file cannot make the reader
 * expand one long formula over a million cells.
 */

export type ParsedSheet = {
  cells: Map<string, ModelCell>;
  /** Formula cells, and how many of them carry a saved result (`<v>`). */
  formulas: number;
  savedResults: number;
};

/**
 * Characters of shared formulas the reader may expand for one workbook, and the cells it may hold.
 * A check reads the formulas of its named ranges: a few thousand cells of at most a few hundred
 * characters, well under 1 M; 4 M characters costs the lexer about a second on this machine.
 * 1 M cells is five times every drill together (drill 1's order rows are 133 k cells).
 */
export const READ_LIMITS = {
  maxExpandedFormulaChars: 4_000_000,
  maxCells: 1_000_000,
  maxSharedStrings: 1_000_000,
} as const;

/** What a workbook's shared formulas have cost so far; `exceeded` once a read went past the cap. */
export type FormulaBudget = {
  limit: number;
  expandedChars: number;
  expandedCells: number;
  exceeded: boolean;
};

export function formulaBudget(limit: number = READ_LIMITS.maxExpandedFormulaChars): FormulaBudget {
  return { limit, expandedChars: 0, expandedCells: 0, exceeded: false };
}

/** Raised by a shared formula read past the budget; the reader's caller refuses the file. */
export class FormulaBudgetExceeded extends Error {
  constructor(limit: number) {
    super(`the workbook's shared formulas expand to more than ${limit} characters`);
    this.name = "FormulaBudgetExceeded";
  }
}

/** The cell that holds a shared formula's text, which the other cells of its group move. */
type SharedMaster = CellPosition & { formula: string };

export type SheetReadContext = {
  part: string;
  sharedStrings: readonly string[];
  budget: FormulaBudget;
  /** Cells read so far in the workbook, against READ_LIMITS.maxCells. */
  cellCount: { cells: number; limit: number };
};

type OpenCell = {
  position: CellPosition;
  type: string;
  value?: string;
  formula?: { text: string; shared: boolean; index: string };
  inline?: string;
};

export function parseSheetXml(xml: string, context: SheetReadContext): ParsedSheet {
  const { part, sharedStrings, budget, cellCount } = context;
  const cells = new Map<string, ModelCell>();
  const masters = new Map<string, SharedMaster>();
  let formulas = 0;
  let savedResults = 0;
  let row = 0;
  let column = 0;
  let cell: OpenCell | undefined;
  /** Where text goes now: the `<v>`, the `<f>`, or a `<t>` of an inline string. */
  let capture: "v" | "f" | "t" | undefined;
  let text = "";
  let phonetic = 0;

  const damaged = (why: string): never => {
    throw new PackageProblem(`part ${part} is damaged (${why})`);
  };

  const open = (tag: XmlTag): void => {
    if (!SPREADSHEET_NS.has(tag.uri)) return;
    switch (tag.local) {
      case "row": {
        const r = attributeOf(tag, "r");
        row = r === undefined ? row + 1 : Number(r);
        if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) damaged(`row number "${r}"`);
        column = 0;
        return;
      }
      case "c": {
        const reference = attributeOf(tag, "r");
        const position =
          reference === undefined ? { row, column: column + 1 } : parseCell(reference);
        if (!position || position.column > MAX_COLUMN || position.row > MAX_ROW || position.row < 1)
          return damaged(`cell reference "${short(reference ?? "")}"`);
        row = position.row;
        column = position.column;
        cell = { position, type: attributeOf(tag, "t") ?? "n" };
        return;
      }
      case "v":
        if (cell) [capture, text] = ["v", ""];
        return;
      case "f":
        if (cell) {
          [capture, text] = ["f", ""];
          cell.formula = {
            text: "",
            shared: attributeOf(tag, "t") === "shared",
            index: attributeOf(tag, "si") ?? "",
          };
        }
        return;
      case "is":
        if (cell) cell.inline = "";
        return;
      case "rPh":
        phonetic += 1;
        return;
      case "t":
        if (cell?.inline !== undefined && phonetic === 0) [capture, text] = ["t", ""];
        return;
    }
  };

  const close = (tag: XmlTag): void => {
    if (!SPREADSHEET_NS.has(tag.uri)) return;
    switch (tag.local) {
      case "v":
        if (cell && capture === "v") cell.value = text;
        capture = undefined;
        return;
      case "f":
        if (cell?.formula && capture === "f") cell.formula.text = text;
        capture = undefined;
        return;
      case "t":
        if (cell?.inline !== undefined && capture === "t") cell.inline += text;
        capture = undefined;
        return;
      case "rPh":
        phonetic -= 1;
        return;
      case "c":
        if (cell) finishCell(cell);
        cell = undefined;
        return;
    }
  };

  const finishCell = (open: OpenCell): void => {
    const address = cellA1(open.position);
    const value = readValue(open, sharedStrings);
    const formula = open.formula ? readFormula(open.formula, open.position, masters) : undefined;
    if (formula === undefined && value === null) return;
    cellCount.cells += 1;
    if (cellCount.cells > cellCount.limit) {
      throw new PackageProblem(`the workbook holds more than ${cellCount.limit} cells`);
    }
    if (formula === undefined) {
      cells.set(address, { value });
      return;
    }
    formulas += 1;
    if (open.value !== undefined) savedResults += 1;
    if (typeof formula === "string") {
      cells.set(address, { value, formula: `=${fromFileFormula(formula)}` });
    } else {
      cells.set(address, lazyFormulaCell(value, formula.master, open.position, budget));
    }
  };

  walkXml(part, xml, {
    open,
    close,
    text: (chunk) => {
      if (capture !== undefined) text += chunk;
    },
  });
  return { cells, formulas, savedResults };
}

/** A formula as written, or the master a shared cell moves (expanded later, on demand). */
function readFormula(
  formula: NonNullable<OpenCell["formula"]>,
  position: CellPosition,
  masters: Map<string, SharedMaster>
): string | { master: SharedMaster } | undefined {
  if (formula.shared) {
    if (formula.text !== "") {
      masters.set(formula.index, { formula: formula.text, ...position });
      return formula.text;
    }
    const master = masters.get(formula.index);
    return master ? { master } : undefined;
  }
  return formula.text === "" ? undefined : formula.text;
}

/**
 * A cell whose `formula` is its master's formula moved to it, computed the first time a rule reads
 * it and charged to the budget before any work. An own enumerable property, so the cell still reads
 * and compares as a plain `{ value, formula }`.
 */
function lazyFormulaCell(
  value: ModelValue,
  master: SharedMaster,
  position: CellPosition,
  budget: FormulaBudget
): ModelCell {
  const cell = { value } as ModelCell;
  Object.defineProperty(cell, "formula", {
    enumerable: true,
    configurable: true,
    get(): string {
      if (budget.exceeded || budget.expandedChars + master.formula.length > budget.limit) {
        budget.exceeded = true;
        throw new FormulaBudgetExceeded(budget.limit);
      }
      budget.expandedChars += master.formula.length;
      budget.expandedCells += 1;
      const moved = translateFormula(
        master.formula,
        position.row - master.row,
        position.column - master.column
      );
      const formula = `=${fromFileFormula(moved)}`;
      Object.defineProperty(cell, "formula", {
        value: formula,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return formula;
    },
  });
  return cell;
}

function readValue(cell: OpenCell, sharedStrings: readonly string[]): ModelValue {
  if (cell.type === "inlineStr") {
    return cell.inline === undefined ? null : decodeEscapes(cell.inline);
  }
  if (cell.value === undefined) return null;
  const raw = cell.value;
  switch (cell.type) {
    case "s":
      return sharedStrings[Number(raw)] ?? null;
    case "str":
      return decodeEscapes(raw);
    case "b":
      return raw.trim() !== "0" && raw.trim() !== "";
    case "e":
      return { error: raw.trim() };
    case "d":
      return raw;
    default: {
      if (raw.trim() === "") return null;
      const number = Number(raw);
      return Number.isFinite(number) ? number : raw;
    }
  }
}

/** OOXML escapes characters XML cannot hold as `_xHHHH_`. */
function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

function short(text: string): string {
  return text.length > 20 ? `${text.slice(0, 19)}…` : text;
}

/**
 * Every `<si>` of the shared strings part, in order: its runs joined, phonetic guides left out,
 * OOXML escapes decoded.
 */
export function parseSharedStrings(
  part: string,
  xml: string,
  limit: number = READ_LIMITS.maxSharedStrings
): string[] {
  const strings: string[] = [];
  let item: string | undefined;
  let inText = false;
  let phonetic = 0;
  walkXml(part, xml, {
    open: (tag) => {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (tag.local === "si") item = "";
      else if (tag.local === "rPh") phonetic += 1;
      else if (tag.local === "t" && item !== undefined && phonetic === 0) inText = true;
    },
    close: (tag) => {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (tag.local === "si" && item !== undefined) {
        if (strings.length >= limit) {
          throw new PackageProblem(`part ${part} holds more than ${limit} shared strings`);
        }
        strings.push(decodeEscapes(item));
        item = undefined;
      } else if (tag.local === "rPh") phonetic -= 1;
      else if (tag.local === "t") inText = false;
    },
    text: (chunk) => {
      if (inText && item !== undefined) item += chunk;
    },
  });
  return strings;
}
