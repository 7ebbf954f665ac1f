import type {
  PlanCell,
  PlanName,
  PlanSheet,
  WorkbookPlan,
} from "../../../../src/domain/plan/workbookPlan";
import { cellA1, mustParseCell, mustParseRange } from "../../../../src/domain/sheet/a1";
import { splitSheetRef } from "../../../../src/domain/sheet/sheetRef";

/** Every cell of one plan sheet by A1 address (later blocks win, as writers apply them in order). */
export function sheetCells(sheet: PlanSheet): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    const origin = mustParseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        cells.set(cellA1({ row: origin.row + r, column: origin.column + c }), cell);
      })
    );
  }
  return cells;
}

/** Every cell of a plan by sheet and A1 address. */
export function planCells(plan: WorkbookPlan): Map<string, Map<string, PlanCell>> {
  return new Map(plan.sheets.map((sheet) => [sheet.name, sheetCells(sheet)]));
}

export type ResolvedName = {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** Addresses row by row. */
  addresses: string[][];
};

/** Resolves a plan name ("'D3 Model'!$C$10:$N$10") to its sheet and rectangle. */
export function resolveName(plan: WorkbookPlan, name: string): ResolvedName {
  const found: PlanName | undefined = plan.names.find((n) => n.name === name);
  if (!found) throw new Error(`name ${name} is missing`);
  const split = splitSheetRef(found.refersTo);
  if (!split) throw new Error(`name ${name} refers to ${found.refersTo}`);
  const { sheet } = split;
  const box = mustParseRange(split.range);
  const from = { row: box.top, column: box.left };
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const addresses = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) =>
      cellA1({ row: from.row + r, column: from.column + c })
    )
  );
  return { sheet, top: from.row, left: from.column, rows, columns, addresses };
}

/** The cells a name covers, row by row (undefined where the plan leaves a cell out). */
export function nameCells(plan: WorkbookPlan, name: string): (PlanCell | undefined)[][] {
  const target = resolveName(plan, name);
  const cells = planCells(plan).get(target.sheet);
  if (!cells) throw new Error(`name ${name} points at missing sheet ${target.sheet}`);
  return target.addresses.map((row) => row.map((address) => cells.get(address)));
}

/** Every formula of a plan. */
export function allFormulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) =>
      block.rows.flatMap((row) => row.flatMap((cell) => (cell.formula ? [cell.formula] : [])))
    )
  );
}
