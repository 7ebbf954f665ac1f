import { cellA1, parseRange } from "../sheet/a1";
import { qualify } from "../sheet/sheetRef";
import type { ModelSheet, ModelValue, WorkbookModel } from "../model/workbookModel";
import type { CellValue } from "../plan/workbookPlan";
import type { KeptCell, KeptFormula } from "./keptFormulasSheet";
import type { RangeWrite } from "./rangeWrite";
import { readKeptFormulas } from "./readKeptFormulas";

export type RestoreOptions = {
  /**
   * What to do with a kept formula whose cells no longer hold the values kept when the workbook was
   * prepared (a coach typed over them): "keep" the edit and report it (default), or "overwrite" it
   * with the formula and report that.
   */
  edited?: "keep" | "overwrite";
};

export type SkippedFormula = {
  kept: KeptFormula;
  reason: "edited" | "sheet-missing";
  /** Sheet-qualified cell the reason is about ("'D3 Model'!C45"). */
  cell: string;
  message: string;
};

export type RestorePlan = {
  /** Formula writes: the formula at the anchor, "" over the cells its result will spill into. */
  writes: RangeWrite[];
  restored: KeptFormula[];
  /** Restored although a coach had edited a cell (only with `edited: "overwrite"`). */
  overwritten: SkippedFormula[];
  /** Already holding its kept formula (restored before): nothing to write. */
  alreadyRestored: KeptFormula[];
  /** Not restored, with the reason: the edit or the missing sheet stays as it is. */
  skipped: SkippedFormula[];
};

/** Numbers read back from a host may differ in the last bits; anything closer counts as unchanged. */
const RELATIVE_TOLERANCE = 1e-12;

/**
 * Plans "Restore formulas": every `LUX.*` formula kept by "Prepare for sharing" (all kept-formulas
 * sheets; for a cell kept twice, the later sharing wins) is written back exactly as it was, with the
 * cells its result spilled into emptied so it can spill again — but only where every cell still holds
 * the value kept when the workbook was prepared. A cell a coach changed is left alone and reported
 * (`skipped`, reason "edited"), unless `edited: "overwrite"` is asked for. A cell that already holds
 * its kept formula needs nothing. The kept-formulas sheets stay, so nothing is lost either way.
 *
 * @example
 * const plan = restoreFormulas(sharedModel);
 * plan.writes[0] //=> { sheet: "D3 Model", range: "C66:N66", kind: "formulas", rows: [["=LUX.RAMP(…)", "", …]] }
 * plan.skipped[0]?.message //=> "'D3 Model'!C52 shows 25% now; it held 21.4% when … The coach's edit stays …"
 */
export function restoreFormulas(model: WorkbookModel, options: RestoreOptions = {}): RestorePlan {
  const latest = new Map<string, KeptFormula>();
  for (const kept of readKeptFormulas(model)) {
    const key = `${kept.sheet.toUpperCase()}!${kept.anchor}`;
    const earlier = latest.get(key);
    // Later sheets are later sharings; an explicit later stamp wins too.
    if (!earlier || kept.preparedAt >= earlier.preparedAt) latest.set(key, kept);
  }

  const plan: RestorePlan = {
    writes: [],
    restored: [],
    overwritten: [],
    alreadyRestored: [],
    skipped: [],
  };
  for (const kept of latest.values()) {
    const sheet = model.sheets.find((s) => s.name.toUpperCase() === kept.sheet.toUpperCase());
    const anchorRef = qualify(kept.sheet, kept.anchor);
    if (!sheet) {
      plan.skipped.push({
        kept,
        reason: "sheet-missing",
        cell: anchorRef,
        message: `${anchorRef} cannot get its formula ${kept.formula} back: the sheet "${kept.sheet}" is gone. The formula stays on the hidden sheet "${kept.keptSheet}".`,
      });
      continue;
    }
    const anchorCell = sheet.cells.get(kept.anchor);
    if (anchorCell?.formula === kept.formula) {
      plan.alreadyRestored.push(kept);
      continue;
    }
    const edit = firstEdit(sheet, kept);
    if (edit) {
      const skipped: SkippedFormula = {
        kept,
        reason: "edited",
        cell: qualify(sheet.name, edit.cell),
        message: editMessage(sheet.name, kept, edit, options.edited === "overwrite"),
      };
      if (options.edited !== "overwrite") {
        plan.skipped.push(skipped);
        continue;
      }
      plan.overwritten.push(skipped);
    }
    plan.writes.push({
      sheet: sheet.name,
      range: kept.range,
      kind: "formulas",
      rows: formulaRows(kept),
    });
    plan.restored.push(kept);
  }
  return plan;
}

type Edit = { cell: string; now: ModelValue; kept: KeptCell; formula?: string };

/** The first cell of a kept range that no longer holds its kept value, if any. */
function firstEdit(sheet: ModelSheet, kept: KeptFormula): Edit | undefined {
  for (const keptCell of kept.cells) {
    const cell = sheet.cells.get(keptCell.cell);
    if (cell?.formula !== undefined)
      return { cell: keptCell.cell, now: cell.value, kept: keptCell, formula: cell.formula };
    const now = cell?.value ?? null;
    if (!sameValue(now, keptCell.value)) return { cell: keptCell.cell, now, kept: keptCell };
  }
  return undefined;
}

function sameValue(now: ModelValue, kept: CellValue): boolean {
  const empty = (v: ModelValue) => v === null || v === "";
  if (empty(now) || kept === null || kept === "")
    return empty(now) && (kept === null || kept === "");
  if (typeof now === "object") return false;
  if (typeof now === "number" && typeof kept === "number") {
    return Math.abs(now - kept) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(kept));
  }
  return now === kept;
}

function formulaRows(kept: KeptFormula): CellValue[][] {
  const box = parseRange(kept.range);
  if (!box) return [[kept.formula]];
  const rows: CellValue[][] = [];
  for (let row = box.top; row <= box.bottom; row += 1) {
    const line: CellValue[] = [];
    for (let column = box.left; column <= box.right; column += 1) {
      line.push(cellA1({ row, column }) === kept.anchor ? kept.formula : "");
    }
    rows.push(line);
  }
  return rows;
}

function shown(value: ModelValue | CellValue): string {
  if (value === null || value === "") return "nothing";
  if (typeof value === "object") return value.error;
  if (typeof value === "string") return `"${value}"`;
  return String(value);
}

function editMessage(sheet: string, kept: KeptFormula, edit: Edit, overwrite: boolean): string {
  const where = qualify(sheet, edit.cell);
  const now = edit.formula !== undefined ? `the formula ${edit.formula}` : shown(edit.now);
  const was = shown(edit.kept.value);
  const head = `${where} holds ${now} now; it held ${was} when the workbook was prepared for sharing (${kept.preparedAt}).`;
  return overwrite
    ? `${head} Restored ${kept.formula} over it, as asked.`
    : `${head} The coach's edit stays and ${kept.formula} was not put back; it is still on the hidden sheet "${kept.keptSheet}" — restore it by hand, or use "Restore anyway".`;
}
