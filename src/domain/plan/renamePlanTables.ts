import { tokenizeFormula } from "../sheet/tokenizeFormula";
import type { PlanCell, PlanName, WorkbookPlan } from "./workbookPlan";

/** Old table name → new table name. Matching is case-insensitive, as in Excel. */
export type TableRenames = Readonly<Record<string, string>>;

/**
 * Renames tables of a plan and rewrites every structured reference to them (`D1Orders[Revenue]`,
 * `D1Orders[#All]`) in cell formulas and workbook names. String literals are left alone; the plan is
 * not mutated.
 *
 * @example
 * renamePlanTables(plan, { D1Orders: "D1Orders_2" }).tables // every D1Orders[...] now D1Orders_2[...]
 */
export function renamePlanTables(plan: WorkbookPlan, renames: TableRenames): WorkbookPlan {
  const lookup = new Map<string, string>();
  for (const [from, to] of Object.entries(renames))
    if (from !== to) lookup.set(from.toUpperCase(), to);
  if (lookup.size === 0) return plan;
  const rewrite = (text: string): string => renameTableReferences(text, lookup);
  const renameCell = (cell: PlanCell): PlanCell =>
    cell.formula === undefined ? cell : { ...cell, formula: rewrite(cell.formula) };
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      blocks: sheet.blocks.map((block) => ({
        ...block,
        rows: block.rows.map((row) => row.map(renameCell)),
      })),
      ...(sheet.tables
        ? {
            tables: sheet.tables.map((table) => ({
              ...table,
              name: lookup.get(table.name.toUpperCase()) ?? table.name,
            })),
          }
        : {}),
    })),
    names: plan.names.map((name): PlanName => ({ ...name, refersTo: rewrite(name.refersTo) })),
  };
}

/**
 * Rewrites structured references (a table name followed by `[`) outside string literals.
 *
 * @example
 * renameTableReferences("=SUM(Orders[Revenue])", new Map([["ORDERS", "Orders_2"]]))
 * //=> "=SUM(Orders_2[Revenue])"
 */
export function renameTableReferences(text: string, lookup: ReadonlyMap<string, string>): string {
  return tokenizeFormula(text)
    .map((token) =>
      token.kind === "table" ? (lookup.get(token.text.toUpperCase()) ?? token.text) : token.text
    )
    .join("");
}
