import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { qualify } from "../../../sheet/sheetRef";
import {
  DRILL2_BASELINE_ROWS as B,
  DRILL2_PLAN_ROWS as P,
  DRILL2_REMOVAL_COLUMNS as RC,
  DRILL2_REPLACEMENT_COLUMNS as PC,
  DRILL2_SHEETS,
  drill2GridRows,
  drill2TableRows,
} from "../drill2Layout";
import type { Drill2RemovalLever, Drill2ReplacementLever } from "../drill2Levers";
import { DRILL2_WEEKS } from "../generateDrill2Data";
import { d2Name, header, line, weekNumberHeaders, weekRow } from "./drill2Cells";
import type { PlanCells } from "./planCells";
import { removalColumn as remCol, replacementColumn as repCol } from "./planLeverTables";

const REM = drill2TableRows("removals");
const REP = drill2TableRows("replacements");
const REM_GRID = drill2GridRows("removals");
const REP_GRID = drill2GridRows("replacements");

/** The removal (or replacement) rows of the plan grid in one week's column. */
const remPlanRange = (x: string) => `${x}${REM_GRID.first}:${x}${REM_GRID.last}`;
const repPlanRange = (x: string) => `${x}${REP_GRID.first}:${x}${REP_GRID.last}`;

/**
 * The 13-week plan grid: the week numbers, then one row per removal (1 from the week it is off)
 * and one per replacement (the share of full effect it has reached), wired to the lever tables.
 *
 * @example
 * planGrid(levers, planCells(options))[1]?.at //=> "A29"
 */
export function planGrid(
  levers: {
    removals: readonly Drill2RemovalLever[];
    replacements: readonly Drill2ReplacementLever[];
  },
  cells: PlanCells
): PlanBlock[] {
  const { planned } = cells;
  return [
    line(P.weeks - 1, [
      {
        value: `${DRILL2_WEEKS}-week plan — removals: 1 when the lever is off that week; replacements: share of full effect reached`,
        style: "subtitle",
      },
    ]),
    line(P.weeks, [header("Week"), header(""), ...weekNumberHeaders()]),
    ...levers.removals.map((lever, i) => {
      const r = REM.first + i;
      return weekRow(REM_GRID.first + i, `Off: ${lever.label}`, "1/0", (x) =>
        planned(`=IF(AND(N($${RC.week}${r})>0,${x}$${P.weeks}>=$${RC.week}${r}),1,0)`)
      );
    }),
    ...levers.replacements.map((lever, j) => {
      const r = REP.first + j;
      return weekRow(REP_GRID.first + j, `Live: ${lever.label}`, "share", (x) =>
        planned(
          `=IF(N($${PC.week}${r})=0,0,MAX(0,MIN(1,(${x}$${P.weeks}-$${PC.week}${r}+1)/MAX(1,$${PC.rampWeeks}${r}))))`
        )
      );
    }),
  ];
}

/**
 * The baseline weeks mirrored from "D2 Baseline", for the forecast to start from.
 *
 * @example
 * baselineMirror()[1]?.rows[0]?.[2]?.formula //=> "='D2 Baseline'!C5"
 */
export function baselineMirror(): PlanBlock[] {
  const mirror = (row: number, label: string, baselineRow: number, format: string) =>
    weekRow(row, label, "baseline", (x) => ({
      formula: `=${qualify(DRILL2_SHEETS.baseline, `${x}${baselineRow}`)}`,
      style: "given",
      numberFormat: format,
    }));
  return [
    line(P.baselineSessions - 1, [
      { value: `Baseline (from ${DRILL2_SHEETS.baseline})`, style: "subtitle" },
    ]),
    mirror(P.baselineSessions, "Baseline sessions", B.sessions, FORMATS.int),
    mirror(P.baselineOrders, "Baseline orders", B.orders, FORMATS.int),
    mirror(P.baselineRevenue, "Baseline revenue", B.revenue, FORMATS.usd),
    mirror(P.baselineCVR, "Baseline conversion", B.cvr, FORMATS.pct2),
    mirror(
      P.baselineDiscountRevenue,
      "Baseline discount-driven revenue",
      B.discountRevenue,
      FORMATS.usd
    ),
  ];
}

/**
 * The weekly forecast: sessions, orders and revenue from the baseline week less the levers off
 * plus the replacements live, conversion, discount-driven revenue still running, and both ratios
 * to baseline. Empty rows in a blank plan.
 *
 * @example
 * forecastRows(planCells(options))[0]?.at //=> "A50"
 */
export function forecastRows(cells: PlanCells): PlanBlock[] {
  const { out, total, lux } = cells;
  const ratio = (x: string, top: number, bottom: number) =>
    `=IF(${x}${bottom}=0,0,${x}${top}/${x}${bottom})`;
  // The baseline week, less each lever off times its share lost, plus each replacement's full
  // effect times the share of it reached.
  const flow = (
    row: number,
    label: string,
    unit: string,
    format: string,
    from: { baselineRow: number; removed: string; added: string[] }
  ) =>
    weekRow(
      row,
      label,
      unit,
      (x) =>
        out(
          `=${x}${from.baselineRow}-SUMPRODUCT(${remPlanRange(x)},${remCol(from.removed)},${remCol(RC.shareLost)})+SUMPRODUCT(${[repPlanRange(x), ...from.added.map(repCol)].join(",")})`,
          format
        ),
      total(row, format)
    );
  return [
    line(P.forecastSessions - 1, [
      {
        value: "Weekly forecast (formulas; the same formula in every week of a row)",
        style: "subtitle",
      },
    ]),
    flow(P.forecastSessions, "Forecast sessions", "sessions", FORMATS.int, {
      baselineRow: P.baselineSessions,
      removed: RC.sessions,
      added: [PC.sessions],
    }),
    flow(P.forecastOrders, "Forecast orders", "orders", FORMATS.int, {
      baselineRow: P.baselineOrders,
      removed: RC.orders,
      added: [PC.orders],
    }),
    flow(P.forecastRevenue, "Forecast revenue", "$", FORMATS.usd, {
      baselineRow: P.baselineRevenue,
      removed: RC.revenue,
      added: [PC.orders, PC.aov],
    }),
    weekRow(P.forecastCVR, "Forecast conversion", "%", (x) =>
      out(
        lux
          ? `=LUX.SAFESHARE(${x}${P.forecastOrders},${x}${P.forecastSessions})`
          : ratio(x, P.forecastOrders, P.forecastSessions),
        FORMATS.pct2
      )
    ),
    weekRow(P.discountRevenue, "Discount- and retargeting-driven revenue still running", "$", (x) =>
      out(
        `=SUMPRODUCT(${remCol(RC.revenue)},${remCol(RC.discountDriven)})-SUMPRODUCT(${remPlanRange(x)},${remCol(RC.revenue)},${remCol(RC.discountDriven)})`,
        FORMATS.usd
      )
    ),
    weekRow(P.revenueVsBaseline, "Forecast revenue vs baseline", "ratio", (x) =>
      out(ratio(x, P.forecastRevenue, P.baselineRevenue), FORMATS.pct1)
    ),
    weekRow(P.cvrVsBaseline, "Forecast conversion vs baseline", "ratio", (x) =>
      out(ratio(x, P.forecastCVR, P.baselineCVR), FORMATS.pct1)
    ),
  ];
}

/**
 * The status row of a wired plan: "ok" in a week within every guardrail, "breach" otherwise.
 *
 * @example
 * statusRow().rows[0]?.[0]?.value //=> "Within the guardrails?"
 */
export function statusRow(): PlanBlock {
  const name = d2Name;
  return weekRow(P.status, "Within the guardrails?", "", (x): PlanCell => ({
    formula: `=IF(AND(${x}${P.revenueVsBaseline}>=1-${name("D2_MaxRevenueDrop")},${x}${P.cvrVsBaseline}>=${name("D2_MinCVRRatio")},OR(${x}$${P.weeks}<${name("D2_DiscountFreeByWeek")},${x}${P.discountRevenue}=0)),"ok","breach")`,
    style: "check",
    numberFormat: FORMATS.text,
  }));
}
