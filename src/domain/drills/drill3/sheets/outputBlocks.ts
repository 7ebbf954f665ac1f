import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { columnLetters } from "../../../sheet/a1";
import {
  DRILL3_MONTH_COLUMNS,
  DRILL3_ROWS as R,
  drill3MonthColumn as col,
  drill3MonthRange,
} from "../drill3Layout";
import type { Drill3Assumptions } from "../forecastDrill3";
import { MONTH_INDEXES, row } from "./modelCells";

type OutputRow = {
  row: number;
  label: string;
  format: string;
  /** The month's formula, given its column letter and whether the plan may use `LUX.*`. */
  formula: (x: string, lux: boolean) => string;
  year: "sum" | "share";
};

const OUTPUT_ROWS: readonly OutputRow[] = [
  {
    row: R.leverCart,
    label: "Digital revenue — save-the-cart / send-a-look",
    format: FORMATS.usd,
    formula: (x, lux) =>
      lux
        ? `=D3_SAs*LUX.SAFESHARE(${x}${R.dosLive},D3_DOS)*${x}${R.activeSARate}*${x}${R.cartsPerSAWeek}*52/12*${x}${R.cartConversion}*${x}${R.cartValue}`
        : `=D3_SAs*${x}${R.dosLive}/D3_DOS*${x}${R.activeSARate}*${x}${R.cartsPerSAWeek}*52/12*${x}${R.cartConversion}*${x}${R.cartValue}`,
    year: "sum",
  },
  {
    row: R.leverSalon,
    label: "Digital revenue — digital salon",
    format: FORMATS.usd,
    formula: (x) => `=${x}${R.salonSessions}*${x}${R.salonConversion}*${x}${R.salonTicket}`,
    year: "sum",
  },
  {
    row: R.leverOrganic,
    label: "Digital revenue — organic (self-serve .com and app)",
    format: FORMATS.usd,
    formula: (x) =>
      `=${x}${R.tcTotalRevenue}*(D3_BaselineShare+SUM($${col(0)}$${R.organicDrift}:${x}${R.organicDrift})/100)`,
    year: "sum",
  },
  {
    row: R.otherLever1,
    label: "",
    format: FORMATS.usd,
    formula: (x) => `=${x}${R.other1Orders}*${x}${R.other1Value}`,
    year: "sum",
  },
  {
    row: R.otherLever2,
    label: "",
    format: FORMATS.usd,
    formula: (x) => `=${x}${R.other2Orders}*${x}${R.other2Value}`,
    year: "sum",
  },
  {
    row: R.tcDigitalRevenue,
    label: "Top-client digital revenue",
    format: FORMATS.usd,
    formula: (x) => `=SUM(${x}${R.leverCart}:${x}${R.otherLever2})`,
    year: "sum",
  },
  {
    row: R.tcTotalRevenue,
    label: "Top-client total revenue, all channels",
    format: FORMATS.usd,
    formula: (x) => `=${x}${R.baselineTCRevenue}`,
    year: "sum",
  },
  {
    row: R.tcDigitalShare,
    label: "Top-client digital share",
    format: FORMATS.pct1,
    formula: (x, lux) =>
      lux
        ? `=LUX.SAFESHARE(${x}${R.tcDigitalRevenue},${x}${R.tcTotalRevenue})`
        : `=IF(${x}${R.tcTotalRevenue}=0,0,${x}${R.tcDigitalRevenue}/${x}${R.tcTotalRevenue})`,
    year: "share",
  },
];

const OTHER_LEVER_ROWS: readonly number[] = [R.otherLever1, R.otherLever2];
const YEAR = columnLetters(DRILL3_MONTH_COLUMNS.year);

/** Where a row of the forecast gets its drivers, for the note on an added lever's label. */
export const OTHER_LEVER_DRIVER_ROWS = `${R.other1Orders}–${R.other2Value}`;

/**
 * The forecast rows: empty output cells in the blank template, the same formula in every month
 * otherwise, with a year total (a sum, or the year's share).
 *
 * @example
 * outputBlocks(true, false, undefined)[8]?.rows[0]?.[2]?.formula //=> "=IF(C51=0,0,C50/C51)"
 */
export function outputBlocks(
  wired: boolean,
  lux: boolean,
  assumptions: Drill3Assumptions | undefined
): PlanBlock[] {
  const labels = assumptions?.otherLevers.map((l) => l.label);
  return [
    row(R.outputsHeader, [
      {
        value: "Forecast (formulas only — the same formula in every month of a row)",
        style: "subtitle",
      },
    ]),
    ...OUTPUT_ROWS.map((spec) =>
      row(spec.row, [
        labelCell(spec, labels),
        { value: spec.format === FORMATS.pct1 ? "%" : "$", style: "note" },
        ...MONTH_INDEXES.map((m): PlanCell =>
          wired
            ? { formula: spec.formula(col(m), lux), style: "output", numberFormat: spec.format }
            : { style: "output", numberFormat: spec.format }
        ),
        ...(wired
          ? [{ ...yearCell(spec), style: "output" as const, numberFormat: spec.format }]
          : []),
      ])
    ),
  ];
}

/** A row's label; an added lever's is the candidate's to type (filled in the answer key). */
function labelCell(spec: OutputRow, labels: string[] | undefined): PlanCell {
  const otherIndex = OTHER_LEVER_ROWS.indexOf(spec.row);
  if (otherIndex < 0) return { value: spec.label, style: "label" };
  return {
    ...(labels ? { value: labels[otherIndex] as string } : {}),
    style: "input",
    note: `Name a lever you add (or leave it empty). Its drivers are assumption rows ${OTHER_LEVER_DRIVER_ROWS}.`,
  };
}

/** The year column: the sum of the months, or for the share the year's digital over its total. */
function yearCell(spec: OutputRow): PlanCell {
  if (spec.year === "sum") return { formula: `=SUM(${drill3MonthRange(spec.row)})` };
  const [digital, total] = [`${YEAR}${R.tcDigitalRevenue}`, `${YEAR}${R.tcTotalRevenue}`];
  return { formula: `=IF(${total}=0,0,${digital}/${total})` };
}
