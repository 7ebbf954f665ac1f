import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { DRILL2_PLAN_ROWS as P, DRILL2_SHEETS } from "../drill2Layout";
import { DRILL2_WEEKS, type Drill2Data } from "../generateDrill2Data";

/**
 * The notes at the bottom of the plan sheet: the situation, the steps, one reasonable forecast
 * model and what the coach checks, with the guardrails' own values.
 *
 * @example
 * notesBlock(generateDrill2Data(0)).at //=> "A61"
 */
export function notesBlock(data: Drill2Data): PlanBlock {
  const g = data.guardrails;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines: [string, PlanCell["style"]][] = [
    ["How to work this drill", "subtitle"],
    [
      `The situation: the .com converts well but reads like a premium direct-to-consumer site — best-seller and recommended-for-you carousels on the homepage, 10% off in abandoned-cart e-mails, influencer codes, retargeting running hot on social, icons below entry products in the menu, and no save-the-cart. You have ${DRILL2_WEEKS} weeks to rebuild it around the maison's codes and clienteling.`,
      "instruction",
    ],
    [
      `1. Study ${DRILL2_SHEETS.baseline}: which sources and modules live on discounts or retargeting, what they bring in sessions, orders and revenue, what conversion they carry.`,
      "instruction",
    ],
    [
      "2. In the removals table, type the week each lever is switched off, the replacement that takes its place (drop-down) and the share of its orders you expect to come back at full price through other paths.",
      "instruction",
    ],
    [
      "3. In the replacements table, type the week each replacement goes live, how many weeks it needs to reach full effect, and what it brings per week at full effect.",
      "instruction",
    ],
    [
      `4. Fill the ${DRILL2_WEEKS}-week plan grid and the weekly forecast with formulas: the same formula across each row, numbers kept in the tables (only 0 and 1 belong in a formula).`,
      "instruction",
    ],
    ["How the forecast works (one reasonable model)", "subtitle"],
    [
      "Each week starts from the same baseline week. A lever that is off takes away its weekly sessions, orders and revenue times the share lost (1 − recapture). A replacement adds its full-effect sessions, orders and orders × AOV times the share of full effect it has reached: min(1, (week − week live + 1) / weeks to full effect).",
      "instruction",
    ],
    [
      "Conversion = orders / sessions. Discount-driven revenue still running = the weekly revenue of every discount-driven lever that is not yet off.",
      "instruction",
    ],
    ["What the coach checks (guardrails above)", "subtitle"],
    [
      `Every week: revenue at least ${pct(1 - g.maxRevenueDrop)} of the same baseline week and conversion at least ${pct(g.minCVRRatio)} of it.`,
      "instruction",
    ],
    [
      `Every discount or retargeting lever is removed and paired with a replacement that is live no later than ${g.replaceWithinWeeks} weeks after the removal; discount-driven revenue is zero from week ${g.discountFreeByWeek}.`,
      "instruction",
    ],
    [
      "No replacement may itself be a discount, a promo code, a sale or a retargeting blast.",
      "instruction",
    ],
  ];
  return { at: `A${P.notes}`, rows: lines.map(([value, style]) => [{ value, style }]) };
}
