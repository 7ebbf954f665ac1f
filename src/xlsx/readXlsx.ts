import {
  ValueType,
  Workbook,
  type Buffer as ExcelBuffer,
  type Cell,
  type Worksheet,
} from "exceljs";
import JSZip from "jszip";
import type {
  ModelCell,
  ModelName,
  ModelSheet,
  ModelValue,
  WorkbookModel,
} from "../domain/model/workbookModel";
import { parseCell, splitSheetReference } from "./a1";
import { attribute, unescapeXml } from "./patchPackage";
import { translateFormula } from "./translateFormula";

export type XlsxReadErrorCode = "unreadable-file";

/** The file is not an .xlsx workbook we can open (wrong format, damaged, encrypted). */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  constructor(code: XlsxReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "XlsxReadError";
    this.code = code;
  }
}

/** Days between Excel's day 0 (1899-12-30, with the 1900 leap-year quirk) and the Unix epoch. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * Reads an .xlsx file into the plain model the check runs on: every non-empty cell's value (for a
 * formula: the result the spreadsheet program saved) and formula (`"=..."`, A1, shared formulas
 * expanded to each cell's own formula), error values as `{ error: "#REF!" }`, and workbook-scoped
 * names resolved to a sheet and range where they point at one rectangle on an existing sheet.
 * `formulaValuesKnown` is false when the file has formulas but none carries a saved result.
 *
 * @example
 * const model = await readXlsx(readFileSync("drill3.xlsx"));
 * model.names.get("D3_SAS")?.target //=> { sheet: "D3 Work", range: "C6" }
 */
export async function readXlsx(buffer: Buffer | Uint8Array): Promise<WorkbookModel> {
  const workbook = new Workbook();
  const unreadable = (why: string, cause: unknown): XlsxReadError =>
    new XlsxReadError("unreadable-file", `not a readable .xlsx workbook (${why})`, { cause });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw unreadable("it is not a zip package, as every .xlsx file is", error);
  }
  if (!zip.file("xl/workbook.xml")) throw unreadable("the package has no workbook part", undefined);
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelBuffer);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw unreadable(message.split("\n")[0] ?? message, error);
  }

  let formulas = 0;
  let savedResults = 0;
  const sheets: ModelSheet[] = workbook.worksheets.map((worksheet) => {
    const cells = new Map<string, ModelCell>();
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const read = readCell(worksheet, cell);
        if (!read) return;
        if (read.formula !== undefined) {
          formulas += 1;
          if (read.value !== null) savedResults += 1;
        }
        cells.set(cell.address, read);
      });
    });
    return { name: worksheet.name, cells };
  });

  const names = await readDefinedNames(zip, sheets);
  return { sheets, names, formulaValuesKnown: formulas === 0 || savedResults > 0 };
}

type FormulaModel = {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
};

/** ExcelJS's `cell.value` drops falsy formula results (0, false, ""): read the cell's model instead. */
function formulaModel(cell: Cell): FormulaModel | undefined {
  if (cell.type !== ValueType.Formula) return undefined;
  const { formula, sharedFormula, result } = cell.model as FormulaModel;
  return { formula, sharedFormula, result };
}

function readCell(worksheet: Worksheet, cell: Cell): ModelCell | undefined {
  const formulaCell = formulaModel(cell);
  if (formulaCell) {
    const formula =
      formulaCell.formula ?? expandShared(worksheet, cell.address, formulaCell.sharedFormula);
    return {
      value: toModelValue(formulaCell.result),
      ...(formula !== undefined ? { formula: `=${formula.replace(/^=/, "")}` } : {}),
    };
  }
  const read = toModelValue(cell.value);
  return read === null ? undefined : { value: read };
}

/** A cell of a shared formula: the master's formula moved by this cell's offset from the master. */
function expandShared(
  worksheet: Worksheet,
  address: string,
  master: string | undefined
): string | undefined {
  if (!master) return undefined;
  const masterFormula = formulaModel(worksheet.getCell(master))?.formula;
  if (masterFormula === undefined) return undefined;
  const from = parseCell(master);
  const to = parseCell(address);
  return translateFormula(masterFormula, to.row - from.row, to.col - from.col);
}

function toModelValue(value: unknown): ModelValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.error === "string") return { error: object.error };
    if (Array.isArray(object.richText)) {
      return object.richText.map((run) => String((run as { text?: unknown }).text ?? "")).join("");
    }
    if ("text" in object) return toModelValue(object.text);
    if ("result" in object) return toModelValue(object.result);
  }
  return String(value);
}

async function readDefinedNames(zip: JSZip, sheets: ModelSheet[]): Promise<Map<string, ModelName>> {
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const names = new Map<string, ModelName>();
  if (!workbookXml) return names;
  const sheetNames = new Map(sheets.map((sheet) => [sheet.name.toUpperCase(), sheet.name]));
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const tag = `<definedName${match[1] ?? ""}>`;
    const name = unescapeXml(attribute(tag, "name") ?? "");
    // Sheet-scoped names and Excel's own (_xlnm.Print_Area …) are not the workbook names we read.
    if (!name || attribute(tag, "localSheetId") !== undefined || name.startsWith("_xlnm."))
      continue;
    const refersTo = unescapeXml(match[2] ?? "").trim();
    const split = splitSheetReference(refersTo);
    const sheet = split ? sheetNames.get(split.sheet.toUpperCase()) : undefined;
    names.set(name.toUpperCase(), {
      name,
      refersTo,
      ...(split && sheet !== undefined ? { target: { sheet, range: split.range } } : {}),
    });
  }
  return names;
}
