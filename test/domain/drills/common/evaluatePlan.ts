import type { CellValue, WorkbookPlan } from "../../../../src/domain/plan/workbookPlan";
import { cellAddress, parseCell } from "../../../../src/domain/drills/common/a1Address";
import { planCells, resolveName } from "./planCells";

/**
 * A deliberately small formula evaluator for plan tests: same-sheet A1 references, workbook names
 * of one cell, + - * / ^, comparisons, and SUM, IF, N, COUNTA, ROWS. Enough to recompute a drill's
 * native formulas and compare them with the domain's own numbers; anything else throws.
 */
export function evaluatePlan(plan: WorkbookPlan): (sheet: string, address: string) => CellValue {
  const cells = planCells(plan);
  const memo = new Map<string, CellValue>();

  const value = (sheet: string, address: string): CellValue => {
    const key = `${sheet}!${address}`;
    if (memo.has(key)) return memo.get(key) as CellValue;
    const cell = cells.get(sheet)?.get(address);
    const result = cell?.formula ? run(sheet, cell.formula) : (cell?.value ?? null);
    memo.set(key, result);
    return result;
  };

  const range = (sheet: string, from: string, to: string): CellValue[] => {
    const a = parseCell(from);
    const b = parseCell(to);
    const out: CellValue[] = [];
    for (let r = a.row; r <= b.row; r += 1) {
      for (let c = a.column; c <= b.column; c += 1) out.push(value(sheet, cellAddress(c, r)));
    }
    return out;
  };

  const num = (v: unknown): number => (typeof v === "number" ? v : 0);
  const fns = {
    SUM: (...args: unknown[]) =>
      args.flat().reduce((acc: number, v) => acc + (typeof v === "number" ? v : 0), 0),
    IF: (test: unknown, yes: unknown, no: unknown) => (test ? yes : no),
    N: (v: unknown) => num(v),
    COUNTA: (...args: unknown[]) => args.flat().filter((v) => v !== null && v !== "").length,
  };

  const run = (sheet: string, formula: string): CellValue => {
    const js = formula
      .slice(1)
      .replace(/"(?:[^"]|"")*"/g, (s) => JSON.stringify(s.slice(1, -1).replace(/""/g, '"')))
      .replace(/\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g, 'R("$1$2","$3$4")')
      .replace(/(?<![A-Za-z0-9_."])\$?([A-Z]{1,3})\$?(\d+)(?![A-Za-z0-9_("])/g, 'V("$1$2")')
      .replace(/\b(D\d_[A-Za-z0-9_]+)\b/g, 'NAME("$1")')
      .replace(/<>/g, "!=")
      .replace(/(?<![<>!=])=(?!=)/g, "==")
      .replace(/\^/g, "**");
    if (/[A-Z]{2,}\./.test(js)) throw new Error(`cannot evaluate ${formula}`);
    const name = (n: string): CellValue => {
      const target = resolveName(plan, n);
      if (target.rows !== 1 || target.columns !== 1) throw new Error(`${n} is not one cell`);
      return value(target.sheet, target.addresses[0]?.[0] as string);
    };
    const evaluate = new Function("V", "R", "NAME", "SUM", "IF", "N", "COUNTA", `return (${js});`);
    return evaluate(
      (a: string) => value(sheet, a),
      (a: string, b: string) => range(sheet, a, b),
      name,
      fns.SUM,
      fns.IF,
      fns.N,
      fns.COUNTA
    ) as CellValue;
  };

  return value;
}
