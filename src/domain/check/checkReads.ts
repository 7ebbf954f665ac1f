import type { ModelName } from "../model/workbookModel";
import type { SheetRange } from "../sheet/sheetRef";
import { DRILL_NAME_PREFIXES } from "./checkWorkbook";

/** What the check's rules read of a workbook, so a host can read that and nothing else. */
export type CheckReads = {
  /** The rectangles the drills' names point at (every rule reads its cells through a name). */
  blocks: SheetRange[];
  /**
   * Sheets a rule scans whole: the KPI drill finds its weekly table by its header row (its columns
   * have no names), looking first on the sheet that holds its facts, so every sheet that holds a
   * KPI name is read whole. A sheet read only in part is not scanned (see `readKpiTable`).
   */
  wholeSheets: string[];
};

/**
 * The cells the check needs, from the workbook's names alone: for every name of a drill the check
 * knows (D1_…, D2_…, D3_…, KPI_…) that points at one rectangle, that rectangle; and the sheets the
 * KPI drill scans. Data sheets no name points at (10,000 order rows of `D1 Data`, an older copy of
 * a drill after a second populate) are not read at all.
 *
 * @example
 * checkReads(model.names).blocks[0] //=> { sheet: "D3 Model", range: "C5" }
 */
export function checkReads(names: ReadonlyMap<string, ModelName>): CheckReads {
  const prefixes = Object.values(DRILL_NAME_PREFIXES);
  const blocks = new Map<string, SheetRange>();
  const wholeSheets = new Set<string>();
  for (const [key, entry] of names) {
    const target = entry.target;
    if (!target || !prefixes.some((prefix) => key.toUpperCase().startsWith(prefix))) continue;
    blocks.set(`${target.sheet}!${target.range}`, target);
    if (key.toUpperCase().startsWith(DRILL_NAME_PREFIXES.kpi)) wholeSheets.add(target.sheet);
  }
  return { blocks: [...blocks.values()], wholeSheets: [...wholeSheets] };
}
