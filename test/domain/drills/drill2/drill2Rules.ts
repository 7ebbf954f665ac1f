import { drill2Levers } from "../../../../src/domain/drills/drill2/drill2Levers";
import type {
  Drill2Choices,
  Drill2Forecast,
} from "../../../../src/domain/drills/drill2/forecastDrill2";
import type { Drill2Data } from "../../../../src/domain/drills/drill2/generateDrill2Data";

/** Drill 2's guardrails applied numerically to a plan and its forecast (a test oracle). */
export function drill2RuleBreaks(
  data: Drill2Data,
  choices: Drill2Choices,
  forecast: Drill2Forecast
): string[] {
  const g = data.guardrails;
  const breaks = new Set<string>();
  const { removals, replacements } = drill2Levers(data);
  forecast.revenueVsBaseline.forEach((ratio) => {
    if (ratio < 1 - g.maxRevenueDrop) breaks.add("revenue-drop");
  });
  forecast.cvrVsBaseline.forEach((ratio) => {
    if (ratio < g.minCVRRatio) breaks.add("cvr-drop");
  });
  forecast.discountRevenue.forEach((revenue, w) => {
    if (w + 1 >= g.discountFreeByWeek && revenue !== 0) breaks.add("discount-still-running");
  });
  removals.forEach((lever, i) => {
    const choice = choices.removals[i];
    if (lever.discountDriven === 0 || !choice) return;
    if (choice.week === null) {
      breaks.add("discount-lever-kept");
      return;
    }
    const j = replacements.findIndex((r) => r.label === choice.replacedBy);
    const live = j < 0 ? null : (choices.replacements[j]?.week ?? null);
    if (live === null) breaks.add("no-replacement");
    else if (live > choice.week + g.replaceWithinWeeks) breaks.add("replacement-late");
  });
  for (const r of replacements) {
    if (/discount|promo|coupon|markdown|sale\b|retarget|% off|code/i.test(r.label)) {
      breaks.add("discount-replacement");
    }
  }
  return [...breaks].sort();
}
