import {
  restoreFormulas as planRestore,
  type RestoreOptions,
} from "../domain/sharing/restoreFormulas";
import type { RestoreResult } from "../domain/sharing/sharingResult";
import { writeRangeWrites } from "./prepareForSharingWrites";
import { readKeptFormulas } from "../domain/sharing/readKeptFormulas";
import { readFormulas, readResults } from "./readForSharing";

export type RestoreFormulasResult = RestoreResult & {
  /** `context.sync()` calls made. */
  syncs: number;
};

/**
 * "Restore formulas" in the open workbook: reads every sheet's formulas in budgeted row blocks
 * (`readFormulas`; the results of kept cells that hold a formula again in one more), plans the restore with the domain's
 * `restoreFormulas` (every kept `LUX.*` formula whose cells still hold the values kept when the
 * workbook was prepared; a coach's edit is kept and reported unless `edited: "overwrite"`), and
 * writes the formulas back, emptying the cells they will spill into (1 sync, none when there is
 * nothing to restore). The kept-formulas and Review sheets stay.
 *
 * @example
 * const result = await Excel.run((context) => restoreFormulas(context));
 * result.restored //=> 26; result.skipped[0]?.message //=> "'D3 Model'!C52 holds 0.35 now; …"
 */
export async function restoreFormulas(
  context: Excel.RequestContext,
  options: RestoreOptions = {}
): Promise<RestoreFormulasResult> {
  const read = await readFormulas(context);
  const model = read.model;
  let syncs = read.syncs;
  // A kept cell that holds a formula again shows its result in the "edited" message: read those.
  const withFormulas = readKeptFormulas(model).filter((kept) =>
    kept.cells.some((cell) => {
      const sheet = model.sheets.find((s) => s.name.toUpperCase() === kept.sheet.toUpperCase());
      return sheet?.cells.get(cell.cell)?.formula !== undefined;
    })
  );
  syncs += await readResults(
    context,
    model,
    withFormulas.flatMap((kept) => {
      const sheet = model.sheets.find((s) => s.name.toUpperCase() === kept.sheet.toUpperCase());
      return sheet ? [{ sheet: sheet.name, range: kept.range }] : [];
    })
  );
  const plan = planRestore(model, options);
  if (plan.writes.length > 0) {
    writeRangeWrites(context, plan.writes);
    syncs += 1;
    await context.sync();
  }
  const note = ({ reason, cell, message }: RestoreResult["skipped"][number]) => ({
    reason,
    cell,
    message,
  });
  return {
    restored: plan.restored.length,
    alreadyRestored: plan.alreadyRestored.length,
    overwritten: plan.overwritten.map(note),
    skipped: plan.skipped.map(note),
    syncs,
  };
}
