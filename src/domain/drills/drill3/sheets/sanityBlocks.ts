import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL3_ROWS as R, drill3MonthColumn as col } from "../drill3Layout";
import { MONTH_INDEXES, row } from "./modelCells";

/** A sanity row: the same check formula in every month, given the month's column and the previous. */
const line = (
  at: number,
  label: string,
  unit: string,
  format: string,
  f: (x: string, w: string) => string
) =>
  row(at, [
    { value: label, style: "label" },
    { value: unit, style: "note" },
    ...MONTH_INDEXES.map((m): PlanCell => ({
      formula: f(col(m), col(m - 1)),
      style: "check",
      numberFormat: format,
    })),
  ]);

/**
 * The sanity rows a coach looks at first (wired plans only): new DOS, active SAs, SA hours, the
 * share's monthly step and revenue against the baseline.
 *
 * @example
 * sanityBlocks()[1]?.rows[0]?.[2]?.formula //=> "=C28-N(B28)"
 */
export function sanityBlocks(): PlanBlock[] {
  return [
    row(R.sanityHeader, [
      {
        value: "Sanity rows (what the coach will look at; compare with the coach settings)",
        style: "subtitle",
      },
    ]),
    line(
      R.newDOS,
      "New DOS live this month",
      "DOS",
      FORMATS.int,
      (x, w) => `=${x}${R.dosLive}-N(${w}${R.dosLive})`
    ),
    line(
      R.activeSAs,
      "Active SAs",
      "SAs",
      FORMATS.int,
      (x) => `=D3_SAs*${x}${R.dosLive}/D3_DOS*${x}${R.activeSARate}`
    ),
    line(
      R.digitalHours,
      "Digital hours per active SA per week",
      "hours",
      FORMATS.decimal2,
      (x) =>
        `=IF(${x}${R.activeSAs}=0,IF(${x}${R.salonSessions}>0,"no SA to host",0),(${x}${R.cartsPerSAWeek}*D3_MinutesPerCart+${x}${R.salonSessions}/(${x}${R.activeSAs}*52/12)*D3_MinutesPerSalon)/60)`
    ),
    line(
      R.shareStep,
      "Change of the share vs last month",
      "pts",
      FORMATS.pct1,
      (x, w) => `=IF(${x}$${R.months}=1,0,${x}${R.tcDigitalShare}-N(${w}${R.tcDigitalShare}))`
    ),
    line(
      R.revenueVsBaseline,
      "Top-client total revenue vs baseline",
      "%",
      FORMATS.pct1,
      (x) =>
        `=IF(${x}${R.baselineTCRevenue}=0,0,${x}${R.tcTotalRevenue}/${x}${R.baselineTCRevenue}-1)`
    ),
  ];
}
