import type { ModelName, ModelSheet, WorkbookModel } from "../domain/model/workbookModel";
import { resolveNameTarget } from "../domain/check/resolveNameTarget";
import {
  formulaBudget,
  type FormulaBudget,
  parseSharedStrings,
  parseSheetXml,
  READ_LIMITS,
} from "./parseSheetXml";
import { PackageProblem, UntrustedZip, type ZipCounters, type ZipLimits } from "./untrustedZip";
import {
  attributeOf,
  decodePart,
  PACKAGE_RELATIONSHIPS_NS,
  RELATIONSHIP_ID_NS,
  SPREADSHEET_NS,
  walkXml,
} from "./walkXml";

export type XlsxReadErrorCode = "unreadable-file";

/** The file is not an .xlsx workbook we can open (wrong format, damaged, encrypted, too large). */
export class XlsxReadError extends Error {
  readonly code: XlsxReadErrorCode;
  /** What the zip layer had inflated when it refused (for tests: never past its limits). */
  counters?: ZipCounters;
  constructor(code: XlsxReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "XlsxReadError";
    this.code = code;
  }
}

/** What one read cost: the zip layer's inflated bytes and parts, and the shared formulas expanded. */
export type XlsxReadCounters = ZipCounters & { cells: number; formulas: FormulaBudget };

export type XlsxReadResult = { model: WorkbookModel; counters: XlsxReadCounters };

/** Where the package's relationships name its main part; every .xlsx writer puts it in xl/. */
const PACKAGE_RELS = "_rels/.rels";
const USUAL_WORKBOOK = "xl/workbook.xml";

/**
 * Reads an .xlsx file into the plain model the check runs on: every non-empty cell's value as stored
 * (for a formula: the result the spreadsheet program saved; dates stay serial numbers) and formula
 * (`"=..."`, A1, shared formulas expanded to each cell's own formula), error values as
 * `{ error: "#REF!" }`, and workbook-scoped names resolved to a sheet and range where they point
 * at one rectangle on an existing sheet.
 * `formulaValuesKnown` is false when the file has formulas but none carries a saved result.
 * The file is untrusted: see {@link readXlsxCounted} for its limits; every refusal is an
 * {@link XlsxReadError} with a plain reason.
 *
 * @example
 * const model = await readXlsx(readFileSync("drill3.xlsx"));
 * model.names.get("D3_SAS")?.target //=> { sheet: "D3 Model", range: "C8" }
 */
export async function readXlsx(buffer: Buffer | Uint8Array): Promise<WorkbookModel> {
  return (await readXlsxCounted(buffer)).model;
}

/**
 * {@link readXlsx}, with what the read cost. Limits: the zip layer's (entries, inflated bytes per part
 * and in all, compression ratio; `ZIP_LIMITS`), cells and shared strings (`READ_LIMITS`), and shared
 * formulas, expanded only when read and refused past `READ_LIMITS.maxExpandedFormulaChars`: a caller
 * that runs rules on the model checks `counters.formulas.exceeded` before it trusts their outcome.
 *
 * @example
 * const { model, counters } = await readXlsxCounted(buffer);
 * counters.inflatedBytes <= ZIP_LIMITS.maxTotalBytes //=> true
 */
export async function readXlsxCounted(
  buffer: Buffer | Uint8Array,
  limits?: ZipLimits
): Promise<XlsxReadResult> {
  let zip: UntrustedZip | undefined;
  try {
    zip = UntrustedZip.open(buffer, limits);
    const budget = formulaBudget();
    const cellCount = { cells: 0, limit: READ_LIMITS.maxCells };
    const model = readPackage(zip, budget, cellCount);
    return { model, counters: { ...zip.counters, cells: cellCount.cells, formulas: budget } };
  } catch (error) {
    const readError = asReadError(error);
    if (zip) readError.counters = zip.counters;
    throw readError;
  }
}

/** Any failure inside the reader, as a plain refusal; the original is kept as the cause. */
function asReadError(error: unknown): XlsxReadError {
  if (error instanceof XlsxReadError) return error;
  const why =
    error instanceof PackageProblem
      ? error.message
      : error instanceof RangeError
        ? "it is too large to read"
        : "it is damaged in a way the reader cannot name";
  return new XlsxReadError("unreadable-file", `not a readable .xlsx workbook (${why})`, {
    cause: error,
  });
}

function readPackage(
  zip: UntrustedZip,
  budget: FormulaBudget,
  cellCount: { cells: number; limit: number }
): WorkbookModel {
  const workbookPath = workbookPartOf(zip);
  if (!zip.has(workbookPath))
    throw new PackageProblem(`the package has no workbook part ${workbookPath}`);
  const workbook = readWorkbookPart(workbookPath, decodePart(workbookPath, zip.read(workbookPath)));
  const workbookRels = relationshipsPartOf(workbookPath);
  if (!zip.has(workbookRels)) {
    throw new PackageProblem(`the package has no workbook relationships part ${workbookRels}`);
  }
  const targets = readRelationships(
    workbookRels,
    decodePart(workbookRels, zip.read(workbookRels)),
    folderOf(workbookPath)
  );

  const sheetParts: Array<{ name: string; path: string }> = [];
  for (const sheet of workbook.sheets) {
    const target = targets.get(sheet.relationId);
    if (!target) {
      throw new PackageProblem(`sheet "${sheet.name}" has no relationship to its part`);
    }
    // Chart sheets and dialog sheets hold no cells.
    if (!/\/worksheet$/.test(target.type)) continue;
    if (!zip.has(target.path)) {
      throw new PackageProblem(`sheet "${sheet.name}" has no part ${target.path}`);
    }
    if (sheetParts.some((part) => part.path.toLowerCase() === target.path.toLowerCase())) {
      throw new PackageProblem(`two sheets point at the same part ${target.path}`);
    }
    sheetParts.push({ name: sheet.name, path: target.path });
  }
  const shared = [...targets.values()].find((target) => /\/sharedStrings$/.test(target.type));
  if (shared && !zip.has(shared.path)) {
    throw new PackageProblem(`the shared strings part ${shared.path} is missing`);
  }
  const sharedStrings = shared
    ? parseSharedStrings(shared.path, decodePart(shared.path, zip.read(shared.path)))
    : [];

  let formulas = 0;
  let savedResults = 0;
  const sheets: ModelSheet[] = [];
  for (const sheet of sheetParts) {
    const xml = decodePart(sheet.path, zip.read(sheet.path));
    const parsed = parseSheetXml(xml, { part: sheet.path, sharedStrings, budget, cellCount });
    formulas += parsed.formulas;
    savedResults += parsed.savedResults;
    sheets.push({ name: sheet.name, cells: parsed.cells });
  }

  const names = resolveNames(workbook.names, sheets);
  return { sheets, names, formulaValuesKnown: formulas === 0 || savedResults > 0 };
}

type WorkbookPart = {
  sheets: Array<{ name: string; relationId: string }>;
  names: Array<{ name: string; refersTo: string }>;
};

/**
 * The workbook part, as the package's own relationships name it (type …/officeDocument), so a package
 * that keeps it elsewhere than xl/ is read too; a package without `_rels/.rels` is tried at the usual
 * place, as Excel and LibreOffice repair it.
 */
function workbookPartOf(zip: UntrustedZip): string {
  if (!zip.has(PACKAGE_RELS)) return USUAL_WORKBOOK;
  const rels = readRelationships(
    PACKAGE_RELS,
    decodePart(PACKAGE_RELS, zip.read(PACKAGE_RELS)),
    ""
  );
  const main = [...rels.values()].find((target) => /\/officeDocument$/.test(target.type));
  if (!main) throw new PackageProblem(`part ${PACKAGE_RELS} names no workbook part`);
  return main.path;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}${folder ? "/" : ""}_rels/${part.slice(folder.length + (folder ? 1 : 0))}.rels`;
}

/** "xl/workbook.xml" → "xl"; "workbook.xml" → "". */
function folderOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** Sheets in tab order with their relationship ids, and the workbook-scoped names, from workbook.xml. */
function readWorkbookPart(path: string, xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], names: [] };
  let name: { name: string; text: string } | undefined;
  let skipName = false;
  let text = "";
  walkXml(path, xml, {
    open: (tag) => {
      if (!SPREADSHEET_NS.has(tag.uri)) return;
      if (tag.local === "sheet") {
        const sheetName = attributeOf(tag, "name");
        const relationId = attributeOf(tag, "id", RELATIONSHIP_ID_NS);
        if (sheetName === undefined || relationId === undefined) {
          throw new PackageProblem(`part ${path} lists a sheet without a name or a part`);
        }
        part.sheets.push({ name: sheetName, relationId });
      } else if (tag.local === "definedName") {
        const definedName = attributeOf(tag, "name") ?? "";
        // Sheet-scoped names and Excel's own (_xlnm.Print_Area …) are not the workbook names we read.
        skipName =
          !definedName ||
          attributeOf(tag, "localSheetId") !== undefined ||
          definedName.startsWith("_xlnm.");
        name = { name: definedName, text: "" };
        text = "";
      }
    },
    close: (tag) => {
      if (!SPREADSHEET_NS.has(tag.uri) || tag.local !== "definedName" || !name) return;
      if (!skipName) part.names.push({ name: name.name, refersTo: text.trim() });
      name = undefined;
    },
    text: (chunk) => {
      if (name) text += chunk;
    },
  });
  return part;
}

/** Relationship id → type and part path (package-absolute, without the leading "/"). */
function readRelationships(
  part: string,
  xml: string,
  /** The folder relative targets start from: the source part's own. */
  base: string
): Map<string, { type: string; path: string }> {
  const targets = new Map<string, { type: string; path: string }>();
  walkXml(part, xml, {
    open: (tag) => {
      if (tag.uri !== PACKAGE_RELATIONSHIPS_NS || tag.local !== "Relationship") return;
      const id = attributeOf(tag, "Id");
      const target = attributeOf(tag, "Target");
      if (!id || !target || attributeOf(tag, "TargetMode") === "External") return;
      if (targets.has(id)) throw new PackageProblem(`part ${part} lists relationship ${id} twice`);
      const path = normalise(target.startsWith("/") || !base ? target : `${base}/${target}`);
      targets.set(id, { type: attributeOf(tag, "Type") ?? "", path });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return targets;
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

function resolveNames(
  defined: WorkbookPart["names"],
  sheets: ModelSheet[]
): Map<string, ModelName> {
  const names = new Map<string, ModelName>();
  const sheetNames = sheets.map((sheet) => sheet.name);
  for (const { name, refersTo } of defined) {
    const target = resolveNameTarget(refersTo, sheetNames);
    names.set(name.toUpperCase(), { name, refersTo, ...(target ? { target } : {}) });
  }
  return names;
}
