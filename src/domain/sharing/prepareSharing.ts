import { cellA1, parseRange } from "../sheet/a1";
import { qualify } from "../sheet/sheetRef";
import type { Finding, ModelSheet, WorkbookModel } from "../model/workbookModel";
import type { CellValue, PlanSheet } from "../plan/workbookPlan";
import { uniqueSheetName } from "../plan/uniqueSheetName";
import {
  KEPT_FORMULAS_TITLE,
  keptFormulasSheet,
  type KeptCell,
  type KeptFormula,
} from "./keptFormulasSheet";
import type { RangeWrite } from "./rangeWrite";
import { readDrillStamps, type DrillStamp } from "./readDrillStamps";
import { luxFormulaCells } from "./luxFormulaCells";
import { REVIEW_TITLE, reviewSheet, type SharingProblem } from "./reviewSheet";
import { SharingError } from "./sharingError";

/** When (and by what) a workbook is prepared; the domain never reads the clock itself. */
export type SharingStamp = {
  /** ISO 8601, e.g. "2026-11-23T11:00:00Z"; shown on the Review and kept-formulas sheets. */
  preparedAt: string;
};

/** Where a `LUX.*` formula's result spilled, as the host reports it (Office.js: getSpillingToRange). */
export type SpillRange = {
  sheet: string;
  /** The formula cell, A1 without sheet. */
  anchor: string;
  /** The whole spill, anchor included, e.g. "C66:N66". */
  range: string;
};

export type PrepareSharingOptions = {
  /**
   * Spill ranges of dynamic-array results. A formula without an entry is taken to fill its own cell
   * only, so a host that can tell spills must pass them (writing the anchor's value alone would empty
   * the cells its result spilled into).
   */
  spills?: readonly SpillRange[];
};

/** The edits that make a workbook read the same without the add-in, as plain data. */
export type SharingEdits = {
  preparedAt: string;
  /** Every `LUX.*` formula being replaced by its values, with where it is kept. */
  kept: KeptFormula[];
  /** The value writes, one per kept formula (its anchor and spill range). Apply after `sheets`. */
  writes: RangeWrite[];
  /**
   * Sheets to add: the hidden kept-formulas sheet (when anything is kept), then the Review sheet.
   * Names are free in the model ("Review (2)" after an earlier sharing); nothing existing is replaced.
   */
  sheets: PlanSheet[];
  keptSheet?: string;
  reviewSheet: string;
  /** `LUX.*` cells whose result was an error value or missing: stated on the Review, never a number. */
  problems: SharingProblem[];
  stamps: DrillStamp[];
};

/**
 * Plans "Prepare for sharing" (PRODUCT.md section 5) on a workbook model, without touching it:
 * - every cell whose formula calls `LUX.*` (any case; `_xldudf_LUX_…` as files store it) is to get
 *   its current result written as a value — the whole spill range for a spilled result;
 * - its formula is kept on a new hidden sheet "Kept formulas" (sheet, cell, formula, value when
 *   shared), so `restoreFormulas` can bring it back;
 * - a new `Review` sheet shows when it was prepared, the Drill info stamp(s), and the findings with
 *   each first cell as an internal hyperlink;
 * - a `LUX.*` cell whose result is an error value or missing gets a short explanation as text (so a
 *   dependent formula shows an error rather than a wrong number), is listed on the Review as
 *   `lux-not-computed`, and is returned in `problems`. Its formula is kept like any other.
 *
 * A second sharing never loses the first: cells already kept hold values by then and are not
 * touched again, and the new kept-formulas and Review sheets get free names ("Kept formulas (2)",
 * "Review (2)"), so every earlier sheet stays as it was. Throws `SharingError("no-saved-values")`
 * for a model whose formulas carry no saved results (nothing trustworthy to keep).
 *
 * @example
 * const edits = prepareSharing(model, findings, { preparedAt: "2026-11-23T11:00:00Z" });
 * edits.writes[0] //=> { sheet: "D3 Model", range: "C52", kind: "values", rows: [[0.214]] }
 * edits.sheets.map((s) => s.name) //=> ["Kept formulas", "Review"]
 */
export function prepareSharing(
  model: WorkbookModel,
  findings: readonly Finding[],
  stamp: SharingStamp,
  options: PrepareSharingOptions = {}
): SharingEdits {
  const preparedAt = stamp.preparedAt;
  const anchors = luxFormulaCells(model);
  if (anchors.length > 0 && !model.formulaValuesKnown) {
    throw new SharingError(
      "no-saved-values",
      "The formulas in this workbook carry no saved results, so there is no LUX.* value to keep: open it in Excel with the add-in, let it calculate, and prepare it for sharing there."
    );
  }
  const spillOf = new Map(
    (options.spills ?? []).map((spill) => [
      `${spill.sheet.toUpperCase()}!${spill.anchor.replace(/\$/g, "").toUpperCase()}`,
      spill.range.replace(/\$/g, "").toUpperCase(),
    ])
  );

  const kept: KeptFormula[] = [];
  const writes: RangeWrite[] = [];
  const problems: SharingProblem[] = [];
  const taken = new Set<string>();
  const existing = model.sheets.map((sheet) => sheet.name);
  const keptName = uniqueSheetName(existing, KEPT_FORMULAS_TITLE);
  const reviewName = uniqueSheetName(
    anchors.length > 0 ? [...existing, keptName] : existing,
    REVIEW_TITLE
  );

  for (const anchor of anchors) {
    const { address, formula } = anchor;
    const sheet = model.sheets.find((s) => s.name === anchor.sheet) as ModelSheet;
    const key = `${sheet.name.toUpperCase()}!${address}`;
    if (taken.has(key)) continue; // inside an earlier formula's spill: that formula owns it
    const range = spillRange(spillOf.get(key), address);
    const box = parseRange(range);
    if (!box)
      throw new SharingError(
        "not-a-range",
        `The spill range "${range}" of ${qualify(sheet.name, address)} is not an A1 range.`
      );
    const cells: KeptCell[] = [];
    const rows: CellValue[][] = [];
    for (let row = box.top; row <= box.bottom; row += 1) {
      const line: CellValue[] = [];
      for (let column = box.left; column <= box.right; column += 1) {
        const at = cellA1({ row, column });
        taken.add(`${sheet.name.toUpperCase()}!${at}`);
        const keptCell = keepCell(sheet, at, at === address, formula, problems);
        cells.push(keptCell);
        line.push(keptCell.value);
      }
      rows.push(line);
    }
    kept.push({
      sheet: sheet.name,
      anchor: address,
      range,
      formula,
      cells,
      preparedAt,
      keptSheet: keptName,
    });
    writes.push({ sheet: sheet.name, range, kind: "values", rows });
  }

  const stamps = readDrillStamps(model);
  const sheets: PlanSheet[] = [];
  if (kept.length > 0) sheets.push(keptFormulasSheet(keptName, kept, preparedAt));
  sheets.push(
    reviewSheet(reviewName, {
      preparedAt,
      findings,
      problems,
      stamps,
      kept: { formulas: kept.length, ...(kept.length > 0 ? { sheet: keptName } : {}) },
    })
  );
  return {
    preparedAt,
    kept,
    writes,
    sheets,
    ...(kept.length > 0 ? { keptSheet: keptName } : {}),
    reviewSheet: reviewName,
    problems,
    stamps,
  };
}

/** The spill range when it is given and starts at the anchor; the anchor alone otherwise. */
function spillRange(spill: string | undefined, anchor: string): string {
  if (spill === undefined) return anchor;
  const box = parseRange(spill);
  const start = parseRange(anchor);
  if (!box || !start || box.top !== start.top || box.left !== start.left) return anchor;
  return spill;
}

function keepCell(
  sheet: ModelSheet,
  address: string,
  isAnchor: boolean,
  formula: string,
  problems: SharingProblem[]
): KeptCell {
  const value = sheet.cells.get(address)?.value ?? null;
  const missing = isAnchor && (value === null || value === "");
  if (typeof value === "object" && value !== null) {
    return notComputed(sheet.name, address, formula, value.error, problems);
  }
  if (missing) return notComputed(sheet.name, address, formula, "no value", problems);
  if (value === null || value === "") return { cell: address, value: null, kind: "empty" };
  if (typeof value === "number") return { cell: address, value, kind: "number" };
  if (typeof value === "boolean") return { cell: address, value, kind: "boolean" };
  return { cell: address, value, kind: "text" };
}

function notComputed(
  sheet: string,
  address: string,
  formula: string,
  shownBefore: string,
  problems: SharingProblem[]
): KeptCell {
  const written = `not computed (${shownBefore}), see Review`;
  const where = qualify(sheet, address);
  problems.push({
    sheet,
    cell: address,
    formula,
    shownBefore,
    written,
    message:
      shownBefore === "no value"
        ? `${where} had no result from ${formula} when the workbook was prepared, so no number could be kept: it now says "${written}". Open it with the add-in, let it calculate, and prepare it again.`
        : `${where} showed ${shownBefore} from ${formula} when the workbook was prepared, so no number could be kept: it now says "${written}". Fix the inputs of the formula with the add-in and prepare it again.`,
  });
  return { cell: address, value: written, kind: "not-computed", shownBefore };
}
