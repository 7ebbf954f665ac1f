import { checkReads } from "../domain/check/checkReads";
import { cellA1, parseRange, rangeA1, type RangeBox } from "../domain/sheet/a1";
import { isErrorLiteral } from "../domain/sheet/errorLiterals";
import { splitSheetRef } from "../domain/sheet/sheetRef";
import { resolveNameTarget } from "../domain/check/resolveNameTarget";
import type {
  ModelCell,
  ModelName,
  ModelSheet,
  ModelValue,
  WorkbookModel,
} from "../domain/model/workbookModel";
import { intersect, loadRegions, type ReadRegion } from "./readBudget";

/** One cell as Office.js gives it (values/formulas/valueTypes at the same position) → the model. */
export function toModelCell(
  value: unknown,
  formula: unknown,
  valueType: string | undefined
): ModelCell | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  let modelValue: ModelValue;
  if (
    valueType === "Error" ||
    (valueType === undefined && typeof value === "string" && isErrorLiteral(value))
  ) {
    modelValue = { error: String(value) };
  } else if (valueType === "Empty" || value === "" || value === null || value === undefined) {
    modelValue = hasFormula ? "" : null;
  } else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") {
    modelValue = value;
  } else {
    modelValue = String(value);
  }
  if (!hasFormula && modelValue === null) return undefined;
  return hasFormula ? { value: modelValue, formula: formula as string } : { value: modelValue };
}

/** A loaded block's grids into a sheet's cell map (absent cells are empty). */
export function addCells(
  cells: Map<string, ModelCell>,
  box: RangeBox,
  grids: { values: unknown[][]; formulas: unknown[][]; valueTypes?: string[][] }
): void {
  grids.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toModelCell(value, grids.formulas[r]?.[c], grids.valueTypes?.[r]?.[c]);
      if (cell) cells.set(cellA1({ row: box.top + r, column: box.left + c }), cell);
    });
  });
}

/** The name as stored: a range's address (NamedItem.value), or the error it shows ("#REF!"). */
function refersToOf(item: Excel.NamedItem): string {
  const value: unknown = item.value;
  const text = typeof value === "string" ? value : String(value ?? "");
  return text.replace(/^=/, "");
}

/** A sheet as the first two syncs of a read see it: its name and where its used range is. */
export type SheetOutline = { name: string; used?: RangeBox };

/** What every read starts with: the sheets, where their cells are, and the names resolved. */
export type WorkbookOutline = { sheets: SheetOutline[]; names: Map<string, ModelName> };

/**
 * Two small syncs: the sheet list and the workbook-scoped names, then each sheet's used-range
 * address and each range name's address. No cell is read.
 */
export async function readOutline(context: Excel.RequestContext): Promise<WorkbookOutline> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  await context.sync();

  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(false);
    range.load("address");
    return { name: sheet.name, range };
  });
  // A range name's own address is the reliable way to its cells (NamedItem.value is text).
  const named = names.items.map((item) => {
    if (item.type !== "Range") return { item, range: undefined };
    const range = item.getRangeOrNullObject();
    range.load("address");
    return { item, range };
  });
  await context.sync();

  const sheets: SheetOutline[] = used.map(({ name, range }) => {
    const box = range.isNullObject ? undefined : boxOf(range.address);
    return box ? { name, used: box } : { name };
  });
  const sheetNames = sheets.map((s) => s.name);
  const modelNames = new Map<string, ModelName>();
  for (const { item, range } of named) {
    const refersTo = refersToOf(item);
    const entry: ModelName = { name: item.name, refersTo };
    const address = range && !range.isNullObject ? range.address : undefined;
    const target =
      item.type === "Error"
        ? undefined
        : (resolveNameTarget(address ?? "", sheetNames) ?? resolveNameTarget(refersTo, sheetNames));
    if (target) entry.target = target;
    modelNames.set(item.name.toUpperCase(), entry);
  }
  return { sheets, names: modelNames };
}

function boxOf(address: string): RangeBox | undefined {
  const split = splitSheetRef(address);
  return split && parseRange(split.range);
}

export type ReadOptions = {
  /** Largest response a sync may ask for, by estimate (default `READ_BUDGET_BYTES`). */
  budgetBytes?: number;
};

/**
 * Reads the open workbook into the plain model the check runs on, reading only what the check's
 * rules read (`checkReads`): the blocks the drills' names point at and the sheets the KPI drill
 * scans, each cut into row blocks so every response stays under the read budget. Two small syncs
 * find the sheets, their used ranges and the names; then one sync per budgeted group of blocks (so
 * the syncs are bounded by the blocks). A sheet read in part says so (`coverage.cells`); a data sheet
 * no name points at is not read at all, however large. Error values become `{ error }`, names are
 * resolved to their sheet and range. Nothing is written.
 *
 * @example
 * const model = await Excel.run((context) => readWorkbook(context));
 * checkWorkbook(model).kind //=> "checked"
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookModel> {
  const outline = await readOutline(context);
  const reads = checkReads(outline.names);
  const whole = new Set(reads.wholeSheets.map((name) => name.toUpperCase()));
  const blocksBySheet = new Map<string, RangeBox[]>();
  for (const block of reads.blocks) {
    const box = parseRange(block.range);
    if (!box) continue;
    const key = block.sheet.toUpperCase();
    blocksBySheet.set(key, [...(blocksBySheet.get(key) ?? []), box]);
  }
  const regions: ReadRegion[] = [];
  for (const sheet of outline.sheets) {
    if (!sheet.used) continue;
    const boxes = whole.has(sheet.name.toUpperCase())
      ? [sheet.used]
      : (blocksBySheet.get(sheet.name.toUpperCase()) ?? []).flatMap((box) => {
          const inside = intersect(box, sheet.used as RangeBox);
          return inside ? [inside] : [];
        });
    for (const box of boxes) regions.push({ sheet: sheet.name, box });
  }
  const { loaded } = await loadRegions(context, regions, CHECK_GRIDS, options.budgetBytes);

  const sheets: ModelSheet[] = outline.sheets.map((outlined) => {
    const cells = new Map<string, ModelCell>();
    for (const { slice, range } of loaded) {
      if (slice.sheet === outlined.name) addCells(cells, slice.box, range);
    }
    const key = outlined.name.toUpperCase();
    // An empty sheet, or one read whole, is known everywhere; any other sheet only where it was read.
    if (!outlined.used || whole.has(key)) return { name: outlined.name, cells };
    const read = (blocksBySheet.get(key) ?? []).map((box) => rangeA1(box));
    return { name: outlined.name, cells, coverage: { cells: read } };
  });
  return { sheets, names: outline.names, formulaValuesKnown: true };
}

/** What a check reads of each cell: its value, its formula, and whether the value is an error. */
const CHECK_GRIDS = ["values", "formulas", "valueTypes"] as const;
