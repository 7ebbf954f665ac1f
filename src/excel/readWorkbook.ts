import { cellA1, parseRange } from "../domain/sheet/a1";
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

/** One cell as Office.js gives it (values/formulas/valueTypes at the same position) → the model. */
function toModelCell(
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

/** Reads a used range's three grids into a sheet's cell map (absent cells are empty). */
function toCells(range: Excel.Range): Map<string, ModelCell> {
  const cells = new Map<string, ModelCell>();
  const used = splitSheetRef(range.address);
  const box = used && parseRange(used.range);
  if (!box) return cells;
  range.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = toModelCell(value, range.formulas[r]?.[c], range.valueTypes?.[r]?.[c]);
      if (cell) cells.set(cellA1({ row: box.top + r, column: box.left + c }), cell);
    });
  });
  return cells;
}

/** The name as stored: a range's address (NamedItem.value), or the error it shows ("#REF!"). */
function refersToOf(item: Excel.NamedItem): string {
  const value: unknown = item.value;
  const text = typeof value === "string" ? value : String(value ?? "");
  return text.replace(/^=/, "");
}

/**
 * Reads the open workbook into the plain model the check runs on, in two `context.sync()` calls:
 * the first loads the sheet list and the workbook-scoped names, the second every sheet's used range
 * (values, formulas, value types) and every range name's address at once. Error values become `{ error }`, names are resolved to
 * their sheet and range. Nothing is written.
 *
 * @example
 * const model = await Excel.run((context) => readWorkbook(context));
 * checkWorkbook(model).kind //=> "checked"
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookModel> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  await context.sync();

  const used = worksheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(false);
    range.load("address,values,formulas,valueTypes");
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

  const sheets: ModelSheet[] = used.map(({ name, range }) => ({
    name,
    cells: range.isNullObject ? new Map<string, ModelCell>() : toCells(range),
  }));
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
  return { sheets, names: modelNames, formulaValuesKnown: true };
}
