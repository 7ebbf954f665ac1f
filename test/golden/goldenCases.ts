import { createHash } from "node:crypto";
import { checkWorkbook } from "../../src/domain/check/checkWorkbook";
import { buildPlan, DRILL_IDS } from "../../src/domain/drills/buildPlan";
import type { CheckResult, WorkbookModel } from "../../src/domain/model/workbookModel";
import type { PlanCell, PlanSheet, WorkbookPlan } from "../../src/domain/plan/workbookPlan";
import { createRandom } from "../../src/domain/random/createRandom";
import { buildDrill1CheckModel } from "../fixtures/check/drill1/buildDrill1CheckModel";
import { buildDrill2CheckModel } from "../fixtures/check/drill2/buildDrill2CheckModel";
import { drill3AnswerKeyModel } from "../fixtures/check/drill3AnswerKeyModel";
import { DRILL3_FIXTURES } from "../fixtures/check/drill3Fixtures";
import { buildKpiCheckModel } from "../fixtures/check/kpi/buildKpiCheckModel";
import { planToModel } from "../fixtures/check/planToModel";
import { sheetCells } from "../domain/drills/common/planCells";
import { slipGolden } from "./slipCases";

/**
 * What the golden comparison records: every drill's plan (per host target and mode) and the check's
 * findings on known workbooks, for seed 0 and twenty seeds drawn once from a fixed stream. A move
 * that changes none of these changes no behaviour; a deliberate change regenerates the golden in
 * the same commit (`npm run golden`) and names itself in `allowlist.ts`.
 */

/** Seed 0 and twenty variants, drawn once from a fixed stream so the golden is reproducible. */
export const GOLDEN_SEEDS: readonly number[] = (() => {
  const random = createRandom(20261206);
  const seeds = new Set<number>();
  while (seeds.size < 20) seeds.add(random.int(1, 1_000_000));
  return [0, ...seeds];
})();

const TARGETS = ["addin", "file"] as const;
const MODES = ["blank", "starter", "answer-key"] as const;

/** A sheet with more cells than this is recorded by count and digest (drill 1's order rows). */
const FULL_CELL_LIMIT = 2000;

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** A sheet's cells as the golden records them: empty cells left out. */
function filledCells(sheet: PlanSheet): Record<string, PlanCell> {
  return Object.fromEntries(
    [...sheetCells(sheet)].filter(([, cell]) => Object.keys(cell).length > 0)
  );
}

/**
 * A plan as the golden records it: the cells each sheet ends up with (how a builder splits them into
 * blocks is its own business), every other sheet property, the names.
 */
export function planSnapshot(plan: WorkbookPlan, full: boolean): unknown {
  return {
    drill: plan.drill,
    seed: plan.seed,
    mode: plan.mode,
    generatorVersion: plan.generatorVersion,
    sheets: plan.sheets.map((sheet) => {
      const { blocks, ...rest } = sheet;
      const cellCount = blocks.reduce((n, b) => n + b.rows.reduce((m, r) => m + r.length, 0), 0);
      if (cellCount > FULL_CELL_LIMIT) {
        // A data sheet: its blocks are digested as they stand (fast; data sheets are not re-split).
        return { ...rest, cells: { blocks: blocks.length, cellCount, digest: digest(blocks) } };
      }
      const cells = filledCells(sheet);
      const sorted = Object.fromEntries(
        Object.keys(cells)
          .sort()
          .map((k) => [k, cells[k]])
      );
      return { ...rest, cells: full ? cells : digest(sorted) };
    }),
    names: full ? plan.names : digest(plan.names),
  };
}

/** Every plan, keyed "drill/target/mode/seed". Seed 0 in full, the variants as digests. */
export function planGolden(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const seed of GOLDEN_SEEDS) {
    for (const drill of DRILL_IDS) {
      for (const target of TARGETS) {
        for (const mode of MODES) {
          const plan = buildPlan(drill, { seed, mode, target });
          out[`${drill}/${target}/${mode}/${seed}`] = planSnapshot(plan, seed === 0);
        }
      }
    }
  }
  return out;
}

function result(model: WorkbookModel): CheckResult {
  return checkWorkbook(model);
}

/**
 * The check's verdicts, keyed by case: each drill's blank template as a candidate receives it, each
 * drill's answer key with its computed values, for every golden seed; and for seed 0 every drill-3
 * fixture (one slip per code) and the slips of `slipCases.ts` for drills 1, 2 and KPI.
 */
export function findingsGolden(): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  for (const seed of GOLDEN_SEEDS) {
    for (const drill of DRILL_IDS) {
      const blank = buildPlan(drill, { seed, mode: "blank", target: "file" });
      out[`blank/${drill}/${seed}`] = result(planToModel(blank, () => null));
    }
    out[`key/1/${seed}`] = result(buildDrill1CheckModel({}, { seed }));
    out[`key/2/${seed}`] = result(buildDrill2CheckModel({}, seed));
    out[`key/3/${seed}`] = result(drill3AnswerKeyModel(seed));
    out[`key/kpi/${seed}`] = result(buildKpiCheckModel({}, seed));
  }
  out["key/1-three-way/0"] = result(buildDrill1CheckModel({}, { seed: 0, method: "three-way" }));
  Object.assign(out, slipGolden());
  for (const fixture of DRILL3_FIXTURES) {
    out[`fixture/3/${fixture.code}/${fixture.title}`] = result(fixture.model());
  }
  return out;
}
