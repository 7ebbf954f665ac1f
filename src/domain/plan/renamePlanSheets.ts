import { quoteSheet, sheetOfPrefix } from "../sheet/sheetRef";
import { tokenizeFormula } from "../sheet/tokenizeFormula";
import type { PlanCell, PlanChart, PlanName, PlanSheet, WorkbookPlan } from "./workbookPlan";

/** Old sheet name → new sheet name. Matching is case-insensitive, as in Excel. */
export type SheetRenames = Readonly<Record<string, string>>;

/**
 * Renames sheets of a plan and rewrites every sheet-qualified reference to them: in cell formulas,
 * cell links, workbook names and chart sources. String literals inside formulas are left alone, and
 * references to sheets that are not renamed keep their exact spelling. The plan is not mutated.
 *
 * Writers use it when a sheet of the plan already exists in the workbook (`D1 Data` → `D1 Data (2)`),
 * so the second copy's formulas point at its own sheets, never at the first copy's.
 *
 * @example
 * renamePlanSheets(plan, { "D1 Data": "D1 Data (2)" }).names[0].refersTo
 * //=> "'D1 Data (2)'!$C$4" (was "'D1 Data'!$C$4")
 */
export function renamePlanSheets(plan: WorkbookPlan, renames: SheetRenames): WorkbookPlan {
  const lookup = toLookup(renames);
  if (lookup.size === 0) return plan;
  const rewrite = (text: string): string => renameSheetReferences(text, lookup);
  const renameSheet = (name: string): string => lookup.get(name.toUpperCase()) ?? name;

  const sheets: PlanSheet[] = plan.sheets.map((sheet) => ({
    ...sheet,
    name: renameSheet(sheet.name),
    blocks: sheet.blocks.map((block) => ({
      ...block,
      rows: block.rows.map((row) => row.map((cell) => renameCell(cell, rewrite))),
    })),
    ...(sheet.charts
      ? {
          charts: sheet.charts.map((chart): PlanChart => ({
            ...chart,
            source: rewrite(chart.source),
          })),
        }
      : {}),
  }));
  const names: PlanName[] = plan.names.map((name) => ({
    ...name,
    refersTo: rewrite(name.refersTo),
  }));
  return { ...plan, sheets, names };
}

/**
 * Rewrites the sheet-qualified references of one formula or reference text (`'D1 Data'!$C$4`,
 * `Review!A1`, `#'D3 Model'!C10`). Text inside double-quoted string literals is never touched.
 *
 * @example
 * renameSheetReferences("=SUM('D1 Data'!C4:C9)&\"'D1 Data'!\"", { "D1 Data": "D1 Data (2)" })
 * //=> "=SUM('D1 Data (2)'!C4:C9)&\"'D1 Data'!\""
 */
export function renameSheetReferences(
  text: string,
  renames: SheetRenames | ReadonlyMap<string, string>
): string {
  const lookup = renames instanceof Map ? renames : toLookup(renames as SheetRenames);
  if (lookup.size === 0) return text;
  return tokenizeFormula(text)
    .map((token) => {
      if (!("sheet" in token) || token.sheet === "") return token.text;
      const renamed = lookup.get((sheetOfPrefix(token.sheet) ?? "").toUpperCase());
      if (renamed === undefined) return token.text;
      return `${quoteSheet(renamed)}!${token.text.slice(token.sheet.length)}`;
    })
    .join("");
}

function renameCell(cell: PlanCell, rewrite: (text: string) => string): PlanCell {
  if (cell.formula === undefined && cell.link === undefined) return cell;
  return {
    ...cell,
    ...(cell.formula !== undefined ? { formula: rewrite(cell.formula) } : {}),
    ...(cell.link !== undefined ? { link: rewrite(cell.link) } : {}),
  };
}

function toLookup(renames: SheetRenames): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const [from, to] of Object.entries(renames)) {
    if (from !== to) lookup.set(from.toUpperCase(), to);
  }
  return lookup;
}
