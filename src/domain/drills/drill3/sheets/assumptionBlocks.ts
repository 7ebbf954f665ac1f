import type { PlanBlock, PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL3_ROWS as R } from "../drill3Layout";
import type { Drill3Assumptions } from "../forecastDrill3";
import { MONTH_INDEXES, row } from "./modelCells";

type AssumptionRow = {
  row: number;
  label: string;
  unit: string;
  format: string;
  values: (a: Drill3Assumptions) => number[];
};

const ASSUMPTION_ROWS: readonly AssumptionRow[] = [
  {
    row: R.dosLive,
    label: "DOS live on save-the-cart / send-a-look (cumulative)",
    unit: "DOS",
    format: FORMATS.int,
    values: (a) => a.dosLive,
  },
  {
    row: R.activeSARate,
    label: "Active SA rate (share of SAs in live DOS who use it)",
    unit: "%",
    format: FORMATS.pct0,
    values: (a) => a.activeSARate,
  },
  {
    row: R.cartsPerSAWeek,
    label: "Carts / looks sent per active SA per week",
    unit: "carts",
    format: "0.0",
    values: (a) => a.cartsPerSAWeek,
  },
  {
    row: R.cartConversion,
    label: "Cart conversion",
    unit: "%",
    format: FORMATS.pct1,
    values: (a) => a.cartConversion,
  },
  {
    row: R.cartValue,
    label: "Average value of a converted cart",
    unit: "$",
    format: FORMATS.usd,
    values: (a) => a.cartValue,
  },
  {
    row: R.salonSessions,
    label: "Digital salon sessions per month",
    unit: "sessions",
    format: FORMATS.int,
    values: (a) => a.salonSessions,
  },
  {
    row: R.salonConversion,
    label: "Salon conversion",
    unit: "%",
    format: FORMATS.pct1,
    values: (a) => a.salonConversion,
  },
  {
    row: R.salonTicket,
    label: "Average salon ticket",
    unit: "$",
    format: FORMATS.usd,
    values: (a) => a.salonTicket,
  },
  {
    row: R.attributionLive,
    label: "SA attribution live (1 = SAs credited for clients' digital sales)",
    unit: "0/1",
    format: "0",
    values: (a) => a.attributionLive,
  },
  {
    row: R.clickToDOSLive,
    label: "Click-to-DOS fixed and live (1 = yes)",
    unit: "0/1",
    format: "0",
    values: (a) => a.clickToDOSLive,
  },
  {
    row: R.organicDrift,
    label: "Organic drift of the self-serve digital share",
    unit: "pts/month",
    format: FORMATS.points2,
    values: (a) => a.organicDrift,
  },
  {
    row: R.other1Orders,
    label: "Other lever 1 — orders per month",
    unit: "orders",
    format: FORMATS.int,
    values: (a) => a.otherLevers[0].orders,
  },
  {
    row: R.other1Value,
    label: "Other lever 1 — average order value",
    unit: "$",
    format: FORMATS.usd,
    values: (a) => a.otherLevers[0].averageOrderValue,
  },
  {
    row: R.other2Orders,
    label: "Other lever 2 — orders per month",
    unit: "orders",
    format: FORMATS.int,
    values: (a) => a.otherLevers[1].orders,
  },
  {
    row: R.other2Value,
    label: "Other lever 2 — average order value",
    unit: "$",
    format: FORMATS.usd,
    values: (a) => a.otherLevers[1].averageOrderValue,
  },
];

/**
 * The candidate's assumption rows (yellow, one number per month): blank, or the reference
 * programme's figures in the answer key.
 *
 * @example
 * assumptionBlocks(undefined)[1]?.at //=> "A28"
 */
export function assumptionBlocks(assumptions: Drill3Assumptions | undefined): PlanBlock[] {
  return [
    row(R.assumptionsHeader, [
      {
        value: "Your assumptions (one number per month; month 1 is before anything is live)",
        style: "subtitle",
      },
    ]),
    ...ASSUMPTION_ROWS.map((spec) => {
      const values = assumptions ? spec.values(assumptions) : undefined;
      return row(spec.row, [
        { value: spec.label, style: "label" },
        { value: spec.unit, style: "note" },
        ...MONTH_INDEXES.map((m): PlanCell =>
          values
            ? { value: values[m] as number, style: "input", numberFormat: spec.format }
            : { style: "input", numberFormat: spec.format }
        ),
      ]);
    }),
  ];
}
