import JSZip from "jszip";
import type { ModelName, ModelSheet, WorkbookModel } from "../domain/model/workbookModel";
import { resolveNameTarget } from "../domain/check/resolveNameTarget";
import { parseSharedStrings, parseSheetXml } from "./parseSheetXml";
import { attribute, unescapeXml } from "./patchPackage";

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

/**
 * Reads an .xlsx file into the plain model the check runs on: every non-empty cell's value as stored
 * (for a formula: the result the spreadsheet program saved; dates stay serial numbers) and formula
 * (`"=..."`, A1, shared formulas expanded to each cell's own formula), error values as
 * `{ error: "#REF!" }`, and workbook-scoped names resolved to a sheet and range where they point
 * at one rectangle on an existing sheet.
 * `formulaValuesKnown` is false when the file has formulas but none carries a saved result.
 *
 * @example
 * const model = await readXlsx(readFileSync("drill3.xlsx"));
 * model.names.get("D3_SAS")?.target //=> { sheet: "D3 Model", range: "C8" }
 */
export async function readXlsx(buffer: Buffer | Uint8Array): Promise<WorkbookModel> {
  const unreadable = (why: string, cause?: unknown): XlsxReadError =>
    new XlsxReadError("unreadable-file", `not a readable .xlsx workbook (${why})`, { cause });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (error) {
    throw unreadable("it is not a zip package, as every .xlsx file is", error);
  }
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml === undefined) throw unreadable("the package has no workbook part");
  const parts = await workbookParts(zip, workbookXml);
  const sharedXml = parts.sharedStrings
    ? await zip.file(parts.sharedStrings)?.async("string")
    : undefined;
  const sharedStrings = sharedXml === undefined ? [] : parseSharedStrings(sharedXml);

  let formulas = 0;
  let savedResults = 0;
  const sheets: ModelSheet[] = [];
  for (const sheet of parts.sheets) {
    const xml = await zip.file(sheet.path)?.async("string");
    if (xml === undefined) throw unreadable(`sheet "${sheet.name}" has no part ${sheet.path}`);
    const parsed = parseSheetXml(xml, sharedStrings);
    formulas += parsed.formulas;
    savedResults += parsed.savedResults;
    sheets.push({ name: sheet.name, cells: parsed.cells });
  }

  const names = readDefinedNames(workbookXml, sheets);
  return { sheets, names, formulaValuesKnown: formulas === 0 || savedResults > 0 };
}

type WorkbookParts = {
  sheets: Array<{ name: string; path: string }>;
  sharedStrings?: string;
};

/** Worksheets in tab order with their part paths, and the shared strings part, from the relationships. */
async function workbookParts(zip: JSZip, workbookXml: string): Promise<WorkbookParts> {
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, { type: string; path: string }>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (!id || !target) continue;
    const path = target.startsWith("/") ? target.slice(1) : normalise(`xl/${target}`);
    targets.set(id, { type: attribute(match[0], "Type") ?? "", path });
  }
  const sheets: WorkbookParts["sheets"] = [];
  for (const match of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const target = targets.get(attribute(match[0], "r:id") ?? "");
    // Chart sheets and dialog sheets hold no cells.
    if (name === undefined || !target || !/\/worksheet$/.test(target.type)) continue;
    sheets.push({ name: unescapeXml(name), path: target.path });
  }
  const shared = [...targets.values()].find((target) => /\/sharedStrings$/.test(target.type));
  return { sheets, ...(shared ? { sharedStrings: shared.path } : {}) };
}

/** "xl/worksheets/../sharedStrings.xml" → "xl/sharedStrings.xml". */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.join("/");
}

function readDefinedNames(workbookXml: string, sheets: ModelSheet[]): Map<string, ModelName> {
  const names = new Map<string, ModelName>();
  const sheetNames = sheets.map((sheet) => sheet.name);
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const tag = `<definedName${match[1] ?? ""}>`;
    const name = unescapeXml(attribute(tag, "name") ?? "");
    // Sheet-scoped names and Excel's own (_xlnm.Print_Area …) are not the workbook names we read.
    if (!name || attribute(tag, "localSheetId") !== undefined || name.startsWith("_xlnm."))
      continue;
    const refersTo = unescapeXml(match[2] ?? "").trim();
    const target = resolveNameTarget(refersTo, sheetNames);
    names.set(name.toUpperCase(), { name, refersTo, ...(target ? { target } : {}) });
  }
  return names;
}
