import type { ModelCell, ModelSheet, WorkbookModel } from "../domain/model/workbookModel";
import { cellA1, parseRange } from "../domain/sheet/a1";
import type { SheetRange } from "../domain/sheet/sheetRef";
import { CELL_BYTES_ESTIMATE, loadRegions, READ_BUDGET_BYTES, type ReadRegion } from "./readBudget";
import { readOutline, type ReadOptions, toModelCell } from "./readWorkbook";
import { packRequests } from "./requestPacking";

/**
 * Reads every sheet's formulas for "Prepare for sharing" and "Restore formulas": the used range of
 * each sheet in row blocks under the read budget (formulas only, which is enough to find every
 * `LUX.*` formula and gives every constant as it is), one sync per budgeted group of blocks after
 * the two that find the sheets and names. Formula results are not read here (`coverage.
 * formulaResults` is empty); `readResults` reads the few that a job needs. getSpecialCells would
 * find formulas with less, but needs ExcelApi 1.9, above the add-in's 1.8 minimum.
 *
 * @example
 * const { model, syncs } = await readFormulas(context);
 * luxFormulaCells(model).length //=> 26
 */
export async function readFormulas(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<{ model: WorkbookModel; syncs: number }> {
  const outline = await readOutline(context);
  const regions = outline.sheets.flatMap((sheet): ReadRegion[] =>
    sheet.used ? [{ sheet: sheet.name, box: sheet.used }] : []
  );
  const { loaded, syncs } = await loadRegions(context, regions, FORMULAS, options.budgetBytes);
  const sheets: ModelSheet[] = outline.sheets.map((outlined) => {
    const cells = new Map<string, ModelCell>();
    for (const { slice, range } of loaded) {
      if (slice.sheet !== outlined.name) continue;
      range.formulas.forEach((row, r) =>
        row.forEach((entry: unknown, c) => {
          const cell = formulaCell(entry);
          const at = cellA1({ row: slice.box.top + r, column: slice.box.left + c });
          if (cell) cells.set(at, cell);
        })
      );
    }
    return { name: outlined.name, cells, coverage: { formulaResults: [] } };
  });
  return {
    model: { sheets, names: outline.names, formulaValuesKnown: true },
    syncs: 2 + syncs,
  };
}

/** A formulas-grid entry: a formula whose result is not read yet, or a constant as it is. */
function formulaCell(entry: unknown): ModelCell | undefined {
  if (typeof entry === "string" && entry.startsWith("=")) return { value: null, formula: entry };
  return toModelCell(entry, entry, undefined);
}

/**
 * Reads the results (values and value types) of the given ranges into a model `readFormulas` made,
 * as many ranges per sync as the budget allows, and records them in each sheet's
 * `coverage.formulaResults`. Returns the syncs it took (none for no ranges).
 */
export async function readResults(
  context: Excel.RequestContext,
  model: WorkbookModel,
  ranges: readonly SheetRange[],
  budget = READ_BUDGET_BYTES
): Promise<number> {
  const regions = ranges.flatMap((range): ReadRegion[] => {
    const box = parseRange(range.range);
    return box ? [{ sheet: range.sheet, box }] : [];
  });
  const { loaded, syncs } = await loadRegions(context, regions, RESULTS, budget);
  for (const { slice, range } of loaded) {
    const sheet = model.sheets.find((s) => s.name === slice.sheet);
    if (!sheet) continue;
    range.values.forEach((row, r) =>
      row.forEach((value: unknown, c) => {
        const at = cellA1({ row: slice.box.top + r, column: slice.box.left + c });
        const formula = sheet.cells.get(at)?.formula;
        const cell = toModelCell(value, formula, range.valueTypes[r]?.[c]);
        if (cell) sheet.cells.set(at, cell);
        else sheet.cells.delete(at);
      })
    );
  }
  for (const range of ranges) {
    const coverage = model.sheets.find((s) => s.name === range.sheet)?.coverage;
    coverage?.formulaResults?.push(range.range);
  }
  return syncs;
}

/**
 * Asks Excel where each of `anchors` spilled (ExcelApi 1.12), as many per sync as the budget allows
 * (an address is counted at 2 estimated cells): one request per group, none for no anchors.
 */
export async function readSpills(
  context: Excel.RequestContext,
  anchors: readonly { sheet: string; address: string }[],
  budget = READ_BUDGET_BYTES
): Promise<{ spills: { sheet: string; anchor: string; address?: string }[]; syncs: number }> {
  const pieces = anchors.map((anchor) => ({ anchor, bytes: 2 * CELL_BYTES_ESTIMATE }));
  const requests = packRequests(pieces, budget);
  const spills: { sheet: string; anchor: string; address?: string }[] = [];
  for (const request of requests) {
    const probes = request.map(({ anchor }) => {
      const spill = context.workbook.worksheets
        .getItem(anchor.sheet)
        .getRange(anchor.address)
        .getSpillingToRangeOrNullObject();
      spill.load("address");
      return { anchor, spill };
    });
    // One sync per budgeted group of probes.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { anchor, spill } of probes) {
      spills.push({
        sheet: anchor.sheet,
        anchor: anchor.address,
        ...(spill.isNullObject ? {} : { address: spill.address }),
      });
    }
  }
  return { spills, syncs: requests.length };
}

const FORMULAS = ["formulas"] as const;
const RESULTS = ["values", "valueTypes"] as const;
