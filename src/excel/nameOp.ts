import type { WorkbookPlan } from "../domain/plan/workbookPlan";
import type { Undo } from "./rollBack";
import { OP_OVERHEAD, type WriteOp } from "./writeOp";

/** The op that names the ranges, and how to undo it if a later request fails. */
export type Naming = { op: WriteOp; undo: Pick<Undo, "addedNames" | "restoreNames"> };

/**
 * Queues the plan's names, last, then activates the first visible plan sheet. A name that already
 * exists (any case) is re-pointed at the new copy; before ExcelApi 1.7 a name's formula is
 * read-only, so it is replaced instead.
 */
export function nameOp(
  plan: WorkbookPlan,
  existingNames: readonly Excel.NamedItem[],
  canRepoint: boolean
): Naming {
  const existingByName = new Map(existingNames.map((item) => [item.name.toUpperCase(), item]));
  const restoreNames: { name: string; formula: string }[] = [];
  const addedNames: string[] = [];
  for (const name of plan.names) {
    const existing = existingByName.get(name.name.toUpperCase());
    if (existing) restoreNames.push({ name: existing.name, formula: existing.formula });
    else addedNames.push(name.name);
  }
  const op: WriteOp = {
    bytes: OP_OVERHEAD * plan.names.length,
    label: "Naming the ranges",
    apply: ({ workbook }) => {
      for (const name of plan.names) {
        const existing = existingByName.get(name.name.toUpperCase());
        if (existing && canRepoint) {
          existing.formula = `=${name.refersTo}`;
          if (name.comment !== undefined) existing.comment = name.comment;
        } else if (existing) {
          existing.delete();
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        } else {
          workbook.names.add(name.name, `=${name.refersTo}`, name.comment);
        }
      }
      const first = plan.sheets.find((sheet) => !sheet.hidden);
      if (first) workbook.worksheets.getItem(first.name).activate();
    },
  };
  return { op, undo: { addedNames, restoreNames } };
}
