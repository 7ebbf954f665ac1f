import { cellA1, mustParseCell, mustParseRange } from "../../../../src/domain/sheet/a1";
import { absoluteRef, splitSheetRef } from "../../../../src/domain/sheet/sheetRef";
import type { PlanCell, PlanSheet, WorkbookPlan } from "../../../../src/domain/plan/workbookPlan";

/** Every cell a plan fills, by sheet and A1 address (a test helper, not a writer). */
export function planCells(plan: WorkbookPlan): Map<string, Map<string, PlanCell>> {
  const known = cache.get(plan);
  if (known) return known;
  const sheets = new Map<string, Map<string, PlanCell>>();
  for (const sheet of plan.sheets) sheets.set(sheet.name, sheetCells(sheet));
  cache.set(plan, sheets);
  return sheets;
}

const cache = new WeakMap<WorkbookPlan, Map<string, Map<string, PlanCell>>>();

function sheetCells(sheet: PlanSheet): Map<string, PlanCell> {
  const cells = new Map<string, PlanCell>();
  for (const block of sheet.blocks) {
    const { column, row } = mustParseCell(block.at);
    block.rows.forEach((cellsOfRow, r) =>
      cellsOfRow.forEach((cell, c) => {
        const address = cellA1({ row: row + r, column: column + c });
        if (cells.has(address)) throw new Error(`${sheet.name}!${address} is filled twice`);
        cells.set(address, cell);
      })
    );
  }
  return cells;
}

/** The cells a name's reference covers: sheet and addresses (it must be absolute and quoted). */
export function nameCells(refersTo: string): { sheet: string; addresses: string[] } {
  const target = splitSheetRef(refersTo);
  if (!target || absoluteRef(target.sheet, target.range) !== refersTo) {
    throw new Error(`unexpected reference ${refersTo}`);
  }
  const box = mustParseRange(target.range);
  const addresses: string[] = [];
  for (let row = box.top; row <= box.bottom; row += 1) {
    for (let column = box.left; column <= box.right; column += 1) {
      addresses.push(cellA1({ row, column }));
    }
  }
  return { sheet: target.sheet, addresses };
}

/** Every formula of a plan. */
export function planFormulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) =>
      block.rows.flatMap((row) => row.flatMap((cell) => (cell.formula ? [cell.formula] : [])))
    )
  );
}
