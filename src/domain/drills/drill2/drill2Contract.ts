import type { ContractName, DrillContract } from "../contract/drillContract";
import {
  DRILL2_BASELINE_ROWS as B,
  DRILL2_GUARDRAIL_COLUMN,
  DRILL2_PLAN_ROWS as P,
  DRILL2_REMOVAL_COLUMNS as RC,
  DRILL2_REPLACEMENT_COLUMNS as PC,
  DRILL2_SHEETS,
  drill2GridRows,
  drill2TableRows,
  drill2WeekColumn,
  drill2WeekRange,
} from "./drill2Layout";
import { DRILL2_WEEKS } from "./generateDrill2Data";

/**
 * How the drill-2 check reads a name: a guardrail cell, a row of the 13 weeks, or a column of one
 * of the lever tables (one cell per lever). Absent when the check does not read the name.
 */
export type Drill2Read = "cell" | "week-row" | "removal-column" | "replacement-column";

/** A drill-2 name: the shared contract entry, plus how the drill-2 check reads it. */
export type Drill2ContractName = ContractName & { read?: Drill2Read };

/** Drill 2's contract: a DrillContract whose entries also say how the check reads them. */
export type Drill2Contract = Omit<DrillContract, "names"> & {
  names: readonly Drill2ContractName[];
};

const plan = DRILL2_SHEETS.plan;
const baseline = DRILL2_SHEETS.baseline;
const removals = drill2TableRows("removals");
const replacements = drill2TableRows("replacements");
const removalGrid = drill2GridRows("removals");
const replacementGrid = drill2GridRows("replacements");
const removal = (column: string) => `${column}${removals.first}:${column}${removals.last}`;
const replacement = (column: string) =>
  `${column}${replacements.first}:${column}${replacements.last}`;
const guardrail = (row: number) => `${DRILL2_GUARDRAIL_COLUMN}${row}`;
const grid = (rows: { first: number; last: number }) =>
  `${drill2WeekColumn(0)}${rows.first}:${drill2WeekColumn(DRILL2_WEEKS - 1)}${rows.last}`;
const average = `(${DRILL2_WEEKS}-week average)`;

/**
 * Every drill-2 name, in the order the plan writes them: the guardrails a coach may edit, the
 * baseline weeks, the lever tables, the plan grid and the forecast. Ranges come from the layout
 * (drill2Layout.ts); labels are what findings call the name, so they must not change casually.
 */
export const DRILL2_CONTRACT_NAMES = [
  {
    name: "D2_MaxRevenueDrop",
    role: "coach-setting",
    sheet: plan,
    range: guardrail(P.maxRevenueDrop),
    label: "max weekly revenue drop vs baseline",
    comment: "Guardrail: largest weekly revenue drop vs the same baseline week.",
    read: "cell",
  },
  {
    name: "D2_MinCVRRatio",
    role: "coach-setting",
    sheet: plan,
    range: guardrail(P.minCVRRatio),
    label: "min weekly conversion as a share of baseline",
    comment: "Guardrail: lowest weekly conversion as a share of baseline.",
    read: "cell",
  },
  {
    name: "D2_ReplaceWithinWeeks",
    role: "coach-setting",
    sheet: plan,
    range: guardrail(P.replaceWithinWeeks),
    label: "weeks within which a replacement must be live",
    comment: "Guardrail: weeks within which a removed lever's replacement must be live.",
    read: "cell",
  },
  {
    name: "D2_DiscountFreeByWeek",
    role: "coach-setting",
    sheet: plan,
    range: guardrail(P.discountFreeByWeek),
    label: "week from which discount-driven revenue must be zero",
    comment: "Guardrail: week from which discount-driven revenue must be zero.",
    read: "cell",
  },
  {
    name: "D2_Weeks",
    role: "given",
    sheet: plan,
    range: drill2WeekRange(P.weeks),
    label: "week numbers",
    comment: `Week numbers 1–${DRILL2_WEEKS}.`,
  },
  {
    name: "D2_BaselineSessions",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.sessions),
    label: "baseline weekly sessions",
    comment: "Baseline weekly sessions.",
  },
  {
    name: "D2_BaselineOrders",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.orders),
    label: "baseline weekly orders",
    comment: "Baseline weekly orders.",
  },
  {
    name: "D2_BaselineRevenue",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.revenue),
    label: "baseline weekly revenue",
    comment: "Baseline weekly revenue (after discounts).",
    read: "week-row",
  },
  {
    name: "D2_BaselineCVR",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.cvr),
    label: "baseline weekly conversion",
    comment: "Baseline weekly conversion.",
    read: "week-row",
  },
  {
    name: "D2_BaselineDiscountCost",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.discountCost),
    label: "baseline weekly discount cost",
    comment: "Baseline weekly discount cost.",
  },
  {
    name: "D2_BaselineDiscountRevenue",
    role: "given",
    sheet: baseline,
    range: drill2WeekRange(B.discountRevenue),
    label: "baseline weekly discount-driven revenue",
    comment: "Baseline weekly discount- and retargeting-driven revenue.",
  },
  {
    name: "D2_RemovalLevers",
    role: "given",
    sheet: plan,
    range: removal(RC.lever),
    label: "levers to remove",
    comment: "Levers the plan may switch off.",
    read: "removal-column",
  },
  {
    name: "D2_RemovalKinds",
    role: "given",
    sheet: plan,
    range: removal(RC.kind),
    label: "type of each lever to remove",
    comment: "discount, retargeting or merchandising.",
    read: "removal-column",
  },
  {
    name: "D2_RemovalSessions",
    role: "given",
    sheet: plan,
    range: removal(RC.sessions),
    label: "weekly sessions of each lever to remove",
    comment: `Weekly sessions of each lever ${average}.`,
  },
  {
    name: "D2_RemovalOrders",
    role: "given",
    sheet: plan,
    range: removal(RC.orders),
    label: "weekly orders of each lever to remove",
    comment: `Weekly orders of each lever ${average}.`,
  },
  {
    name: "D2_RemovalRevenue",
    role: "given",
    sheet: plan,
    range: removal(RC.revenue),
    label: "weekly revenue of each lever to remove",
    comment: `Weekly revenue of each lever ${average}.`,
    read: "removal-column",
  },
  {
    name: "D2_RemovalDiscountDriven",
    role: "given",
    sheet: plan,
    range: removal(RC.discountDriven),
    label: "discount-driven flag of each lever",
    comment: "1 when the lever's revenue is discount- or retargeting-driven.",
    read: "removal-column",
  },
  {
    name: "D2_Removals",
    role: "assumption",
    sheet: plan,
    range: removal(RC.week),
    label: "week each lever is switched off",
    comment: "Candidate: week each lever is switched off (empty = kept).",
    read: "removal-column",
  },
  {
    name: "D2_RemovalReplacedBy",
    role: "assumption",
    sheet: plan,
    range: removal(RC.replacedBy),
    label: "replacement paired with each removed lever",
    comment: "Candidate: replacement paired with each removed lever.",
    read: "removal-column",
  },
  {
    name: "D2_RemovalRecapture",
    role: "assumption",
    sheet: plan,
    range: removal(RC.recapture),
    label: "share of each removed lever's orders that come back at full price",
    comment: "Candidate: share of a removed lever's orders that come back at full price.",
  },
  {
    name: "D2_RemovalShareLost",
    role: "output",
    sheet: plan,
    range: removal(RC.shareLost),
    label: "share of each removed lever's orders lost",
    comment: "1 − recapture.",
  },
  {
    name: "D2_ReplacementLevers",
    role: "given",
    sheet: plan,
    range: replacement(PC.lever),
    label: "replacements on offer",
    comment: "Replacements on offer.",
    read: "replacement-column",
  },
  {
    name: "D2_ReplacementKinds",
    role: "given",
    sheet: plan,
    range: replacement(PC.kind),
    label: "type of each replacement",
    comment: "clienteling, editorial, merchandising or acquisition.",
  },
  {
    name: "D2_Replacements",
    role: "assumption",
    sheet: plan,
    range: replacement(PC.week),
    label: "week each replacement goes live",
    comment: "Candidate: week each replacement goes live (empty = not launched).",
    read: "replacement-column",
  },
  {
    name: "D2_ReplacementRampWeeks",
    role: "assumption",
    sheet: plan,
    range: replacement(PC.rampWeeks),
    label: "weeks from launch to full effect of each replacement",
    comment: "Candidate: weeks from launch to full effect.",
  },
  {
    name: "D2_ReplacementSessions",
    role: "assumption",
    sheet: plan,
    range: replacement(PC.sessions),
    label: "weekly sessions of each replacement at full effect",
    comment: "Candidate: weekly sessions at full effect.",
  },
  {
    name: "D2_ReplacementOrders",
    role: "assumption",
    sheet: plan,
    range: replacement(PC.orders),
    label: "weekly orders of each replacement at full effect",
    comment: "Candidate: weekly orders at full effect.",
  },
  {
    name: "D2_ReplacementAOV",
    role: "assumption",
    sheet: plan,
    range: replacement(PC.aov),
    label: "average order value of each replacement's orders",
    comment: "Candidate: average order value of those orders.",
  },
  {
    name: "D2_RemovalPlan",
    role: "output",
    sheet: plan,
    range: grid(removalGrid),
    label: "plan grid of the removals",
    comment: "Plan grid: 1 when a lever is off that week.",
  },
  {
    name: "D2_ReplacementPlan",
    role: "output",
    sheet: plan,
    range: grid(replacementGrid),
    label: "plan grid of the replacements",
    comment: "Plan grid: share of full effect a replacement reached that week.",
  },
  {
    name: "D2_ForecastSessions",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.forecastSessions),
    label: "forecast weekly sessions",
    comment: "Forecast weekly sessions.",
    read: "week-row",
  },
  {
    name: "D2_ForecastOrders",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.forecastOrders),
    label: "forecast weekly orders",
    comment: "Forecast weekly orders.",
    read: "week-row",
  },
  {
    name: "D2_ForecastRevenue",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.forecastRevenue),
    label: "forecast weekly revenue",
    comment: "Forecast weekly revenue.",
    read: "week-row",
  },
  {
    name: "D2_ForecastCVR",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.forecastCVR),
    label: "forecast weekly conversion",
    comment: "Forecast weekly conversion.",
    read: "week-row",
  },
  {
    name: "D2_DiscountRevenue",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.discountRevenue),
    label: "discount-driven revenue still running",
    comment: "Forecast discount- and retargeting-driven revenue still running.",
    read: "week-row",
  },
  {
    name: "D2_RevenueVsBaseline",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.revenueVsBaseline),
    label: "forecast revenue as a share of baseline",
    comment: "Forecast revenue / baseline revenue, by week.",
  },
  {
    name: "D2_CVRVsBaseline",
    role: "output",
    sheet: plan,
    range: drill2WeekRange(P.cvrVsBaseline),
    label: "forecast conversion as a share of baseline",
    comment: "Forecast conversion / baseline conversion, by week.",
  },
] as const satisfies readonly Drill2ContractName[];

/** A name drill 2 declares. */
export type Drill2Name = (typeof DRILL2_CONTRACT_NAMES)[number]["name"];

/** The names the drill-2 check reads one way (a guardrail cell, a week row, a table column). */
export type Drill2NameRead<R extends Drill2Read> = Extract<
  (typeof DRILL2_CONTRACT_NAMES)[number],
  { read: R }
>["name"];

/**
 * Drill 2's contract: every name the plan writes (besides the Drill info stamp), where it sits and
 * how a coach calls it. The builder writes its names from it, the check reads names, shapes and
 * labels from it.
 *
 * @example
 * contractName(DRILL2_CONTRACT, "D2_ForecastRevenue").range //=> "C53:O53"
 */
export const DRILL2_CONTRACT: Drill2Contract = {
  drill: "2",
  prefix: "D2_",
  names: DRILL2_CONTRACT_NAMES,
};
