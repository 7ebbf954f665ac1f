/**
 * Where drill 2 lives in a workbook: sheet names, rows and columns of the baseline summary, the
 * lever tables, the 13-week plan and the forecast, and the names a check reads. Weeks 1–13 are
 * columns C–O on both sheets.
 */

export const DRILL2_SHEETS = { baseline: "D2 Baseline", plan: "D2 Plan" } as const;

export const DRILL2_REMOVAL_COUNT = 5;
export const DRILL2_REPLACEMENT_COUNT = 7;

/** Rows of the baseline sheet. */
export const DRILL2_BASELINE_ROWS = {
  weeks: 4,
  sessions: 5,
  orders: 6,
  revenue: 7,
  cvr: 8,
  aov: 9,
  discountCost: 10,
  discountRevenue: 11,
  discountShare: 12,
  sourcesHeader: 15,
  modulesHeader: 26,
  navHeader: 34,
  capabilitiesHeader: 45,
  trafficHeader: 55,
} as const;

/** Rows of the plan sheet. */
export const DRILL2_PLAN_ROWS = {
  guardrailsHeader: 4,
  maxRevenueDrop: 5,
  minCVRRatio: 6,
  replaceWithinWeeks: 7,
  discountFreeByWeek: 8,
  removalsHeader: 11,
  firstRemoval: 12,
  replacementsHeader: 19,
  firstReplacement: 20,
  weeks: 29,
  firstRemovalPlan: 30,
  firstReplacementPlan: 35,
  baselineSessions: 44,
  baselineOrders: 45,
  baselineRevenue: 46,
  baselineCVR: 47,
  baselineDiscountRevenue: 48,
  forecastSessions: 51,
  forecastOrders: 52,
  forecastRevenue: 53,
  forecastCVR: 54,
  discountRevenue: 55,
  revenueVsBaseline: 56,
  cvrVsBaseline: 57,
  status: 58,
  notes: 61,
} as const;

/** Columns of the removals table (plan sheet). */
export const DRILL2_REMOVAL_COLUMNS = {
  lever: "A",
  replacedBy: "B",
  kind: "C",
  sessions: "D",
  orders: "E",
  revenue: "F",
  discountDriven: "G",
  week: "H",
  recapture: "I",
  shareLost: "J",
  replacementWeek: "K",
  pairing: "L",
} as const;

/** Columns of the replacements table (plan sheet). */
export const DRILL2_REPLACEMENT_COLUMNS = {
  lever: "A",
  kind: "B",
  week: "C",
  rampWeeks: "D",
  sessions: "E",
  orders: "F",
  aov: "G",
} as const;

export type Drill2NameRole = "guardrail" | "given" | "input" | "output" | "stamp";

export type Drill2NameSpec = {
  name: string;
  role: Drill2NameRole;
  sheet: string;
  range: string;
  /** rows × columns, e.g. "1x13", "5x1". */
  shape: string;
};

const P = DRILL2_PLAN_ROWS;
const B = DRILL2_BASELINE_ROWS;
const RC = DRILL2_REMOVAL_COLUMNS;
const PC = DRILL2_REPLACEMENT_COLUMNS;
const lastRemoval = P.firstRemoval + DRILL2_REMOVAL_COUNT - 1;
const lastReplacement = P.firstReplacement + DRILL2_REPLACEMENT_COUNT - 1;
const removal = (col: string) => `${col}${P.firstRemoval}:${col}${lastRemoval}`;
const replacement = (col: string) => `${col}${P.firstReplacement}:${col}${lastReplacement}`;
const week = (row: number) => `C${row}:O${row}`;
const plan = DRILL2_SHEETS.plan;
const baseline = DRILL2_SHEETS.baseline;

/** Every drill-2 name (workbook scope); a drill-2 check reads these. */
export const DRILL2_NAMES: readonly Drill2NameSpec[] = [
  {
    name: "D2_MaxRevenueDrop",
    role: "guardrail",
    sheet: plan,
    range: `C${P.maxRevenueDrop}`,
    shape: "1x1",
  },
  {
    name: "D2_MinCVRRatio",
    role: "guardrail",
    sheet: plan,
    range: `C${P.minCVRRatio}`,
    shape: "1x1",
  },
  {
    name: "D2_ReplaceWithinWeeks",
    role: "guardrail",
    sheet: plan,
    range: `C${P.replaceWithinWeeks}`,
    shape: "1x1",
  },
  {
    name: "D2_DiscountFreeByWeek",
    role: "guardrail",
    sheet: plan,
    range: `C${P.discountFreeByWeek}`,
    shape: "1x1",
  },
  { name: "D2_Weeks", role: "given", sheet: plan, range: week(P.weeks), shape: "1x13" },
  {
    name: "D2_BaselineSessions",
    role: "given",
    sheet: baseline,
    range: week(B.sessions),
    shape: "1x13",
  },
  {
    name: "D2_BaselineOrders",
    role: "given",
    sheet: baseline,
    range: week(B.orders),
    shape: "1x13",
  },
  {
    name: "D2_BaselineRevenue",
    role: "given",
    sheet: baseline,
    range: week(B.revenue),
    shape: "1x13",
  },
  { name: "D2_BaselineCVR", role: "given", sheet: baseline, range: week(B.cvr), shape: "1x13" },
  {
    name: "D2_BaselineDiscountCost",
    role: "given",
    sheet: baseline,
    range: week(B.discountCost),
    shape: "1x13",
  },
  {
    name: "D2_BaselineDiscountRevenue",
    role: "given",
    sheet: baseline,
    range: week(B.discountRevenue),
    shape: "1x13",
  },
  { name: "D2_RemovalLevers", role: "given", sheet: plan, range: removal(RC.lever), shape: "5x1" },
  { name: "D2_RemovalKinds", role: "given", sheet: plan, range: removal(RC.kind), shape: "5x1" },
  {
    name: "D2_RemovalSessions",
    role: "given",
    sheet: plan,
    range: removal(RC.sessions),
    shape: "5x1",
  },
  { name: "D2_RemovalOrders", role: "given", sheet: plan, range: removal(RC.orders), shape: "5x1" },
  {
    name: "D2_RemovalRevenue",
    role: "given",
    sheet: plan,
    range: removal(RC.revenue),
    shape: "5x1",
  },
  {
    name: "D2_RemovalDiscountDriven",
    role: "given",
    sheet: plan,
    range: removal(RC.discountDriven),
    shape: "5x1",
  },
  { name: "D2_Removals", role: "input", sheet: plan, range: removal(RC.week), shape: "5x1" },
  {
    name: "D2_RemovalReplacedBy",
    role: "input",
    sheet: plan,
    range: removal(RC.replacedBy),
    shape: "5x1",
  },
  {
    name: "D2_RemovalRecapture",
    role: "input",
    sheet: plan,
    range: removal(RC.recapture),
    shape: "5x1",
  },
  {
    name: "D2_RemovalShareLost",
    role: "output",
    sheet: plan,
    range: removal(RC.shareLost),
    shape: "5x1",
  },
  {
    name: "D2_ReplacementLevers",
    role: "given",
    sheet: plan,
    range: replacement(PC.lever),
    shape: "7x1",
  },
  {
    name: "D2_ReplacementKinds",
    role: "given",
    sheet: plan,
    range: replacement(PC.kind),
    shape: "7x1",
  },
  {
    name: "D2_Replacements",
    role: "input",
    sheet: plan,
    range: replacement(PC.week),
    shape: "7x1",
  },
  {
    name: "D2_ReplacementRampWeeks",
    role: "input",
    sheet: plan,
    range: replacement(PC.rampWeeks),
    shape: "7x1",
  },
  {
    name: "D2_ReplacementSessions",
    role: "input",
    sheet: plan,
    range: replacement(PC.sessions),
    shape: "7x1",
  },
  {
    name: "D2_ReplacementOrders",
    role: "input",
    sheet: plan,
    range: replacement(PC.orders),
    shape: "7x1",
  },
  {
    name: "D2_ReplacementAOV",
    role: "input",
    sheet: plan,
    range: replacement(PC.aov),
    shape: "7x1",
  },
  {
    name: "D2_RemovalPlan",
    role: "output",
    sheet: plan,
    range: `C${P.firstRemovalPlan}:O${P.firstRemovalPlan + DRILL2_REMOVAL_COUNT - 1}`,
    shape: "5x13",
  },
  {
    name: "D2_ReplacementPlan",
    role: "output",
    sheet: plan,
    range: `C${P.firstReplacementPlan}:O${P.firstReplacementPlan + DRILL2_REPLACEMENT_COUNT - 1}`,
    shape: "7x13",
  },
  {
    name: "D2_ForecastSessions",
    role: "output",
    sheet: plan,
    range: week(P.forecastSessions),
    shape: "1x13",
  },
  {
    name: "D2_ForecastOrders",
    role: "output",
    sheet: plan,
    range: week(P.forecastOrders),
    shape: "1x13",
  },
  {
    name: "D2_ForecastRevenue",
    role: "output",
    sheet: plan,
    range: week(P.forecastRevenue),
    shape: "1x13",
  },
  {
    name: "D2_ForecastCVR",
    role: "output",
    sheet: plan,
    range: week(P.forecastCVR),
    shape: "1x13",
  },
  {
    name: "D2_DiscountRevenue",
    role: "output",
    sheet: plan,
    range: week(P.discountRevenue),
    shape: "1x13",
  },
  {
    name: "D2_RevenueVsBaseline",
    role: "output",
    sheet: plan,
    range: week(P.revenueVsBaseline),
    shape: "1x13",
  },
  {
    name: "D2_CVRVsBaseline",
    role: "output",
    sheet: plan,
    range: week(P.cvrVsBaseline),
    shape: "1x13",
  },
];
