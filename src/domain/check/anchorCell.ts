import type { WorkbookModel } from "../model/workbookModel";
import { qualify } from "../sheet/sheetRef";
import { resolveNameTarget } from "./resolveNameTarget";

/**
 * The cell a finding points at when its name no longer points anywhere: A1 of the sheet that holds
 * most of the drill's names (or, failing that, the first sheet named after the drill, or the first
 * sheet). Selecting it takes the candidate to the right sheet.
 *
 * @example
 * anchorCell(model, "D3_") //=> "'D3 Model'!A1"
 */
export function anchorCell(model: WorkbookModel, prefix: string): string {
  const sheetNames = model.sheets.map((s) => s.name);
  const counts = new Map<string, number>();
  for (const [key, entry] of model.names) {
    if (!key.startsWith(prefix.toUpperCase())) continue;
    const target = resolveNameTarget(entry.refersTo, sheetNames) ?? entry.target;
    if (target && sheetNames.includes(target.sheet)) {
      counts.set(target.sheet, (counts.get(target.sheet) ?? 0) + 1);
    }
  }
  const busiest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const drillPrefix = prefix.replace(/_$/, "").toUpperCase();
  const named = sheetNames.find((n) => n.toUpperCase().startsWith(drillPrefix));
  const sheet = busiest ?? named ?? sheetNames[0] ?? "Sheet1";
  return qualify(sheet, "A1");
}
