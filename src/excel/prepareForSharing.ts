import type { Finding } from "../domain/model/workbookModel";
import { drillIdOf } from "../domain/plan/drillIds";
import type { WorkbookPlan } from "../domain/plan/workbookPlan";
import { luxFormulaCells } from "../domain/sharing/luxFormulaCells";
import { prepareSharing, type SpillRange } from "../domain/sharing/prepareSharing";
import type { SharingResult } from "../domain/sharing/sharingResult";
import { splitSheetRef } from "../domain/sheet/sheetRef";
import { readFormulas, readResults, readSpills } from "./readForSharing";
import { writeRangeWrites } from "./prepareForSharingWrites";
import { writePlan } from "./writePlan";
import { officeSupports, type SupportsProbe } from "./officeSupports";

export type PrepareForSharingOptions = {
  /** Requirement-set probe; defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: SupportsProbe;
  /** The clock, for the "prepared at" stamp (tests pass a fixed one). */
  now?: () => Date;
  maxRequestBytes?: number;
};

export type PrepareForSharingResult = SharingResult & {
  /** `context.sync()` calls made. */
  syncs: number;
};

/**
 * "Prepare for sharing" in the open workbook: reads every sheet's formulas in row blocks under the
 * read budget (`readFormulas`: 2 syncs, then one per budgeted group of blocks), asks Excel where
 * each `LUX.*` result spilled (ExcelApi 1.12) and reads those results (a sync each, more only for
 * hundreds of LUX formulas), adds the hidden "Kept formulas" sheet and the "Review"
 * sheet with `writePlan` (2 syncs), then writes every `LUX.*` result over its formula and spill
 * range as values and moves the Review to the first tab (1 sync). Nothing is converted before the kept formulas are safely written, so a
 * failure part-way never loses a formula. See `prepareSharing` for what is kept and how.
 *
 * Without ExcelApi 1.12 (no spill ranges to ask for) only the formula cells are converted, and a
 * warning says so.
 *
 * @example
 * const result = await Excel.run((context) => prepareForSharing(context, findings));
 * result.keptFormulas //=> 26
 */
export async function prepareForSharing(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: PrepareForSharingOptions = {}
): Promise<PrepareForSharingResult> {
  const supports = options.isSetSupported ?? officeSupports;
  const read = await readFormulas(context);
  const model = read.model;
  let syncs = read.syncs;
  const warnings: string[] = [];

  const anchors = luxFormulaCells(model);
  const spills: SpillRange[] = [];
  if (anchors.length > 0 && supports("ExcelApi", "1.12")) {
    const probed = await readSpills(context, anchors);
    syncs += probed.syncs;
    for (const { sheet, anchor, address } of probed.spills) {
      const range = address === undefined ? undefined : splitSheetRef(address)?.range;
      if (range !== undefined) spills.push({ sheet, anchor, range });
    }
  } else if (anchors.length > 0) {
    warnings.push(
      "This Excel cannot tell where a LUX result spilled (ExcelApi 1.12): only the formula cells were turned into values."
    );
  }
  // The results to keep: each LUX formula's own (the cells it spilled into hold constants, which the
  // formulas scan already gave).
  syncs += await readResults(
    context,
    model,
    anchors.map(({ sheet, address }) => ({ sheet, range: address }))
  );

  const preparedAt = (options.now?.() ?? new Date()).toISOString();
  const edits = prepareSharing(model, findings, { preparedAt }, { spills });
  const stamp = edits.stamps[0];
  const plan: WorkbookPlan = {
    drill: drillIdOf(stamp?.drill) ?? "3",
    seed: typeof stamp?.seed === "number" ? stamp.seed : 0,
    mode: "starter",
    generatorVersion: stamp?.generatorVersion ?? "",
    sheets: edits.sheets,
    names: [],
  };
  const written = await writePlan(context, plan, {
    isSetSupported: supports,
    ...(options.maxRequestBytes ? { maxRequestBytes: options.maxRequestBytes } : {}),
  });
  syncs += written.syncs;
  warnings.push(...written.warnings);

  const [keptSheet, reviewSheet] =
    edits.keptSheet === undefined ? [undefined, written.sheets[0]] : written.sheets;
  writeRangeWrites(context, edits.writes);
  // The coach's first tab: the Review.
  if (reviewSheet !== undefined) context.workbook.worksheets.getItem(reviewSheet).position = 0;
  try {
    syncs += 1;
    await context.sync();
  } catch (cause) {
    throw new Error(
      `Excel refused to turn the LUX results into values (${reasonOf(cause)}). The formulas are kept on "${keptSheet ?? edits.keptSheet}"; run Prepare for sharing again.`,
      { cause }
    );
  }

  return {
    keptFormulas: edits.kept.length,
    ...(keptSheet === undefined ? {} : { keptSheet }),
    reviewSheet: reviewSheet ?? edits.reviewSheet,
    problems: edits.problems,
    warnings,
    syncs,
  };
}

function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
