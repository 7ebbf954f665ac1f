/**
 * The Excel double for the browser end-to-end tests. Built into its own small bundle
 * (test/e2e/webpack.e2e.config.js) and injected with `page.addInitScript` before the production pane
 * loads, it sets `window.__MAISON_DRILLS_HOST__`, the seam src/taskpane/index.tsx documents, so the
 * production bundle runs unchanged. It keeps a workbook of cells, records every populate, read and
 * selection, and can be told to fail mid-populate or mid-check. `window.__fakeHost` is its remote
 * control for the test.
 */
import { buildPlan } from "../../src/domain/drills/buildPlan";
import { computeDrill3Reference } from "../../src/domain/drills/drill3/computeDrill3Reference";
import type { ModelCell, ModelName, WorkbookModel } from "../../src/domain/model/workbookModel";
import { placePlan } from "../../src/domain/plan/placePlan";
import { cellA1, mustParseCell } from "../../src/domain/sheet/a1";
import { splitSheetRef } from "../../src/domain/sheet/sheetRef";
import { renamePlanSheets } from "../../src/domain/plan/renamePlanSheets";
import type { CellValue, PlanCell, WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import type { Finding } from "../../src/domain/model/workbookModel";
import type { RestoreResult, SharingResult } from "../../src/domain/sharing/sharingResult";
import type { PopulateResult, Progress, WorkbookHost } from "../../src/domain/workbookHost";

type Populated = {
  drill: string;
  seed: number;
  mode: string;
  sheets: string[];
  renames: Record<string, string>;
};
type Failure = "none" | "mid-populate" | "mid-check";

class RecordingHost implements WorkbookHost {
  readonly sheets = new Map<string, Map<string, ModelCell>>();
  readonly names = new Map<string, { name: string; refersTo: string }>();
  readonly tables: string[] = [];
  readonly calls: string[] = [];
  readonly populated: Populated[] = [];
  readonly selections: string[] = [];
  failNext: Failure = "none";
  /** Pause per sheet while populating, so a screenshot can catch the progress bar. */
  stepDelayMs = 150;

  constructor() {
    this.sheets.set("Sheet1", new Map());
  }

  async capabilities() {
    this.calls.push("capabilities");
    return { waterfallChart: true, excelApi: "1.17" };
  }

  async sheetNames() {
    this.calls.push("sheetNames");
    return [...this.sheets.keys()];
  }

  async populate(plan: WorkbookPlan, onProgress?: (p: Progress) => void): Promise<PopulateResult> {
    this.calls.push(`populate ${plan.drill} seed ${plan.seed} ${plan.mode}`);
    const placed = placePlan(plan, { sheets: [...this.sheets.keys()], tables: this.tables });
    const fail = this.failNext === "mid-populate";
    this.failNext = "none";
    const written: string[] = [];
    const total = placed.plan.sheets.length + 1;
    for (const [index, sheet] of placed.plan.sheets.entries()) {
      onProgress?.({ done: index, total, label: `Writing ${sheet.name}` });
      await delay(this.stepDelayMs);
      if (fail && index === 1) {
        throw Object.assign(
          new Error(
            `Excel stopped while writing the drill (GeneralException: simulated by the test double). These sheets may be incomplete — delete them and populate again: ${written.join(", ")}.`
          ),
          { sheetsLeft: [...written], rolledBack: false }
        );
      }
      const cells = new Map<string, ModelCell>();
      for (const block of sheet.blocks) {
        const origin = parseCell(block.at);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const content = toModelCell(cell);
            if (content) cells.set(address(origin.row + r, origin.column + c), content);
          })
        );
      }
      this.sheets.set(sheet.name, cells);
      this.tables.push(...(sheet.tables ?? []).map((table) => table.name));
      written.push(sheet.name);
    }
    for (const name of placed.plan.names)
      this.names.set(name.name.toUpperCase(), { name: name.name, refersTo: name.refersTo });
    onProgress?.({ done: total, total, label: "Done" });
    this.populated.push({
      drill: plan.drill,
      seed: plan.seed,
      mode: plan.mode,
      sheets: written,
      renames: placed.sheetRenames,
    });
    return { sheets: written, names: placed.plan.names.map((name) => name.name) };
  }

  async readModel(): Promise<WorkbookModel> {
    this.calls.push("readModel");
    if (this.failNext === "mid-check") {
      this.failNext = "none";
      throw new Error("GeneralException: the read failed (simulated by the test double).");
    }
    const names = new Map<string, ModelName>();
    for (const [key, { name, refersTo }] of this.names) {
      const { sheet, range } = splitReference(refersTo);
      names.set(key, {
        name,
        refersTo,
        ...(this.sheets.has(sheet) ? { target: { sheet, range } } : {}),
      });
    }
    return {
      sheets: [...this.sheets].map(([name, cells]) => ({ name, cells: new Map(cells) })),
      names,
      formulaValuesKnown: true,
    };
  }

  async prepareForSharing(findings: Finding[]): Promise<SharingResult> {
    this.calls.push(`prepareForSharing ${findings.length} findings`);
    let kept = 0;
    for (const cells of this.sheets.values()) {
      for (const [at, cell] of cells) {
        if (cell.formula?.toUpperCase().includes("LUX.")) {
          cells.set(at, { value: cell.value });
          kept += 1;
        }
      }
    }
    const reviewSheet = this.sheets.has("Review") ? "Review (2)" : "Review";
    this.sheets.set(reviewSheet, new Map([["A1", { value: "Review" }]]));
    return {
      keptFormulas: kept,
      keptSheet: "Kept formulas",
      reviewSheet,
      problems: [],
      warnings: [],
    };
  }

  async restoreFormulas(): Promise<RestoreResult> {
    this.calls.push("restoreFormulas");
    return { restored: 0, alreadyRestored: 0, overwritten: [], skipped: [] };
  }

  async select(reference: string): Promise<void> {
    this.calls.push(`select ${reference}`);
    this.selections.push(reference);
  }

  /**
   * Plays the candidate (and Excel's recalculation) for the last drill-3 populate: writes the coach's
   * reference programme into the assumption and output rows, formulas as the answer key has them,
   * and gives every named formula cell the value Excel would compute.
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
        const origin = parseCell(block.at);
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) =>
            keyCells.set(`${sheet.name}!${address(origin.row + r, origin.column + c)}`, cell)
          )
        );
      }
    }
    const reference = computeDrill3Reference(last.seed);
    const { data, assumptions: a, forecast: f } = reference;
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
    for (const [upper, { refersTo }] of this.names) {
      if (!upper.startsWith("D3_")) continue;
      const { sheet, range } = splitReference(refersTo);
      const cells = this.sheets.get(sheet);
      if (!cells) continue;
      const { top, left, height, width } = rangeBox(range);
      for (let r = 0; r < height; r += 1) {
        for (let c = 0; c < width; c += 1) {
          const at = address(top + r, left + c);
          if (candidateWrites.has(upper)) {
            const fromKey = keyCells.get(`${sheet}!${at}`);
            const content = fromKey ? toModelCell(fromKey) : undefined;
            if (content) cells.set(at, content);
            else cells.delete(at);
            written += 1;
          }
          const value = rows[upper]?.[r]?.[c];
          const cell = cells.get(at);
          if (
            value !== undefined &&
            (cell === undefined || cell.formula !== undefined || cell.value === null)
          ) {
            cells.set(at, { ...(cell?.formula ? { formula: cell.formula } : {}), value });
          }
        }
      }
    }
    this.calls.push(`fill drill 3 reference (${written} cells)`);
    return `${written} cells`;
  }

  /** Types a number over one month of a named row, as a candidate overwriting a formula would. */
  typeNumber(name: string, month: number, value: number): string {
    const entry = this.names.get(name.toUpperCase());
    if (!entry) throw new Error(`fake: no name ${name}`);
    const { sheet, range } = splitReference(entry.refersTo);
    const { top, left } = rangeBox(range);
    const at = address(top, left + month - 1);
    this.sheets.get(sheet)?.set(at, { value });
    this.calls.push(`type ${value} in '${sheet}'!${at}`);
    return `'${sheet}'!${at}`;
  }
}

function toModelCell(cell: PlanCell): ModelCell | undefined {
  if (cell.formula !== undefined) return { value: null, formula: cell.formula };
  const value: CellValue | undefined = cell.value;
  if (value === undefined || value === null || value === "") return undefined;
  return { value };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The fake keeps 0-based rows and columns, as Office.js's getCell does; the kernel is 1-based. */
function parseCell(text: string): { row: number; column: number } {
  const position = mustParseCell(text);
  return { row: position.row - 1, column: position.column - 1 };
}

function address(row: number, column: number): string {
  return cellA1({ row: row + 1, column: column + 1 });
}

function rangeBox(range: string): { top: number; left: number; height: number; width: number } {
  const [from = "", to = from] = range.split(":");
  const start = parseCell(from);
  const end = parseCell(to);
  return {
    top: start.row,
    left: start.column,
    height: end.row - start.row + 1,
    width: end.column - start.column + 1,
  };
}

function splitReference(reference: string): { sheet: string; range: string } {
  const split = splitSheetRef(reference);
  if (!split) throw new Error(`fake: bad reference ${reference}`);
  return split;
}

const host = new RecordingHost();
const globals = globalThis as Record<string, unknown>;
globals["__MAISON_DRILLS_HOST__"] = host;
globals["__fakeHost"] = host;
