import { renamePlanSheets } from "./renamePlanSheets";
import { renamePlanTables } from "./renamePlanTables";
import { uniqueSheetName, uniqueTableName } from "./uniqueSheetName";
import type { WorkbookPlan } from "./workbookPlan";

/** What a workbook already holds, before a plan is added to it. */
export type Occupied = {
  sheets: readonly string[];
  tables: readonly string[];
};

export type PlacedPlan = {
  /** The plan with colliding sheets and tables renamed and every reference to them rewritten. */
  plan: WorkbookPlan;
  /** Old → new, only for what had to change. */
  sheetRenames: Record<string, string>;
  tableRenames: Record<string, string>;
  /** What the workbook holds once the plan is written (input plus the plan's sheets and tables). */
  occupied: Occupied;
};

/**
 * Fits a plan into a workbook that already holds some sheets and tables without overwriting any:
 * a sheet that exists gets "Name (2)", a table that exists gets "Name_2", and every formula, name,
 * link and chart of the plan follows. Both writers (Office.js and .xlsx) call it.
 *
 * @example
 * placePlan(drill1Plan, { sheets: ["D1 Data"], tables: [] }).sheetRenames
 * //=> { "D1 Data": "D1 Data (2)" }
 */
export function placePlan(plan: WorkbookPlan, occupied: Occupied): PlacedPlan {
  const sheets = [...occupied.sheets];
  const sheetRenames: Record<string, string> = {};
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheets, sheet.name);
    if (name !== sheet.name) sheetRenames[sheet.name] = name;
    sheets.push(name);
  }
  const tables = [...occupied.tables];
  const tableRenames: Record<string, string> = {};
  for (const table of plan.sheets.flatMap((sheet) => sheet.tables ?? [])) {
    const name = uniqueTableName(tables, table.name);
    if (name !== table.name) tableRenames[table.name] = name;
    tables.push(name);
  }
  const renamed = renamePlanTables(renamePlanSheets(plan, sheetRenames), tableRenames);
  return { plan: renamed, sheetRenames, tableRenames, occupied: { sheets, tables } };
}
