import { checkWorkbook } from "../../src/domain/check/checkWorkbook";
import type { CheckResult } from "../../src/domain/model/workbookModel";
import { buildDrill1CheckModel, drill1Truth } from "../fixtures/check/drill1/buildDrill1CheckModel";
import {
  buildDrill2CheckModel,
  drill2Reference,
} from "../fixtures/check/drill2/buildDrill2CheckModel";
import { buildKpiCheckModel, kpiTruth } from "../fixtures/check/kpi/buildKpiCheckModel";

/**
 * Slips a candidate makes in drills 1, 2 and the KPI drill, for seed 0: the findings carry figures
 * and wording, so a change to how a finding writes a number or a sentence shows in the golden.
 * Written only against the fixtures' stable faces (and no module issue 11 moved), so the same file
 * ran on the code before the move to take its baseline.
 */
export function slipGolden(): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const d1 = drill1Truth(0);
  const aov = d1.aov.byMethod.midpoint;
  const st = d1.st.byMethod.midpoint;
  out["slip/1/aov-mix-off"] = checkWorkbook(buildDrill1CheckModel({ D1_AOVMix: aov.mix - 150 }));
  out["slip/1/st-rate-as-percent"] = checkWorkbook(
    buildDrill1CheckModel({ D1_STRate: st.rate * 100 })
  );
  out["slip/1/swapped-effects"] = checkWorkbook(
    buildDrill1CheckModel({ D1_AOVMix: aov.rate, D1_AOVRate: aov.mix })
  );
  out["slip/1/unknown-method"] = checkWorkbook(buildDrill1CheckModel({ D1_Method: "shapley" }));
  out["slip/1/discount-moves"] = checkWorkbook(
    buildDrill1CheckModel({
      D1_Moves: ["A 20% off code for VICs.", "Icons first on the homepage.", null],
      D1_Diagnosis: null,
    })
  );
  const f = drill2Reference(0).forecast;
  out["slip/2/revenue-crash"] = checkWorkbook(
    buildDrill2CheckModel({
      D2_ForecastRevenue: f.revenue.map((v, i) =>
        i === 4 ? (f.baselineRevenue[4] ?? 0) * 0.5 : v
      ),
    })
  );
  out["slip/2/weeks-out-of-range"] = checkWorkbook(
    buildDrill2CheckModel({
      D2_Removals: [4, 8, 6, 9, 14],
      D2_Replacements: [3, 5, 8, 10, 5, 7.5, 9],
    })
  );
  out["slip/2/guardrail-as-text"] = checkWorkbook(
    buildDrill2CheckModel({ D2_MinCVRRatio: "85 %" })
  );
  const truth = kpiTruth(0);
  const off: Record<string, number> = {};
  for (const [name, value] of Object.entries(truth)) {
    if (name.startsWith("KPI_") && typeof value === "number") off[name] = value * 1.1 + 1;
  }
  out["slip/kpi/every-answer-off"] = checkWorkbook(buildKpiCheckModel(off));
  out["slip/kpi/text-and-error"] = checkWorkbook(
    buildKpiCheckModel({ KPI_GrossMargin: "65 percent", KPI_ROAS: { error: "#DIV/0!" } })
  );
  return out;
}
