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
    const { column, row } = parse(block.at);
    block.rows.forEach((cellsOfRow, r) =>
      cellsOfRow.forEach((cell, c) => {
        const address = `${letters(column + c)}${row + r}`;
        if (cells.has(address)) throw new Error(`${sheet.name}!${address} is filled twice`);
        cells.set(address, cell);
      })
    );
  }
  return cells;
}

/** The cells a name's reference covers: sheet and addresses. */
export function nameCells(refersTo: string): { sheet: string; addresses: string[] } {
  const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(refersTo);
  if (!match) throw new Error(`unexpected reference ${refersTo}`);
  const sheet = (match[1] as string).replace(/''/g, "'");
  const from = parse(`${match[2]}${match[3]}`);
  const to = match[4] ? parse(`${match[4]}${match[5]}`) : from;
  const addresses: string[] = [];
  for (let row = from.row; row <= to.row; row += 1) {
    for (let column = from.column; column <= to.column; column += 1) {
      addresses.push(`${letters(column)}${row}`);
    }
  }
  return { sheet, addresses };
}

/** Every formula of a plan. */
export function planFormulas(plan: WorkbookPlan): string[] {
  return plan.sheets.flatMap((sheet) =>
    sheet.blocks.flatMap((block) =>
      block.rows.flatMap((row) => row.flatMap((cell) => (cell.formula ? [cell.formula] : [])))
    )
  );
}

function parse(address: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`unexpected address ${address}`);
  let column = 0;
  for (const ch of match[1] as string) column = column * 26 + ch.charCodeAt(0) - 64;
  return { column, row: Number(match[2]) };
}

function letters(column: number): string {
  let rest = column;
  let out = "";
  while (rest > 0) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}
