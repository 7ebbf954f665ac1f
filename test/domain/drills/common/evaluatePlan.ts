import type { CellValue, WorkbookPlan } from "../../../../src/domain/plan/workbookPlan";
import { unquoteSheet } from "../../../../src/domain/sheet/sheetRef";
import { cellA1, mustParseCell } from "../../../../src/domain/sheet/a1";
import { planCells, resolveName } from "./planCells";

const ERROR = { error: "#N/A" } as const;
type Value = CellValue | typeof ERROR | Value[];

/**
 * A deliberately small formula evaluator for plan tests: A1 references (same sheet or quoted
 * sheet), workbook names of one cell, + - * / ^ and comparisons, and SUM, SUMIF, SUMIFS,
 * SUMPRODUCT, IF, IFERROR, AND, OR, N, MIN, MAX, COUNTA, COUNTIF, INDEX, MATCH. Enough to recompute a
 * drill's native formulas and compare them with the domain's numbers; anything else throws.
 */
export function evaluatePlan(plan: WorkbookPlan): (sheet: string, address: string) => CellValue {
  const cells = planCells(plan);
  const memo = new Map<string, Value>();

  const value = (sheet: string, address: string): Value => {
    const key = `${sheet}!${address}`;
    if (memo.has(key)) return memo.get(key) as Value;
    if (!cells.has(sheet)) throw new Error(`no sheet ${sheet}`);
    const cell = cells.get(sheet)?.get(address);
    const result = cell?.formula ? run(sheet, cell.formula) : (cell?.value ?? null);
    memo.set(key, result);
    return result;
  };

  const range = (sheet: string, from: string, to: string): Value[] => {
    const a = mustParseCell(from);
    const b = mustParseCell(to);
    const out: Value[] = [];
    for (let r = a.row; r <= b.row; r += 1) {
      for (let c = a.column; c <= b.column; c += 1)
        out.push(value(sheet, cellA1({ row: r, column: c })));
    }
    return out;
  };

  const num = (v: unknown): number => (typeof v === "number" ? v : 0);
  const flat = (args: unknown[]): unknown[] => args.flat(Infinity as 1);
  const same = (a: unknown, b: unknown) =>
    typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
  const fns: Record<string, (...args: never[]) => unknown> = {
    SUM: (...args: unknown[]) => flat(args).reduce((acc: number, v) => acc + num(v), 0),
    SUMIF: (criteria: Value[], match: unknown, sum: Value[]) =>
      criteria.reduce((acc: number, v, i) => acc + (same(v, match) ? num(sum[i]) : 0), 0),
    SUMIFS: (sum: Value[], ...pairs: unknown[]) =>
      sum.reduce((acc: number, v, i) => {
        for (let p = 0; p < pairs.length; p += 2) {
          if (!same((pairs[p] as Value[])[i], pairs[p + 1])) return acc;
        }
        return acc + num(v);
      }, 0),
    SUMPRODUCT: (...arrays: Value[][]) => {
      const length = (arrays[0] as Value[]).length;
      if (arrays.some((a) => a.length !== length)) throw new Error("SUMPRODUCT shapes differ");
      let total = 0;
      for (let i = 0; i < length; i += 1) total += arrays.reduce((p, a) => p * num(a[i]), 1);
      return total;
    },
    IF: (test: unknown, yes: unknown, no: unknown = false) => (test ? yes : no),
    IFERROR: (v: unknown, alternative: unknown) => (v === ERROR ? alternative : v),
    AND: (...args: unknown[]) => flat(args).every(Boolean),
    OR: (...args: unknown[]) => flat(args).some(Boolean),
    N: (v: unknown) => num(v),
    MIN: (...args: unknown[]) => Math.min(...flat(args).map(num)),
    MAX: (...args: unknown[]) => Math.max(...flat(args).map(num)),
    COUNTA: (...args: unknown[]) => flat(args).filter((v) => v !== null && v !== "").length,
    COUNTIF: (criteria: Value[], match: unknown) => criteria.filter((v) => same(v, match)).length,
    MATCH: (match: unknown, within: Value[]) => {
      const i = within.findIndex((v) => same(v, match));
      return i < 0 ? ERROR : i + 1;
    },
    INDEX: (within: Value[], i: unknown) =>
      typeof i === "number" && i >= 1 && i <= within.length ? num(within[i - 1]) : ERROR,
  };

  const run = (sheet: string, formula: string): Value => {
    const strings: string[] = [];
    const ref = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
    const js = formula
      .slice(1)
      .replace(/"(?:[^"]|"")*"/g, (s) => {
        strings.push(s.slice(1, -1).replace(/""/g, '"'));
        return `__s${strings.length - 1}__`;
      })
      .replace(
        new RegExp(String.raw`('(?:[^']|'')+')!${ref}:${ref}`, "g"),
        (_m, s: string, c1, r1, c2, r2) =>
          `R2(${JSON.stringify(unquoteSheet(s))},"${c1}${r1}","${c2}${r2}")`
      )
      .replace(
        new RegExp(String.raw`('(?:[^']|'')+')!${ref}`, "g"),
        (_m, s: string, c, r) => `V2(${JSON.stringify(unquoteSheet(s))},"${c}${r}")`
      )
      .replace(new RegExp(String.raw`(?<![A-Za-z0-9_."])${ref}:${ref}`, "g"), 'R("$1$2","$3$4")')
      .replace(
        new RegExp(String.raw`(?<![A-Za-z0-9_."])${ref}(?![A-Za-z0-9_("])`, "g"),
        'V("$1$2")'
      )
      .replace(/\b(D\d_[A-Za-z0-9_]+)\b/g, 'NAME("$1")')
      .replace(/<>/g, "!=")
      .replace(/(?<![<>!=])=(?!=)/g, "==")
      .replace(/\^/g, "**")
      .replace(/&/g, "+")
      .replace(/__s(\d+)__/g, (_m, i: string) => JSON.stringify(strings[Number(i)]));
    const unknown = [...js.matchAll(/\b([A-Z][A-Z0-9.]*)\(/g)]
      .map((m) => m[1] as string)
      .filter((f) => !["V", "R", "V2", "R2", "NAME"].includes(f) && !(f in fns));
    if (unknown.length > 0) throw new Error(`cannot evaluate ${unknown.join(", ")} in ${formula}`);
    const name = (n: string): Value => {
      const target = resolveName(plan, n);
      if (target.rows !== 1 || target.columns !== 1) throw new Error(`${n} is not one cell`);
      return value(target.sheet, target.addresses[0]?.[0] as string);
    };
    const names = ["V", "R", "V2", "R2", "NAME", ...Object.keys(fns)];
    const evaluate = new Function(...names, `return (${js});`);
    return evaluate(
      (a: string) => value(sheet, a),
      (a: string, b: string) => range(sheet, a, b),
      (s: string, a: string) => value(s, a),
      (s: string, a: string, b: string) => range(s, a, b),
      name,
      ...Object.values(fns)
    ) as Value;
  };

  return (sheet, address) => {
    const v = value(sheet, address);
    if (Array.isArray(v)) throw new Error(`${sheet}!${address} is an array`);
    if (v === ERROR) return "#N/A";
    return v as CellValue;
  };
}
