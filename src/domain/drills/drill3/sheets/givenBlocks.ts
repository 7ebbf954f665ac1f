import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import {
  DRILL3_MONTH_COLUMNS,
  DRILL3_NOTES_ROW,
  DRILL3_ROWS as R,
  drill3MonthColumn as col,
  drill3MonthRange,
} from "../drill3Layout";
import type { Drill3Data } from "../generateDrill3Data";
import { columnLetters } from "../../../sheet/a1";
import { MONTH_INDEXES, pct, row } from "./modelCells";

const YEAR = columnLetters(DRILL3_MONTH_COLUMNS.year);

/**
 * The top of the model sheet: title and instruction, the Drill info stamp, the month header and the
 * calendar row.
 *
 * @example
 * headBlocks(generateDrill3Data(0), info.block)[0]?.at //=> "A1"
 */
export function headBlocks(data: Drill3Data, infoBlock: PlanBlock): PlanBlock[] {
  return [
    {
      at: "A1",
      rows: [
        [
          {
            value: `Drill 3 — Top-client digital share ${pct(data.baselineShare)} → ${pct(data.targetShare)} in 12 months`,
            style: "title",
          },
        ],
        [
          {
            value: `Build the programme and its year-1 forecast month by month. Grey cells are givens, yellow cells are your assumptions, the forecast rows are formulas. Read the notes from row ${DRILL3_NOTES_ROW} first.`,
            style: "instruction",
          },
        ],
      ],
    },
    infoBlock,
    row(R.months, [
      { value: "Month", style: "header" },
      { value: "Unit", style: "header" },
      ...MONTH_INDEXES.map((m): PlanCell => ({ value: m + 1, style: "header", numberFormat: "0" })),
      { value: "Year", style: "header" },
    ]),
    row(R.calendar, [
      { value: "Calendar month", style: "label" },
      {},
      ...data.monthLabels.map((label): PlanCell => ({ value: label, style: "subtitle" })),
    ]),
  ];
}

const scalar = (
  at: number,
  label: string,
  unit: string,
  value: number,
  numberFormat: string,
  why: string
) =>
  row(at, [
    { value: label, style: "label" },
    { value: unit, style: "note" },
    { value, style: "given", numberFormat },
    { value: why, style: "note" },
  ]);

/**
 * The givens: network and share figures, the baseline revenue by month and its seasonality.
 *
 * @example
 * givenBlocks(generateDrill3Data(0))[1]?.at //=> "A8"
 */
export function givenBlocks(data: Drill3Data): PlanBlock[] {
  return [
    row(R.givensHeader, [{ value: "Givens (from the brief — do not edit)", style: "subtitle" }]),
    scalar(R.sas, "Sales advisors (SAs)", "SAs", data.sas, FORMATS.int, "Sum of the roster."),
    scalar(R.dos, "Directly operated stores (DOS)", "DOS", data.dos, FORMATS.int, "Roster count."),
    scalar(
      R.topClients,
      "Top clients",
      "clients",
      data.topClients,
      FORMATS.int,
      "Clients in the top-client programme."
    ),
    scalar(
      R.baselineShare,
      "Top-client digital share today (baseline)",
      "%",
      data.baselineShare,
      FORMATS.pct1,
      "Digital revenue / all-channel revenue of top clients over the trailing twelve months, before the programme (a single quarter, as in drill 1, moves with the season)."
    ),
    scalar(
      R.targetShare,
      "Target share in month 12",
      "%",
      data.targetShare,
      FORMATS.pct1,
      "What the programme must reach in month 12."
    ),
    ...monthGivens(data),
  ];
}

/** The baseline revenue row (typed) and the seasonality row computed from it, with year totals. */
function monthGivens(data: Drill3Data): PlanBlock[] {
  const base = R.baselineTCRevenue;
  return [
    row(base, [
      { value: "Top-client revenue, all channels, before the programme", style: "label" },
      { value: "$", style: "note" },
      ...MONTH_INDEXES.map((m): PlanCell => ({
        value: data.baselineTCRevenue[m] as number,
        style: "given",
        numberFormat: FORMATS.usd,
      })),
      { formula: `=SUM(${drill3MonthRange(base)})`, style: "given", numberFormat: FORMATS.usd },
    ]),
    row(R.seasonality, [
      { value: "Seasonality (share of the year's top-client revenue)", style: "label" },
      { value: "%", style: "note" },
      ...MONTH_INDEXES.map((m): PlanCell => ({
        formula: `=${col(m)}${base}/$${YEAR}$${base}`,
        style: "given",
        numberFormat: FORMATS.pct1,
      })),
      {
        formula: `=SUM(${drill3MonthRange(R.seasonality)})`,
        style: "given",
        numberFormat: FORMATS.pct1,
      },
    ]),
  ];
}
