import { HelperSheetLayout, listPlacement } from "../domain/plan/helperSheetLayout";
import { placePlan } from "../domain/plan/placePlan";
import { CHART_COLORS } from "../domain/plan/planLooks";
import { uniqueSheetName } from "../domain/plan/uniqueSheetName";
import type { PlanSheet, PlanValidation, WorkbookPlan } from "../domain/plan/workbookPlan";
import { boxAt, cellA1, mustParseCell, mustParseRange, rangeA1 } from "../domain/sheet/a1";
import { splitSheetRef, type SheetRange } from "../domain/sheet/sheetRef";
import type { PopulateResult, Progress } from "../domain/workbookHost";
import { PopulateError } from "./populateError";
import { byteLength, packRequests } from "./requestPacking";
import { officeSupports, type SupportsProbe } from "./officeSupports";
import { rollBack } from "./rollBack";
import { sheetOps } from "./sheetOps";
import { OP_OVERHEAD, sheetOf, type ApplyState, type WriteOp } from "./writeOp";

export type WritePlanOptions = {
  /** Requirement-set probe; defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: SupportsProbe;
  /** Largest request we send (Excel on the web refuses requests over 5 MB). Default 4,000,000. */
  maxRequestBytes?: number;
  onProgress?: (progress: Progress) => void;
};

export type WritePlanResult = PopulateResult & {
  /** `context.sync()` calls made: 1 read + 1 per write request. */
  syncs: number;
  /** Estimated size of each write request, in bytes. */
  requestBytes: number[];
  /** What the host could not do (e.g. cell notes before ExcelApi 1.18). */
  warnings: string[];
};

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * Renders a workbook plan into the open workbook with Office.js.
 *
 * Requests: one read (existing sheets, names, tables), then the writes packed into as few requests as
 * the size limit allows — one for every drill except a very large dataset, which is split by rows. A
 * drill therefore costs 2 `context.sync()` calls (3 when its data needs two requests).
 * Existing sheets are never touched: a plan sheet whose name is taken becomes "D1 Data (2)" and every
 * formula, name and chart follows the rename. Workbook names that already exist are re-pointed at the
 * newest copy (so after a second populate, `D3_SAs` and friends refer to "D3 Work (2)").
 * Native waterfall charts need ExcelApi 1.9; elsewhere a stacked-column bridge reads helper rows on a
 * hidden "… Chart data" sheet, laid out by the domain's `HelperSheetLayout` exactly as the .xlsx
 * writer lays them out; a list validation too long to write inline reads a helper column there too.
 * Office.js cannot mark a waterfall point as a total, so the native chart plots Start and the effects
 * and leaves End as the level the last bar reaches.
 * If a write fails, the sheets and names this call started are removed or restored, and a
 * `PopulateError` says what is left.
 */
export async function writePlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: WritePlanOptions = {}
): Promise<WritePlanResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const workbook = context.workbook;
  let syncs = 0;

  options.onProgress?.({ done: 0, total: 1, label: "Reading the workbook" });
  const existingSheets = workbook.worksheets.load("items/name");
  const existingNames = workbook.names.load("items/name,items/formula,items/comment");
  const existingTables = workbook.tables.load("items/name");
  try {
    syncs += 1;
    await context.sync();
  } catch (cause) {
    throw new PopulateError({
      code: "read-failed",
      reason: reasonOf(cause),
      sheetsLeft: [],
      rolledBack: true,
      cause,
    });
  }

  const placed = placePlan(plan, {
    sheets: existingSheets.items.map((sheet) => sheet.name),
    tables: existingTables.items.map((table) => table.name),
  });
  const renamed = placed.plan;
  const taken = [...placed.occupied.sheets];

  const warnings: string[] = [];
  const nativeWaterfall = supports("ExcelApi", "1.9");
  const api18 = supports("ExcelApi", "1.8");
  const sheets = [...renamed.sheets];
  const helper = new HelperSheetLayout(
    uniqueSheetName(taken, `${sheetPrefix(renamed)} Chart data`)
  );
  const chartSources = new Map<string, string>();
  const charts = sheets.flatMap((sheet) =>
    (sheet.charts ?? []).map((chart) => ({ sheet: sheet.name, chart }))
  );
  if (!nativeWaterfall) {
    for (const { chart } of charts)
      chartSources.set(chart.source, helper.addChart(chart).chartRange);
  }
  const listSources = new Map<PlanValidation, string>();
  for (const validation of api18 ? sheets.flatMap((sheet) => sheet.validations ?? []) : []) {
    if (validation.kind !== "list") continue;
    listSources.set(
      validation,
      listPlacement(validation.values) === "inline"
        ? validation.values.join(",")
        : `=${helper.addList(validation.values)}`
    );
  }
  const helperSheet = helper.sheet();
  if (helperSheet) sheets.push(helperSheet);

  const ops: WriteOp[] = [];
  for (const sheet of sheets) ops.push(...sheetOps(sheet, maxBytes, supports, warnings));
  // Validations after every sheet exists: a long list reads the helper sheet, added last.
  for (const sheet of sheets) ops.push(...validationOps(sheet, api18, listSources));
  for (const { sheet, chart } of charts) {
    ops.push({
      bytes: OP_OVERHEAD * 4,
      label: `Drawing ${chart.title}`,
      apply: (state) => {
        const ws = sheetOf(state, sheet);
        const source = sheetRange(chartSources.get(chart.source) ?? chart.source);
        const range = sheetOf(state, source.sheet).getRange(
          nativeWaterfall ? withoutLastRow(source.range) : source.range
        );
        const added = ws.charts.add(
          nativeWaterfall ? "Waterfall" : "ColumnStacked",
          range,
          "Columns"
        );
        added.title.text = chart.title;
        added.legend.visible = false;
        const box = boxAt(mustParseCell(chart.at), chart.heightCells, chart.widthCells);
        added.setPosition(
          cellA1({ row: box.top, column: box.left }),
          cellA1({ row: box.bottom, column: box.right })
        );
        if (!nativeWaterfall) styleBridgeSeries(added);
      },
    });
  }

  const existingByName = new Map(
    existingNames.items.map((item) => [item.name.toUpperCase(), item])
  );
  const restoreNames: { name: string; formula: string }[] = [];
  const addedNames: string[] = [];
  for (const name of renamed.names) {
    const existing = existingByName.get(name.name.toUpperCase());
    if (existing) restoreNames.push({ name: existing.name, formula: existing.formula });
    else addedNames.push(name.name);
  }
  const canRepoint = supports("ExcelApi", "1.7");
  ops.push({
    bytes: OP_OVERHEAD * renamed.names.length,
    label: "Naming the ranges",
    apply: () => {
      for (const name of renamed.names) {
        const existing = existingByName.get(name.name.toUpperCase());
        if (existing && canRepoint) {
          existing.formula = `=${name.refersTo}`;
          if (name.comment !== undefined) existing.comment = name.comment;
        } else if (existing) {
          // Before ExcelApi 1.7 a name's formula is read-only: replace the name instead.
          existing.delete();
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        } else {
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        }
      }
      const first = renamed.sheets.find((sheet) => !sheet.hidden);
      if (first) workbook.worksheets.getItem(first.name).activate();
    },
  });

  const requests = packRequests(ops, maxBytes);
  const total = requests.length + 1;
  const state: ApplyState = { workbook, sheets: new Map() };
  for (const [index, request] of requests.entries()) {
    options.onProgress?.({ done: index + 1, total, label: request[0]?.label ?? "Writing" });
    try {
      for (const op of request) op.apply(state);
      syncs += 1;
      // Each request is a separate sync by design: requests are split only to stay under the host's
      // payload limit, so this loop runs once for every drill but the largest datasets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (cause) {
      throw await rollBack(context, {
        reason: reasonOf(cause),
        cause,
        created: [...state.sheets.keys()],
        addedNames,
        restoreNames,
      });
    }
  }
  options.onProgress?.({ done: total, total, label: "Done" });

  return {
    sheets: sheets.map((sheet) => sheet.name),
    names: renamed.names.map((name) => name.name),
    syncs,
    requestBytes: requests.map((request) => request.reduce((sum, op) => sum + op.bytes, 0)),
    warnings,
  };
}

/**
 * Queues one sheet's validations (ExcelApi 1.8); a list reads the source `listSources` decided for
 * it (inline or a helper range, by the domain's `listPlacement`).
 */
function validationOps(
  sheet: PlanSheet,
  api18: boolean,
  listSources: ReadonlyMap<PlanValidation, string>
): WriteOp[] {
  const name = sheet.name;
  if (!api18) return [];
  return (sheet.validations ?? []).map((validation) => ({
    bytes: OP_OVERHEAD + byteLength(validation),
    label: `Writing ${name}`,
    apply: (state) => {
      const range = sheetOf(state, name).getRange(validation.range);
      range.dataValidation.rule =
        validation.kind === "list"
          ? { list: { inCellDropDown: true, source: listSources.get(validation) ?? "" } }
          : {
              [validation.kind]: {
                formula1: validation.min,
                formula2: validation.max,
                operator: "Between",
              },
            };
      if (validation.prompt) {
        range.dataValidation.prompt = {
          showPrompt: true,
          title: "Maison Drills",
          message: validation.prompt,
        };
      }
    },
  }));
}

/** Series 0 (Base) is invisible; 1–3 are Down, Up and Total, as the helper layout orders them. */
function styleBridgeSeries(chart: Excel.Chart): void {
  const base = chart.series.getItemAt(0);
  base.format.fill.clear();
  base.format.line.lineStyle = "None";
  chart.series.getItemAt(1).format.fill.setSolidColor(CHART_COLORS.down);
  chart.series.getItemAt(2).format.fill.setSolidColor(CHART_COLORS.up);
  chart.series.getItemAt(3).format.fill.setSolidColor(CHART_COLORS.total);
  chart.series.getItemAt(1).gapWidth = 60;
}

function withoutLastRow(address: string): string {
  const box = mustParseRange(address);
  return rangeA1({ ...box, bottom: box.bottom - 1 });
}

/** A reference the writer or the plan made: one rectangle on one sheet, or a bug. */
function sheetRange(reference: string): SheetRange {
  const split = splitSheetRef(reference);
  if (!split) throw new Error(`writePlan: "${reference}" is not one range on one sheet`);
  return split;
}

function sheetPrefix(plan: WorkbookPlan): string {
  return plan.sheets[0]?.name.split(" ")[0] ?? `D${plan.drill}`;
}

function reasonOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}
