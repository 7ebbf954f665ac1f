import type { PlanBlock, PlanCell, PlanValidation } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import {
  DRILL2_PLAN_ROWS as P,
  DRILL2_REMOVAL_COLUMNS as RC,
  DRILL2_REPLACEMENT_COLUMNS as PC,
  drill2TableRows,
} from "../drill2Layout";
import type { Drill2RemovalLever, Drill2ReplacementLever } from "../drill2Levers";
import type { Drill2Choices } from "../forecastDrill2";
import { DRILL2_WEEKS } from "../generateDrill2Data";
import { d2Name, titledTable } from "./drill2Cells";
import type { PlanCells } from "./planCells";

const REM = drill2TableRows("removals");
const REP = drill2TableRows("replacements");

/**
 * A column of the removals table as an absolute range.
 *
 * @example
 * removalColumn("F") //=> "$F$12:$F$16"
 */
export function removalColumn(column: string): string {
  return `$${column}$${REM.first}:$${column}$${REM.last}`;
}

/**
 * A column of the replacements table as an absolute range.
 *
 * @example
 * replacementColumn("F") //=> "$F$20:$F$26"
 */
export function replacementColumn(column: string): string {
  return `$${column}$${REP.first}:$${column}$${REP.last}`;
}

/**
 * The removals table: its subtitle, header and one row per lever (givens, the candidate's week,
 * replacement and recapture, and the share lost, replacement week and pairing status computed).
 *
 * @example
 * removalTable(levers.removals, undefined, planCells(options))[1]?.at //=> "A11"
 */
export function removalTable(
  levers: readonly Drill2RemovalLever[],
  choices: Drill2Choices | undefined,
  cells: PlanCells
): PlanBlock[] {
  const { input, out } = cells;
  const rows = levers.map((lever, i): PlanCell[] => {
    const r = REM.first + i;
    const choice = choices?.removals[i];
    return [
      { value: lever.label, style: "given" },
      input(choice?.replacedBy),
      { value: lever.kind, style: "given" },
      { value: lever.weeklySessions, style: "given", numberFormat: FORMATS.int },
      { value: lever.weeklyOrders, style: "given", numberFormat: FORMATS.int },
      { value: lever.weeklyRevenue, style: "given", numberFormat: FORMATS.usd },
      { value: lever.discountDriven, style: "given", numberFormat: "0" },
      input(choice?.week, "0"),
      input(choice?.recapture, FORMATS.pct0),
      out(`=1-${RC.recapture}${r}`, FORMATS.pct0),
      out(
        `=IFERROR(INDEX(${replacementColumn(PC.week)},MATCH(${RC.replacedBy}${r},${replacementColumn(PC.lever)},0)),"")`,
        "0"
      ),
      out(
        `=IF(N(${RC.week}${r})=0,"kept",IF(N(${RC.replacementWeek}${r})=0,"no replacement",IF(${RC.replacementWeek}${r}<=${RC.week}${r}+${d2Name("D2_ReplaceWithinWeeks")},"ok","late")))`,
        FORMATS.text
      ),
    ];
  });
  return titledTable(
    P.removalsHeader,
    "Levers to remove — type the week each is switched off (empty = kept), its replacement and the share of its orders that come back at full price",
    [
      `Lever (${DRILL2_WEEKS}-week weekly average)`,
      "Replaced by",
      "Type",
      "Weekly sessions",
      "Weekly orders",
      "Weekly revenue",
      "Discount-driven (1/0)",
      "Week removed",
      "Recapture",
      "Share lost",
      "Replacement live week",
      "Pairing",
    ],
    rows
  );
}

/**
 * The replacements table: its subtitle, header and one row per replacement (givens, then what the
 * candidate types: week live, ramp, sessions, orders and order value at full effect).
 *
 * @example
 * replacementTable(levers.replacements, undefined, planCells(options))[1]?.at //=> "A19"
 */
export function replacementTable(
  levers: readonly Drill2ReplacementLever[],
  choices: Drill2Choices | undefined,
  cells: PlanCells
): PlanBlock[] {
  const { input } = cells;
  const rows = levers.map((lever, j): PlanCell[] => {
    const choice = choices?.replacements[j];
    return [
      { value: lever.label, style: "given" },
      { value: lever.kind, style: "given" },
      input(choice?.week, "0"),
      input(choice?.rampWeeks, "0"),
      input(choice?.sessions, FORMATS.int),
      input(choice?.orders, FORMATS.int),
      input(choice?.aov, FORMATS.usd),
    ];
  });
  return titledTable(
    P.replacementsHeader,
    "Replacements to launch — type the week each goes live (empty = not launched) and what it brings at full effect",
    [
      "Replacement",
      "Type",
      "Week live",
      "Weeks to full effect",
      "Weekly sessions at full effect",
      "Weekly orders at full effect",
      "Average order value",
    ],
    rows
  );
}

/**
 * What the candidate may type in the lever tables: weeks 1–13, a replacement from the list, shares
 * and amounts within bounds.
 *
 * @example
 * planValidations(["Digital salon booking"]).find((v) => v.kind === "list")?.range //=> "B12:B16"
 */
export function planValidations(replacements: string[]): PlanValidation[] {
  const rem = (c: string) => `${c}${REM.first}:${c}${REM.last}`;
  const rep = (c: string) => `${c}${REP.first}:${c}${REP.last}`;
  const week = `A week from 1 to ${DRILL2_WEEKS}; leave empty when not planned.`;
  const whole = (range: string, max: number, prompt: string): PlanValidation => ({
    range,
    kind: "whole",
    min: 1,
    max,
    prompt,
  });
  const amount = (range: string, kind: "whole" | "decimal", max: number, prompt: string) =>
    ({ range, kind, min: 0, max, prompt }) satisfies PlanValidation;
  return [
    whole(rem(RC.week), DRILL2_WEEKS, week),
    {
      range: rem(RC.replacedBy),
      kind: "list",
      values: replacements,
      prompt: "The replacement that takes this lever's place.",
    },
    amount(
      rem(RC.recapture),
      "decimal",
      1,
      "Share of the lever's orders that still happen at full price (0–100%)."
    ),
    whole(rep(PC.week), DRILL2_WEEKS, week),
    whole(rep(PC.rampWeeks), DRILL2_WEEKS, "Weeks from launch to full effect (1 = at once)."),
    amount(
      rep(PC.sessions),
      "whole",
      10_000_000,
      "Extra weekly sessions at full effect (0 or more)."
    ),
    amount(rep(PC.orders), "whole", 1_000_000, "Extra weekly orders at full effect (0 or more)."),
    amount(rep(PC.aov), "decimal", 1_000_000, "Average order value of those orders, in dollars."),
  ];
}
