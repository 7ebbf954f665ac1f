import type {
  PlanBlock,
  PlanCell,
  PlanName,
  PlanSheet,
  PlanValidation,
  WorkbookPlan,
} from "../../plan/workbookPlan";
import { FORMATS } from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { columnLetters } from "../../sheet/a1";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { computeDrill3Reference } from "./computeDrill3Reference";
import { contractPlanNames } from "../contract/drillContract";
import { drill3Contract } from "./drill3Contract";
import { DRILL3_ROWS as R, DRILL3_SHEETS } from "./drill3Layout";
import type { Drill3Assumptions } from "./forecastDrill3";
import {
  DRILL3_GENERATOR_VERSION,
  generateDrill3Data,
  type Drill3CoachSettings,
  type Drill3Data,
} from "./generateDrill3Data";

const MODEL = DRILL3_SHEETS.model;
const ROSTER = DRILL3_SHEETS.roster;
const MONTHS = Array.from({ length: 12 }, (_, m) => m);
/** Column letter of month m (0-based): C … N. */
const col = (m: number) => columnLetters(3 + m);
const ROSTER_HEADER_ROW = 4;

/**
 * The drill 3 workbook: a DOS roster and a model sheet with the givens, the coach settings, one row
 * per candidate assumption and per forecast output (months 1–12 in columns C–N), sanity rows and the
 * drill's instructions. "blank" leaves every assumption and output to the candidate; "starter" wires
 * the outputs to the (blank) assumption rows; "answer-key" fills the coach's reference programme
 * (see `computeDrill3Reference`). Target "file" uses native formulas only; "addin" may use `LUX.*`.
 *
 * @example
 * buildDrill3Plan({ seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["D3 Roster", "D3 Model"]
 */
export function buildDrill3Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill3Data(options.seed);
  const assumptions =
    options.mode === "answer-key" ? computeDrill3Reference(options.seed).assumptions : undefined;
  const info = drillInfoBlock(
    {
      drill: "3",
      title: `Top-client digital share ${pct(data.baselineShare)} → ${pct(data.targetShare)} in 12 months`,
      seed: options.seed,
      generatorVersion: DRILL3_GENERATOR_VERSION,
      mode: options.mode,
    },
    { sheet: MODEL, at: "Q1", namePrefix: "D3" }
  );
  const names: PlanName[] = [
    ...contractPlanNames(drill3Contract, { D3_RosterSAs: data.dos }),
    ...info.names,
  ];
  return {
    drill: "3",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL3_GENERATOR_VERSION,
    sheets: [rosterSheet(data), modelSheet(data, options, assumptions, info.block)],
    names,
  };
}

function rosterSheet(data: Drill3Data): PlanSheet {
  const first = ROSTER_HEADER_ROW + 1;
  const last = ROSTER_HEADER_ROW + data.dos;
  const regions = [...new Set(data.stores.map((s) => s.region))];
  const header = (value: string): PlanCell => ({ value, style: "header" });
  return {
    name: ROSTER,
    tabColor: "#385723",
    columnWidths: { A: 10, B: 44, C: 18, D: 16, E: 9, F: 3, G: 16, H: 9, I: 9 },
    freeze: { rows: ROSTER_HEADER_ROW, columns: 0 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Drill 3 — DOS roster", style: "title" }],
          [
            {
              value: `Every directly operated store (DOS) with its region and sales-advisor (SA) team: ${fmtInt(data.dos)} DOS, ${fmtInt(data.sas)} SAs. The model sheet reads the totals as D3_DOS and D3_SAs.`,
              style: "instruction",
            },
          ],
        ],
      },
      {
        at: `A${ROSTER_HEADER_ROW}`,
        rows: [
          ["DOS id", "Boutique", "City", "Region", "SAs"].map(header),
          ...data.stores.map((s): PlanCell[] => [
            { value: s.id, style: "given" },
            { value: s.boutique, style: "given" },
            { value: s.city, style: "given" },
            { value: s.region, style: "given" },
            { value: s.sas, style: "given", numberFormat: FORMATS.int },
          ]),
          [],
          [
            { value: "Total", style: "label" },
            {
              formula: `=COUNTA(A${first}:A${last})`,
              style: "check",
              numberFormat: FORMATS.int,
              note: "Number of DOS in the roster; equals D3_DOS on the model sheet.",
            },
            {},
            {},
            {
              formula: `=SUM(E${first}:E${last})`,
              style: "check",
              numberFormat: FORMATS.int,
              note: "SAs across the network; equals D3_SAs on the model sheet.",
            },
          ],
        ],
      },
      {
        at: `G${ROSTER_HEADER_ROW}`,
        rows: [
          ["Region", "DOS", "SAs"].map(header),
          ...regions.map((region, i): PlanCell[] => {
            const row = ROSTER_HEADER_ROW + 1 + i;
            return [
              { value: region, style: "label" },
              {
                formula: `=COUNTIF($D$${first}:$D$${last},G${row})`,
                style: "check",
                numberFormat: FORMATS.int,
              },
              {
                formula: `=SUMIF($D$${first}:$D$${last},G${row},$E$${first}:$E$${last})`,
                style: "check",
                numberFormat: FORMATS.int,
              },
            ];
          }),
        ],
      },
    ],
    tables: [
      {
        name: "D3RosterTable",
        range: `A${ROSTER_HEADER_ROW}:E${last}`,
        style: "TableStyleLight9",
      },
    ],
  };
}

function modelSheet(
  data: Drill3Data,
  options: PlanOptions,
  assumptions: Drill3Assumptions | undefined,
  infoBlock: PlanBlock
): PlanSheet {
  const wired = options.mode !== "blank";
  const lux = options.target === "addin";
  const blocks: PlanBlock[] = [
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
            value: `Build the programme and its year-1 forecast month by month. Grey cells are givens, yellow cells are your assumptions, the forecast rows are formulas. Read the notes from row ${NOTES_ROW} first.`,
            style: "instruction",
          },
        ],
      ],
    },
    infoBlock,
    row(R.months, [
      { value: "Month", style: "header" },
      { value: "Unit", style: "header" },
      ...MONTHS.map((m): PlanCell => ({ value: m + 1, style: "header", numberFormat: "0" })),
      { value: "Year", style: "header" },
    ]),
    row(R.calendar, [
      { value: "Calendar month", style: "label" },
      {},
      ...data.monthLabels.map((label): PlanCell => ({ value: label, style: "subtitle" })),
    ]),
    ...givenBlocks(data),
    ...coachBlocks(data.coach),
    ...assumptionBlocks(assumptions),
    ...outputBlocks(wired, lux, assumptions),
  ];
  if (wired) blocks.push(...sanityBlocks());
  if (wired && lux) blocks.push(...helperBlocks());
  blocks.push(notesBlock(data));

  return {
    name: MODEL,
    tabColor: "#385723",
    columnWidths: {
      A: 50,
      B: 11,
      ...Object.fromEntries(MONTHS.map((m) => [col(m), 12])),
      O: 14,
      P: 3,
      Q: 18,
      R: 12,
      S: 40,
    },
    freeze: { rows: R.calendar, columns: 2 },
    blocks,
    validations: validations(data, wired && lux),
  };
}

function givenBlocks(data: Drill3Data): PlanBlock[] {
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
      "Digital revenue / all-channel revenue of top clients, before the programme."
    ),
    scalar(
      R.targetShare,
      "Target share in month 12",
      "%",
      data.targetShare,
      FORMATS.pct1,
      "What the programme must reach in month 12."
    ),
    row(R.baselineTCRevenue, [
      { value: "Top-client revenue, all channels, before the programme", style: "label" },
      { value: "$", style: "note" },
      ...MONTHS.map((m): PlanCell => ({
        value: data.baselineTCRevenue[m] as number,
        style: "given",
        numberFormat: FORMATS.usd,
      })),
      {
        formula: `=SUM(C${R.baselineTCRevenue}:N${R.baselineTCRevenue})`,
        style: "given",
        numberFormat: FORMATS.usd,
      },
    ]),
    row(R.seasonality, [
      { value: "Seasonality (share of the year's top-client revenue)", style: "label" },
      { value: "%", style: "note" },
      ...MONTHS.map((m): PlanCell => ({
        formula: `=${col(m)}${R.baselineTCRevenue}/$O$${R.baselineTCRevenue}`,
        style: "given",
        numberFormat: FORMATS.pct1,
      })),
      {
        formula: `=SUM(C${R.seasonality}:N${R.seasonality})`,
        style: "given",
        numberFormat: FORMATS.pct1,
      },
    ]),
  ];
}

const COACH_ROWS: {
  key: keyof Drill3CoachSettings;
  row: number;
  label: string;
  unit: string;
  format: string;
  note: string;
}[] = [
  {
    key: "maxDigitalHoursPerSAWeek",
    row: R.maxDigitalHoursPerSAWeek,
    label: "Max digital hours per active SA per week",
    unit: "hours",
    format: FORMATS.decimal2,
    note: "Time an SA can give to carts and salons in a week without neglecting the boutique floor.",
  },
  {
    key: "minutesPerCart",
    row: R.minutesPerCart,
    label: "Minutes to prepare and send one cart / look",
    unit: "min",
    format: FORMATS.int,
    note: "Selecting pieces, writing the message, following up.",
  },
  {
    key: "minutesPerSalon",
    row: R.minutesPerSalon,
    label: "Minutes per digital salon session",
    unit: "min",
    format: FORMATS.int,
    note: "Preparation plus the video consultation itself.",
  },
  {
    key: "maxDOSPerMonth",
    row: R.maxDOSPerMonth,
    label: "Max DOS going live in one month",
    unit: "DOS",
    format: FORMATS.int,
    note: "How many boutiques the team can train and support in a month.",
  },
  {
    key: "maxShareStep",
    row: R.maxShareStep,
    label: "Max move of the share in one month",
    unit: "pts",
    format: FORMATS.pct1,
    note: "A larger monthly jump is not believable without a reason on the sheet.",
  },
  {
    key: "maxAdoptionWithoutAttribution",
    row: R.maxAdoptionWithoutAttribution,
    label: "Max active SA rate until attribution is live",
    unit: "%",
    format: FORMATS.pct0,
    note: "Until SAs are credited for their clients' digital sales, most of them will not push digital.",
  },
  {
    key: "maxCartConversion",
    row: R.maxCartConversion,
    label: "Max cart conversion",
    unit: "%",
    format: FORMATS.pct0,
    note: "Share of carts sent that become orders; anything higher is wishful.",
  },
  {
    key: "maxSalonConversion",
    row: R.maxSalonConversion,
    label: "Max salon conversion",
    unit: "%",
    format: FORMATS.pct0,
    note: "Share of salon sessions that end in a purchase.",
  },
  {
    key: "maxTotalRevenueDrop",
    row: R.maxTotalRevenueDrop,
    label: "Max fall of top-client total revenue below baseline",
    unit: "%",
    format: FORMATS.pct0,
    note: "Moving spend online must not lose top-client revenue overall.",
  },
];

function coachBlocks(coach: Drill3CoachSettings): PlanBlock[] {
  return [
    row(R.coachHeader, [
      {
        value: "Coach settings (rules of thumb a coach may change; the check reads them from here)",
        style: "subtitle",
      },
    ]),
    ...COACH_ROWS.map((setting) =>
      row(setting.row, [
        { value: setting.label, style: "label" },
        { value: setting.unit, style: "note" },
        {
          value: coach[setting.key],
          style: "given",
          numberFormat: setting.format,
          note: setting.note,
        },
        { value: setting.note, style: "note" },
      ])
    ),
  ];
}

type AssumptionRow = {
  row: number;
  label: string;
  unit: string;
  format: string;
  values: (a: Drill3Assumptions) => number[];
};

const ASSUMPTION_ROWS: AssumptionRow[] = [
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

function assumptionBlocks(assumptions: Drill3Assumptions | undefined): PlanBlock[] {
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
        ...MONTHS.map((m): PlanCell =>
          values
            ? { value: values[m] as number, style: "input", numberFormat: spec.format }
            : { style: "input", numberFormat: spec.format }
        ),
      ]);
    }),
  ];
}

type OutputRow = {
  row: number;
  label: string;
  format: string;
  /** The month's formula, given its column letter and the previous column's. */
  formula: (x: string, lux: boolean) => string;
  year: "sum" | "share";
};

const OUTPUT_ROWS: OutputRow[] = [
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
      `=${x}${R.tcTotalRevenue}*(D3_BaselineShare+SUM($C$${R.organicDrift}:${x}${R.organicDrift})/100)`,
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

function outputBlocks(
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
    ...OUTPUT_ROWS.map((spec) => {
      const otherIndex = OTHER_LEVER_ROWS.indexOf(spec.row);
      const label: PlanCell =
        otherIndex >= 0
          ? {
              ...(labels ? { value: labels[otherIndex] as string } : {}),
              style: "input",
              note: "Name a lever you add (or leave it empty). Its drivers are assumption rows 39–42.",
            }
          : { value: spec.label, style: "label" };
      const year: PlanCell =
        spec.year === "sum"
          ? { formula: `=SUM(C${spec.row}:N${spec.row})` }
          : {
              formula: `=IF(O${R.tcTotalRevenue}=0,0,O${R.tcDigitalRevenue}/O${R.tcTotalRevenue})`,
            };
      return row(spec.row, [
        label,
        { value: spec.format === FORMATS.pct1 ? "%" : "$", style: "note" },
        ...MONTHS.map((m): PlanCell =>
          wired
            ? { formula: spec.formula(col(m), lux), style: "output", numberFormat: spec.format }
            : { style: "output", numberFormat: spec.format }
        ),
        ...(wired ? [{ ...year, style: "output" as const, numberFormat: spec.format }] : []),
      ]);
    }),
  ];
}

function sanityBlocks(): PlanBlock[] {
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
      ...MONTHS.map((m): PlanCell => ({
        formula: f(col(m), columnLetters(2 + m)),
        style: "check",
        numberFormat: format,
      })),
    ]);
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

/** Rows of the LUX helper block (add-in starter and answer key). */
const H = {
  header: R.helpersHeader,
  start: R.helpersHeader + 1,
  months: R.helpersHeader + 2,
  ceiling: R.helpersHeader + 3,
  shape: R.helpersHeader + 4,
  ramp: R.helpersHeader + 5,
  annual: R.helpersHeader + 6,
  seasonal: R.helpersHeader + 7,
} as const;

function helperBlocks(): PlanBlock[] {
  const param = (at: number, label: string, value: CellValueLike, format: string): PlanBlock =>
    row(at, [
      { value: label, style: "label" },
      {},
      { value, style: "input", numberFormat: format },
    ]);
  return [
    row(H.header, [
      {
        value:
          "Helpers (optional): a ramp or a seasonal spread from the LUX functions. Point an assumption row at a helper row (e.g. =C66) or copy its values.",
        style: "subtitle",
      },
    ]),
    param(H.start, "Ramp — start month", 2, "0"),
    param(H.months, "Ramp — months to reach the ceiling", 6, "0"),
    param(H.ceiling, "Ramp — ceiling", 1, FORMATS.decimal2),
    param(H.shape, "Ramp — shape (linear or s-curve)", "linear", FORMATS.text),
    row(H.ramp, [
      { value: "Ramp row", style: "label" },
      {},
      {
        formula: `=LUX.RAMP(D3_Months,$C$${H.start},$C$${H.months},$C$${H.ceiling},$C$${H.shape})`,
        style: "check",
        numberFormat: FORMATS.decimal2,
      },
    ]),
    param(H.annual, "Annual figure to spread by seasonality", 1200, FORMATS.int),
    row(H.seasonal, [
      { value: "Seasonal row", style: "label" },
      {},
      {
        formula: `=LUX.SEASONAL($C$${H.annual},D3_Seasonality)`,
        style: "check",
        numberFormat: FORMATS.int,
      },
    ]),
  ];
}

type CellValueLike = string | number;

/** First row of the notes under the model (after the optional helper block). */
const NOTES_ROW = H.seasonal + 3;

function notesBlock(data: Drill3Data): PlanBlock {
  const c = data.coach;
  const lines: [string, PlanCell["style"]][] = [
    ["How to work this drill", "subtitle"],
    [
      `The situation: top clients buy ${pct(data.baselineShare)} of their spend through digital channels; the maison wants ${pct(data.targetShare)} in month 12. ${fmtInt(data.sas)} SAs in ${fmtInt(data.dos)} DOS are wary — they feel the .com competes with them. Save-the-cart / send-a-look is not in production, digital salons are not offered and click-to-DOS is broken.`,
      "instruction",
    ],
    [
      "1. Decide the programme: which DOS go live with save-the-cart / send-a-look each month, when SAs start being credited for their clients' digital sales, when digital salons open, when click-to-DOS is repaired.",
      "instruction",
    ],
    [
      "2. Type your assumptions in the yellow rows, one number per month. Month 1 is before anything is live: no DOS live, the share at its baseline.",
      "instruction",
    ],
    [
      "3. Write every forecast row with formulas that read your assumption rows and the givens by name (D3_SAs, D3_DOS, D3_BaselineShare …). Keep one formula shape across a row and keep numbers out of formulas: only 0, 1, 12, 52 and 100 belong there, every other number is an assumption cell.",
      "instruction",
    ],
    [
      "4. Add up to two levers of your own in rows 39–42 and name them in A48:A49. No discount, promo code, markdown, sale or retargeting blast — this maison has none.",
      "instruction",
    ],
    [
      "5. Check your work from the add-in's task pane (or `maison-drills check` on the saved file); findings point at cells.",
      "instruction",
    ],
    [
      "How the revenue model works (one reasonable model; refine it if you can defend it)",
      "subtitle",
    ],
    ["Active SAs = SAs × DOS live / DOS × active SA rate.", "instruction"],
    [
      "Save-the-cart revenue = active SAs × carts per SA-week × 52/12 weeks in a month × cart conversion × cart value.",
      "instruction",
    ],
    ["Digital salon revenue = sessions × salon conversion × salon ticket.", "instruction"],
    [
      "Organic revenue = total × (baseline share + organic drift accumulated so far / 100): what top clients do on their own; in month 1 it is exactly the baseline.",
      "instruction",
    ],
    [
      "Other levers = orders × average order value. Click-to-DOS and ship-from-store bring clients into boutiques: that revenue closes in the DOS and is not digital.",
      "instruction",
    ],
    [
      "Digital revenue = the sum of the levers. Total top-client revenue = the baseline: the programme moves where top clients buy, not how much they spend. Share = digital / total.",
      "instruction",
    ],
    ["What the coach checks (limits in the coach settings above)", "subtitle"],
    [
      `Month 1 at the baseline share with no DOS live; at most ${c.maxDOSPerMonth} new DOS a month; DOS live never falls and never exceeds D3_DOS.`,
      "instruction",
    ],
    [
      `SA time: carts × ${c.minutesPerCart} min plus salon sessions × ${c.minutesPerSalon} min must fit in ${c.maxDigitalHoursPerSAWeek} hours per active SA per week (a month has 52/12 weeks); salon sessions need active SAs to host them.`,
      "instruction",
    ],
    [
      `The share moves at most ${pct(c.maxShareStep)} points a month; cart conversion ≤ ${pct(c.maxCartConversion)}, salon conversion ≤ ${pct(c.maxSalonConversion)}; without attribution at most ${pct(c.maxAdoptionWithoutAttribution)} of SAs in live DOS take part.`,
      "instruction",
    ],
    [
      `Levers add up to digital revenue; share = digital / total; top-client total revenue never more than ${pct(c.maxTotalRevenueDrop)} below its baseline; month 12 at or above ${pct(data.targetShare)}.`,
      "instruction",
    ],
  ];
  return {
    at: `A${NOTES_ROW}`,
    rows: lines.map(([value, style]) => [{ value, style }]),
  };
}

function validations(data: Drill3Data, helpers: boolean): PlanValidation[] {
  const month = (r: number) => `C${r}:N${r}`;
  const list: PlanValidation[] = [
    {
      range: month(R.dosLive),
      kind: "whole",
      min: 0,
      max: data.dos,
      prompt: "Cumulative DOS live (0 to the roster's DOS count).",
    },
    ...[R.activeSARate, R.cartConversion, R.salonConversion].map((r): PlanValidation => ({
      range: month(r),
      kind: "decimal",
      min: 0,
      max: 1,
      prompt: "A rate between 0% and 100%.",
    })),
    ...[R.attributionLive, R.clickToDOSLive].map((r): PlanValidation => ({
      range: month(r),
      kind: "whole",
      min: 0,
      max: 1,
      prompt: "1 when live this month, 0 when not.",
    })),
    {
      range: month(R.cartsPerSAWeek),
      kind: "decimal",
      min: 0,
      max: 100,
      prompt: "Carts or looks one active SA sends in a week.",
    },
    ...[R.salonSessions, R.other1Orders, R.other2Orders].map((r): PlanValidation => ({
      range: month(r),
      kind: "whole",
      min: 0,
      max: 1_000_000,
      prompt: "A count per month (0 or more).",
    })),
    ...[R.cartValue, R.salonTicket, R.other1Value, R.other2Value].map((r): PlanValidation => ({
      range: month(r),
      kind: "decimal",
      min: 0,
      max: 10_000_000,
      prompt: "An amount in dollars (0 or more).",
    })),
    {
      range: month(R.organicDrift),
      kind: "decimal",
      min: -5,
      max: 5,
      prompt: "Percentage points per month, e.g. 0.05 (0 in month 1).",
    },
  ];
  if (helpers) {
    list.push({
      range: `C${H.shape}`,
      kind: "list",
      values: ["linear", "s-curve"],
      prompt: "Shape of the ramp.",
    });
  }
  return list;
}

function row(at: number, cells: PlanCell[]): PlanBlock {
  return { at: `A${at}`, rows: [cells] };
}

function pct(share: number): string {
  const points = Math.round(share * 1000) / 10;
  return `${points}%`;
}

function fmtInt(n: number): string {
  return n.toLocaleString("en-US");
}
