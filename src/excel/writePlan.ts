import { placePlan } from "../domain/plan/placePlan";
import type { WorkbookPlan } from "../domain/plan/workbookPlan";
import type { PopulateResult, Progress } from "../domain/workbookHost";
import { chartOp } from "./chartOp";
import { nameOp, type Naming } from "./nameOp";
import { officeSupports, type SupportsProbe } from "./officeSupports";
import { placeHelperSheet, type HelperPlacement } from "./placeHelperSheet";
import { PopulateError } from "./populateError";
import { packRequests } from "./requestPacking";
import { rollBack } from "./rollBack";
import { sheetOps } from "./sheetOps";
import { validationOps } from "./validationOps";
import type { ApplyState, WriteOp } from "./writeOp";

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
 * newest copy (so after a second populate, `D3_SAs` and friends refer to "D3 Model (2)").
 * Native waterfall charts need ExcelApi 1.9; elsewhere a stacked-column bridge reads helper rows on a
 * hidden "… Chart data" sheet, laid out by the domain's `HelperSheetLayout` exactly as the .xlsx
 * writer lays them out; a list validation too long to write inline reads a helper column there too.
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

  options.onProgress?.({ done: 0, total: 1, label: "Reading the workbook" });
  const existing = await readExisting(context);
  const placed = placePlan(plan, {
    sheets: existing.sheets.items.map((sheet) => sheet.name),
    tables: existing.tables.items.map((table) => table.name),
  });
  const renamed = placed.plan;
  const nativeWaterfall = supports("ExcelApi", "1.9");
  const api18 = supports("ExcelApi", "1.8");
  const helpers = placeHelperSheet(renamed, [...placed.occupied.sheets], {
    nativeWaterfall,
    api18,
  });

  const warnings: string[] = [];
  const ops = queueWrites(helpers, { maxBytes, supports, warnings, nativeWaterfall, api18 });
  const naming = nameOp(renamed, existing.names.items, supports("ExcelApi", "1.7"));
  const requests = packRequests([...ops, naming.op], maxBytes);
  await sendRequests(context, requests, naming.undo, options.onProgress);

  return {
    sheets: helpers.sheets.map((sheet) => sheet.name),
    names: renamed.names.map((name) => name.name),
    syncs: 1 + requests.length,
    requestBytes: requests.map((request) => request.reduce((sum, op) => sum + op.bytes, 0)),
    warnings,
  };
}

/** The one read request: the names of the sheets and tables to avoid, and the names to re-point. */
async function readExisting(context: Excel.RequestContext): Promise<{
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
  tables: Excel.TableCollection;
}> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name,items/formula,items/comment");
  const tables = workbook.tables.load("items/name");
  try {
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
  return { sheets, names, tables };
}

/**
 * Every write but the names, in the order the workbook needs them: each sheet's contents, then the
 * validations (once every sheet exists: a long list reads the helper sheet, added last), then charts.
 */
function queueWrites(
  helpers: HelperPlacement,
  host: {
    maxBytes: number;
    supports: SupportsProbe;
    warnings: string[];
    nativeWaterfall: boolean;
    api18: boolean;
  }
): WriteOp[] {
  const { sheets, charts, chartSources, listSources } = helpers;
  return [
    ...sheets.flatMap((sheet) => sheetOps(sheet, host.maxBytes, host.supports, host.warnings)),
    ...sheets.flatMap((sheet) => validationOps(sheet, host.api18, listSources)),
    ...charts.map(({ sheet, chart }) =>
      chartOp(sheet, chart, chartSources.get(chart.source) ?? chart.source, host.nativeWaterfall)
    ),
  ];
}

/**
 * Applies each packed request and syncs it, reporting progress before each; a failed request rolls
 * back what this populate started (the sheets it added, the names it touched).
 */
async function sendRequests(
  context: Excel.RequestContext,
  requests: WriteOp[][],
  undo: Naming["undo"],
  onProgress: WritePlanOptions["onProgress"]
): Promise<void> {
  const total = requests.length + 1;
  const state: ApplyState = { workbook: context.workbook, sheets: new Map() };
  for (const [index, request] of requests.entries()) {
    onProgress?.({ done: index + 1, total, label: request[0]?.label ?? "Writing" });
    try {
      for (const op of request) op.apply(state);
      // Each request is a separate sync by design: requests are split only to stay under the host's
      // payload limit, so this loop runs once for every drill but the largest datasets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (cause) {
      throw await rollBack(context, {
        reason: reasonOf(cause),
        cause,
        created: [...state.sheets.keys()],
        ...undo,
      });
    }
  }
  onProgress?.({ done: total, total, label: "Done" });
}

function reasonOf(cause: unknown): string {
  if (cause instanceof Error) return cause.message;
  return String(cause);
}
