/**
 * The Excel of the browser end-to-end tests. Built into its own small bundle
 * (test/e2e/webpack.e2e.config.js) and injected with `page.addInitScript` before the production pane
 * loads, it sets `window.__MAISON_DRILLS_HOST__`, the seam src/taskpane/index.tsx documents, to the
 * production Office adapter (`createOfficeHost`) running against the project's one strict Office.js
 * double (test/support/strictExcel.ts). So writePlan, readWorkbook, prepareForSharing and the
 * selection run in the browser against a workbook that refuses what Excel refuses.
 *
 * `window.__fakeHost` is the test's remote control. Everything it reports or changes lives in the
 * double: `sheets`, `selections` and `active` are the double's own; `failNext` arms a failing sync for
 * the next populate or check; `stepDelayMs` slows every sync; `fillDrill3Reference` and `typeNumber`
 * change the double's cells as a candidate (and Excel's recalculation) would. `calls` and `populated`
 * record what the pane asked of its host.
 */
import { buildPlan } from "../../src/domain/drills/buildPlan";
import { computeDrill3Reference } from "../../src/domain/drills/drill3/computeDrill3Reference";
import { buildDrill1CheckModel } from "../fixtures/check/drill1/buildDrill1CheckModel";
import { placePlan } from "../../src/domain/plan/placePlan";
import { renamePlanSheets } from "../../src/domain/plan/renamePlanSheets";
import type { PlanCell } from "../../src/domain/plan/workbookPlan";
import { cellA1, mustParseRange } from "../../src/domain/sheet/a1";
import { qualify, splitSheetRef } from "../../src/domain/sheet/sheetRef";
import type { WorkbookHost } from "../../src/domain/workbookHost";
import { createOfficeHost } from "../../src/excel/officeHost";
import { StrictExcel, type StrictCell, type SyncFault } from "../support/strictExcel";

type Populated = {
  drill: string;
  seed: number;
  mode: string;
  sheets: string[];
  renames: Record<string, string>;
};
/**
 * "mid-populate": Excel stops part-way through the populate's first write request and the rollback
 * that follows fails too (the connection is gone), so part-written sheets stay. "mid-populate,
 * rolled back": only the write fails; the writer's rollback removes what it started. "mid-check":
 * the check's first read fails.
 */
type Failure = "none" | "mid-populate" | "mid-populate, rolled back" | "mid-check";

/** Excel on the web today: every ExcelApi up to 1.18 (cell notes), nothing newer. */
const EXCEL_API_MINOR = 18;
const isSetSupported = (name: string, version: string): boolean => {
  const [major, minor] = version.split(".").map(Number);
  return name === "ExcelApi" && major === 1 && (minor ?? 0) <= EXCEL_API_MINOR;
};

class StrictBrowserHost {
  readonly calls: string[] = [];
  readonly populated: Populated[] = [];
  failNext: Failure = "none";
  /** Pause per sync, so a screenshot can catch the progress bar. */
  stepDelayMs = 150;
  readonly strict: StrictExcel;
  readonly host: WorkbookHost;
  /** Syncs to fail, by their number in the double's sync count. */
  private readonly faults = new Map<number, SyncFault>();

  constructor() {
    this.strict = new StrictExcel(["Sheet1"], {
      onSync: async (sync) => {
        await delay(this.stepDelayMs);
        const fault = this.faults.get(sync);
        this.faults.delete(sync);
        return fault;
      },
    });
    const strict = this.strict;
    this.host = this.recording(
      createOfficeHost((batch) => batch(strict.context), { isSetSupported })
    );
  }

  /** The double's sheets, by name, each its cells (formulas with their leading "="). */
  get sheets(): Map<string, Map<string, StrictCell>> {
    return new Map(this.strict.sheets.map((sheet) => [sheet.name, sheet.cells]));
  }

  /** Ranges the double saw selected, sheet-qualified. */
  get selections(): string[] {
    return this.strict.selections;
  }

  /** The sheet the double has active. */
  get active(): string {
    return this.strict.active;
  }

  /**
   * Arms the failure asked for, if it belongs to this run, on the run's syncs counted from now.
   * writePlan: sync 1 reads the workbook, sync 2 sends the first write request, the one after a
   * failed write is the rollback. readWorkbook: sync 1 is its first read.
   */
  private arm(run: "populate" | "check"): void {
    const next = this.strict.syncs + 1;
    const kind = this.failNext;
    if (run === "populate" && kind === "mid-populate") {
      this.faults.set(next + 1, "fail-part-way");
      this.faults.set(next + 2, "fail");
    } else if (run === "populate" && kind === "mid-populate, rolled back") {
      this.faults.set(next + 1, "fail-part-way");
    } else if (run === "check" && kind === "mid-check") {
      this.faults.set(next, "fail");
    } else return;
    this.failNext = "none";
  }

  /** Clears what an armed failure did not reach, so it cannot strike a later run. */
  private disarm(): void {
    this.faults.clear();
  }

  /** The production host, with each call the pane makes recorded and failures armed for it. */
  private recording(host: WorkbookHost): WorkbookHost {
    const record = async <T>(call: string, run: () => Promise<T>): Promise<T> => {
      this.calls.push(call);
      try {
        return await run();
      } finally {
        this.disarm();
      }
    };
    const prepareForSharing = host.prepareForSharing?.bind(host);
    const restoreFormulas = host.restoreFormulas?.bind(host);
    return {
      capabilities: () => record("capabilities", () => host.capabilities()),
      sheetNames: () => record("sheetNames", () => host.sheetNames()),
      populate: (plan, onProgress) =>
        record(`populate ${plan.drill} seed ${plan.seed} ${plan.mode}`, async () => {
          // Where the writer will put the plan's sheets, worked out as it does, before it writes.
          const { sheetRenames } = placePlan(plan, {
            sheets: this.strict.sheets.map((sheet) => sheet.name),
            tables: this.strict.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
          });
          this.arm("populate");
          const result = await host.populate(plan, onProgress);
          this.populated.push({
            drill: plan.drill,
            seed: plan.seed,
            mode: plan.mode,
            sheets: result.sheets,
            renames: sheetRenames,
          });
          return result;
        }),
      readModel: () =>
        record("readModel", () => {
          this.arm("check");
          return host.readModel();
        }),
      ...(prepareForSharing && {
        prepareForSharing: (findings) =>
          record(`prepareForSharing ${findings.length} findings`, () =>
            prepareForSharing(findings)
          ),
      }),
      ...(restoreFormulas && {
        restoreFormulas: (options) => record("restoreFormulas", () => restoreFormulas(options)),
      }),
      select: (reference) => record(`select ${reference}`, () => host.select(reference)),
    };
  }

  /**
   * Plays the candidate (and Excel's recalculation) for the last drill-3 populate, in the double's
   * cells: writes the coach's reference programme into the assumption and output rows, formulas as
   * the answer key has them, and gives every named cell the value Excel would compute.
   */
  fillDrill3Reference(): string {
    const last = [...this.populated].reverse().find((entry) => entry.drill === "3");
    if (!last) throw new Error("fake: populate drill 3 first");
    const key = renamePlanSheets(
      buildPlan("3", { seed: last.seed, mode: "answer-key", target: "addin" }),
      last.renames
    );
    const keyCells = new Map<string, PlanCell>();
    for (const sheet of key.sheets) {
      for (const block of sheet.blocks) {
        const origin = mustParseRange(block.at);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) =>
            keyCells.set(
              `${sheet.name}!${cellA1({ row: origin.top + r, column: origin.left + c })}`,
              cell
            )
          )
        );
      }
    }
    const { data, assumptions: a, forecast: f } = computeDrill3Reference(last.seed);
    const rows: Record<string, number[][]> = {
      D3_SAS: [[data.sas]],
      D3_DOS: [[data.dos]],
      D3_TOPCLIENTS: [[data.topClients]],
      D3_BASELINESHARE: [[data.baselineShare]],
      D3_TARGETSHARE: [[data.targetShare]],
      D3_BASELINETCREVENUE: [data.baselineTCRevenue],
      D3_DOSLIVE: [a.dosLive],
      D3_ACTIVESARATE: [a.activeSARate],
      D3_CARTSPERSAWEEK: [a.cartsPerSAWeek],
      D3_CARTCONVERSION: [a.cartConversion],
      D3_CARTVALUE: [a.cartValue],
      D3_SALONSESSIONS: [a.salonSessions],
      D3_SALONCONVERSION: [a.salonConversion],
      D3_SALONTICKET: [a.salonTicket],
      D3_ATTRIBUTIONLIVE: [a.attributionLive],
      D3_CLICKTODOSLIVE: [a.clickToDOSLive],
      D3_ORGANICDRIFT: [a.organicDrift],
      D3_LEVERCART: [f.leverCart],
      D3_LEVERSALON: [f.leverSalon],
      D3_LEVERORGANIC: [f.leverOrganic],
      D3_OTHERLEVERS: f.otherLevers,
      D3_TCDIGITALREVENUE: [f.tcDigitalRevenue],
      D3_TCTOTALREVENUE: [f.tcTotalRevenue],
      D3_TCDIGITALSHARE: [f.tcDigitalShare],
    };
    const candidateWrites = new Set([
      "D3_DOSLIVE",
      "D3_ACTIVESARATE",
      "D3_CARTSPERSAWEEK",
      "D3_CARTCONVERSION",
      "D3_CARTVALUE",
      "D3_SALONSESSIONS",
      "D3_SALONCONVERSION",
      "D3_SALONTICKET",
      "D3_ATTRIBUTIONLIVE",
      "D3_CLICKTODOSLIVE",
      "D3_ORGANICDRIFT",
      "D3_OTHERLEVERLABELS",
      "D3_LEVERCART",
      "D3_LEVERSALON",
      "D3_LEVERORGANIC",
      "D3_OTHERLEVERS",
      "D3_TCDIGITALREVENUE",
      "D3_TCTOTALREVENUE",
      "D3_TCDIGITALSHARE",
    ]);
    let written = 0;
    for (const entry of this.strict.names) {
      const upper = entry.name.toUpperCase();
      if (!upper.startsWith("D3_")) continue;
      const target = nameTarget(entry.formula);
      const sheet = target && this.strict.findSheet(target.sheet);
      if (!target || !sheet) continue;
      const box = mustParseRange(target.range);
      for (let r = 0; r <= box.bottom - box.top; r += 1) {
        for (let c = 0; c <= box.right - box.left; c += 1) {
          const at = cellA1({ row: box.top + r, column: box.left + c });
          const format = sheet.cells.get(at)?.numberFormat;
          if (candidateWrites.has(upper)) {
            const typed = typedContent(keyCells.get(`${sheet.name}!${at}`));
            const next: StrictCell = {
              ...typed,
              ...(format === undefined ? {} : { numberFormat: format }),
            };
            if (Object.keys(next).length > 0) sheet.cells.set(at, next);
            else sheet.cells.delete(at);
            written += 1;
          }
          const value = rows[upper]?.[r]?.[c];
          const cell = sheet.cells.get(at);
          if (
            value !== undefined &&
            (cell === undefined || cell.formula !== undefined || (cell.value ?? "") === "")
          ) {
            sheet.cells.set(at, { ...cell, value });
          }
        }
      }
    }
    this.calls.push(`fill drill 3 reference (${written} cells)`);
    return `${written} cells`;
  }

  /**
   * Fills the last drill-1 workbook populated with the answer key's results, name by name (values
   * only, as Excel would show them after recalculating), so the check judges a complete drill.
   */
  fillDrill1Key(): string {
    const last = [...this.populated].reverse().find((entry) => entry.drill === "1");
    if (!last) throw new Error("fake: populate drill 1 first");
    const key = buildDrill1CheckModel({}, { seed: last.seed });
    let written = 0;
    for (const entry of this.strict.names) {
      const upper = entry.name.toUpperCase();
      if (!upper.startsWith("D1_")) continue;
      const from = key.names.get(upper)?.target;
      const target = nameTarget(entry.formula);
      const sheet = target && this.strict.findSheet(target.sheet);
      const source = from && key.sheets.find((s) => s.name === from.sheet);
      if (!target || !sheet || !from || !source) continue;
      const box = mustParseRange(target.range);
      const origin = mustParseRange(from.range);
      for (let r = 0; r <= box.bottom - box.top; r += 1) {
        for (let c = 0; c <= box.right - box.left; c += 1) {
          const value = source.cells.get(
            cellA1({ row: origin.top + r, column: origin.left + c })
          )?.value;
          if (value === undefined || value === null) continue;
          const at = cellA1({ row: box.top + r, column: box.left + c });
          sheet.cells.set(at, { ...sheet.cells.get(at), value });
          written += 1;
        }
      }
    }
    this.calls.push(`fill drill 1 key (${written} cells)`);
    return `${written} cells`;
  }

  /** The sheet and rectangle a workbook name points at, or a plain error. */
  private namedBox(name: string) {
    const entry = this.strict.findName(name);
    if (!entry) throw new Error(`fake: no name ${name}`);
    const target = nameTarget(entry.formula);
    const sheet = target && this.strict.findSheet(target.sheet);
    if (!target || !sheet) throw new Error(`fake: ${name} points at no sheet`);
    return { sheet, box: mustParseRange(target.range) };
  }

  /** Types a text into the first cell of a name, as a candidate would. */
  typeText(name: string, text: string): string {
    const { sheet, box } = this.namedBox(name);
    const at = cellA1({ row: box.top, column: box.left });
    sheet.cells.set(at, { value: text });
    const reference = qualify(sheet.name, at);
    this.calls.push(`type text in ${reference}`);
    return reference;
  }

  /** Types a number over one month of a named row, as a candidate overwriting a formula would. */
  typeNumber(name: string, month: number, value: number): string {
    const { sheet, box } = this.namedBox(name);
    const at = cellA1({ row: box.top, column: box.left + month - 1 });
    const format = sheet.cells.get(at)?.numberFormat;
    sheet.cells.set(at, { value, ...(format === undefined ? {} : { numberFormat: format }) });
    const reference = qualify(sheet.name, at);
    this.calls.push(`type ${value} in ${reference}`);
    return reference;
  }
}

/** What a candidate typing the answer key's cell leaves in it: its formula, or its value. */
function typedContent(cell: PlanCell | undefined): StrictCell {
  if (cell?.formula !== undefined) return { formula: cell.formula };
  const value = cell?.value;
  if (value === undefined || value === null || value === "") return {};
  return { value };
}

/** The sheet and rectangle a name's formula ("='D3 Model'!$C$10:$N$10") refers to. */
function nameTarget(formula: string): { sheet: string; range: string } | undefined {
  const split = splitSheetRef(formula.replace(/^=/, ""));
  return split && { sheet: split.sheet, range: split.range.replace(/\$/g, "") };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const fake = new StrictBrowserHost();
const globals = globalThis as Record<string, unknown>;
globals["__MAISON_DRILLS_HOST__"] = fake.host;
globals["__fakeHost"] = fake;
