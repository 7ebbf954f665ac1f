import {
  FORMATS,
  type PlanCell,
  type PlanName,
  type PlanSheet,
  type WorkbookPlan,
} from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { absoluteRef } from "../../sheet/sheetRef";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { DRILL1_TIERS } from "./drill1Catalogue";
import { drill1CoachDiagnosis, drill1CoachMoves } from "./drill1Coaching";
import {
  DRILL1_GENERATOR_VERSION,
  generateDrill1Data,
  type Drill1Data,
} from "./generateDrill1Data";
import { summariseDrill1 } from "./summariseDrill1";

export const D1_DATA_SHEET = "D1 Data";
export const D1_WORK_SHEET = "D1 Work";

/** The bridge methods a candidate may pick (PRODUCT.md section 2). */
export const D1_METHODS = ["midpoint", "mix-first", "rate-first", "three-way"] as const;

/** Where D1 Work keeps each block; the names below and the tests read these. */
export const D1_LAYOUT = {
  headlineHeaderRow: 8,
  headlineRows: {
    orders: 9,
    revenue: 10,
    aov: 11,
    sellThrough: 12,
    channelShare: 13,
    topClientShare: 14,
    mixIcons: 15,
    mixEntry: 16,
    mixOther: 17,
  },
  tierHeaderRow: 20,
  firstTierRow: 21,
  tierTotalRow: 25,
  methodRow: 29,
  /** AOV bridge: header, then Start, Mix, Rate, Interaction, End, the closing check. */
  aovBridgeHeaderRow: 31,
  /** Sell-through bridge, same shape, below the AOV bridge. */
  stBridgeHeaderRow: 39,
  movesRow: 55,
  diagnosisRow: 60,
  luxExampleRow: 63,
} as const;

const L = D1_LAYOUT;

/** Tier table columns on D1 Work. */
const TIER_COLUMNS = {
  ordersLQ: "B",
  ordersTQ: "C",
  revenueLQ: "D",
  revenueTQ: "E",
  aovLQ: "F",
  aovTQ: "G",
  shareLQ: "H",
  shareTQ: "I",
  receivedLQ: "J",
  receivedTQ: "K",
  soldLQ: "L",
  soldTQ: "M",
  stLQ: "N",
  stTQ: "O",
} as const;

/**
 * Builds drill 1 (quarter diagnosis): `D1 Data` with every online order, the online inventory and
 * the channel totals as Excel tables, and `D1 Work` with the headline figures and the tier table
 * computed by native formulas, the candidate's bridge and diagnosis cells, two waterfalls and the
 * Drill info stamp. "answer-key" fills the answers with native formulas (midpoint bridge) and a
 * coach's moves and diagnosis; an add-in starter also shows `LUX.AOVBRIDGE` / `LUX.STBRIDGE`.
 *
 * @example
 * const plan = buildDrill1Plan({ seed: 0, mode: "blank", target: "file" });
 * plan.sheets.map((s) => s.name) //=> ["D1 Data", "D1 Work"]
 */
export function buildDrill1Plan(options: PlanOptions): WorkbookPlan {
  const data = generateDrill1Data(options.seed);
  const dataSheet = buildDataSheet(data);
  const work = buildWorkSheet(data, options);
  return {
    drill: "1",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: DRILL1_GENERATOR_VERSION,
    sheets: [dataSheet.sheet, work.sheet],
    names: [...dataSheet.names, ...work.names],
  };
}

const ORDER_HEADERS = [
  "Order ID",
  "Order date",
  "Quarter",
  "Tier",
  "Product",
  "Country",
  "Currency",
  "Local price",
  "FX to USD (harmonised)",
  "Order value (USD)",
  "Client segment",
  "SA-attributed",
  "Device",
];

const FIRST_DATA_ROW = 6;

/** The raw-data ranges D1 Work's formulas read, sheet-qualified and absolute. */
function dataRefs(data: Drill1Data) {
  const last = FIRST_DATA_ROW + data.orders.length - 1;
  const column = (letter: string, from: number, to: number): string =>
    absoluteRef(D1_DATA_SHEET, `${letter}${from}:${letter}${to}`);
  return {
    quarter: column("C", FIRST_DATA_ROW, last),
    tier: column("D", FIRST_DATA_ROW, last),
    usd: column("J", FIRST_DATA_ROW, last),
    segment: column("K", FIRST_DATA_ROW, last),
    invQuarter: column("O", 6, 13),
    invTier: column("P", 6, 13),
    invReceived: column("Q", 6, 13),
    invSold: column("R", 6, 13),
    chQuarter: column("O", 17, 20),
    chChannel: column("P", 17, 20),
    chRevenue: column("Q", 17, 20),
    chTopClient: column("R", 17, 20),
  };
}

function buildDataSheet(data: Drill1Data): { sheet: PlanSheet; names: PlanName[] } {
  const header = (value: string): PlanCell => ({ value, style: "header" });
  const last = FIRST_DATA_ROW + data.orders.length - 1;
  // Ten thousand rows repeat a few hundred distinct cells: share one frozen cell per value and
  // format, so the plan allocates (and the garbage collector chases) a fraction of the objects.
  const shared = new Map<string, PlanCell>();
  const cell = (value: string | number, numberFormat?: string): PlanCell => {
    const key = `${typeof value}|${value}|${numberFormat ?? ""}`;
    let found = shared.get(key);
    if (!found) {
      found = Object.freeze(numberFormat ? { value, numberFormat } : { value });
      shared.set(key, found);
    }
    return found;
  };
  const orderRows: PlanCell[][] = data.orders.map((o) => [
    { value: o.id },
    cell(o.date, FORMATS.date),
    cell(o.quarter),
    cell(o.tier),
    cell(o.product),
    cell(o.country),
    cell(o.currency),
    cell(o.localPrice, FORMATS.int),
    cell(o.fx, "0.000000"),
    cell(o.usd, FORMATS.usd),
    cell(o.segment),
    cell(o.saAttributed),
    cell(o.device),
  ]);
  const inventoryRows: PlanCell[][] = data.inventory.map((r) => [
    { value: r.quarter },
    { value: r.tier },
    { value: r.received, numberFormat: FORMATS.int },
    { value: r.sold, numberFormat: FORMATS.int },
  ]);
  const channelRows: PlanCell[][] = data.channels.map((c) => [
    { value: c.quarter },
    { value: c.channel },
    { value: c.revenue, numberFormat: FORMATS.usdCents },
    { value: c.topClientRevenue, numberFormat: FORMATS.usdCents },
  ]);
  const sheet: PlanSheet = {
    name: D1_DATA_SHEET,
    tabColor: "#7A5C3E",
    columnWidths: {
      A: 12,
      B: 12,
      C: 9,
      D: 24,
      E: 30,
      F: 20,
      G: 10,
      H: 12,
      I: 14,
      J: 14,
      K: 17,
      L: 13,
      M: 12,
      N: 3,
      O: 10,
      P: 26,
      Q: 18,
      R: 22,
    },
    freeze: { rows: 5, columns: 1 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Drill 1 — Quarter diagnosis: raw data", style: "title" }],
          [
            {
              value:
                "Every online order of last quarter (LQ) and this quarter (TQ), the online allocation " +
                "by tier, and channel and top-client totals. Order values are the maison's harmonised " +
                "USD reference prices; local prices are shown for reference.",
              style: "instruction",
            },
          ],
          [
            {
              value:
                "These rows are the givens: D1 Work and the check read them, so leave them as they are.",
              style: "instruction",
            },
          ],
          [{ value: "Online orders (one row per order)", style: "subtitle" }],
        ],
      },
      { at: "A5", rows: [ORDER_HEADERS.map(header), ...orderRows] },
      {
        at: "O4",
        rows: [
          [{ value: "Online inventory by tier", style: "subtitle" }],
          ["Quarter", "Tier", "Units received", "Units sold at full price"].map(header),
          ...inventoryRows,
        ],
      },
      {
        at: "O15",
        rows: [
          [{ value: "Channel and top-client totals", style: "subtitle" }],
          ["Quarter", "Channel", "Revenue (USD)", "Top-client revenue (USD)"].map(header),
          ...channelRows,
        ],
      },
    ],
    tables: [
      { name: "tblD1Orders", range: `A5:M${last}`, style: "TableStyleLight1" },
      { name: "tblD1Inventory", range: "O5:R13", style: "TableStyleLight1" },
      { name: "tblD1Channels", range: "O16:R20", style: "TableStyleLight1" },
    ],
  };
  return { sheet, names: [] };
}

function buildWorkSheet(
  data: Drill1Data,
  options: PlanOptions
): { sheet: PlanSheet; names: PlanName[] } {
  const ref = dataRefs(data);
  const answerKey = options.mode === "answer-key";
  const given = (formula: string, numberFormat: string): PlanCell => ({
    formula,
    numberFormat,
    style: "given",
  });
  const label = (value: string): PlanCell => ({ value, style: "label" });
  const header = (value: string): PlanCell => ({ value, style: "header" });
  const note = (value: string): PlanCell => ({ value, style: "note" });
  const H = L.headlineRows;

  // Headline figures: every one from the raw rows, LQ in B and TQ in C (the header holds the label).
  const headlineRow = (
    name: string,
    row: number,
    formula: (col: "B" | "C") => string,
    numberFormat: string,
    how: string
  ): PlanCell[] => [
    label(name),
    given(formula("B"), numberFormat),
    given(formula("C"), numberFormat),
    given(`=C${row}-B${row}`, numberFormat),
    note(how),
  ];
  const q = (col: "B" | "C"): string => `${col}$${L.headlineHeaderRow}`;
  const tierCount = (col: "B" | "C", tierRow: number): string =>
    `COUNTIFS(${ref.quarter},${q(col)},${ref.tier},$A$${tierRow})`;
  const topOnline = (col: "B" | "C"): string =>
    `SUMIFS(${ref.usd},${ref.quarter},${q(col)},${ref.segment},"Top client")`;
  const firstTier = L.firstTierRow;
  const headlineBlock: PlanCell[][] = [
    ["KPI", "LQ", "TQ", "Change", "How it is computed"].map(header),
    headlineRow(
      "Online orders",
      H.orders,
      (c) => `=COUNTIFS(${ref.quarter},${q(c)})`,
      FORMATS.int,
      "count of order rows"
    ),
    headlineRow(
      "Online revenue (USD)",
      H.revenue,
      (c) => `=SUMIFS(${ref.usd},${ref.quarter},${q(c)})`,
      FORMATS.usdCents,
      "sum of order values"
    ),
    headlineRow(
      "Online AOV (USD)",
      H.aov,
      (c) => `=${c}${H.revenue}/${c}${H.orders}`,
      FORMATS.usdCents,
      "revenue / orders"
    ),
    headlineRow(
      "Full-price sell-through",
      H.sellThrough,
      (c) =>
        `=SUMIFS(${ref.invSold},${ref.invQuarter},${q(c)})/SUMIFS(${ref.invReceived},${ref.invQuarter},${q(c)})`,
      FORMATS.pct2,
      "units sold at full price / units received"
    ),
    headlineRow(
      "Online channel share of revenue",
      H.channelShare,
      (c) =>
        `=${c}${H.revenue}/(${c}${H.revenue}+SUMIFS(${ref.chRevenue},${ref.chQuarter},${q(c)},${ref.chChannel},"DOS"))`,
      FORMATS.pct2,
      "online revenue / (online + DOS revenue)"
    ),
    headlineRow(
      "Top-client digital share",
      H.topClientShare,
      (c) =>
        `=${topOnline(c)}/(${topOnline(c)}+SUMIFS(${ref.chTopClient},${ref.chQuarter},${q(c)},${ref.chChannel},"DOS"))`,
      FORMATS.pct2,
      "top-client online revenue / top-client revenue in all channels"
    ),
    headlineRow(
      "Order mix: Icons & haute",
      H.mixIcons,
      (c) => `=${tierCount(c, firstTier)}/${c}${H.orders}`,
      FORMATS.pct2,
      "share of online orders"
    ),
    headlineRow(
      "Order mix: Entry small leather goods",
      H.mixEntry,
      (c) => `=${tierCount(c, firstTier + 2)}/${c}${H.orders}`,
      FORMATS.pct2,
      "share of online orders"
    ),
    headlineRow(
      "Order mix: other tiers",
      H.mixOther,
      (c) => `=(${tierCount(c, firstTier + 1)}+${tierCount(c, firstTier + 3)})/${c}${H.orders}`,
      FORMATS.pct2,
      "core leather goods plus ready-to-wear & shoes"
    ),
  ];

  // Tier table: one row per tier, LQ and TQ side by side, then totals.
  const C = TIER_COLUMNS;
  const tierRow = (tier: string, row: number): PlanCell[] => {
    const count = (quarter: "LQ" | "TQ"): string =>
      `=COUNTIFS(${ref.quarter},"${quarter}",${ref.tier},$A${row})`;
    const revenue = (quarter: "LQ" | "TQ"): string =>
      `=SUMIFS(${ref.usd},${ref.quarter},"${quarter}",${ref.tier},$A${row})`;
    const inventory = (range: string, quarter: "LQ" | "TQ"): string =>
      `=SUMIFS(${range},${ref.invQuarter},"${quarter}",${ref.invTier},$A${row})`;
    return [
      { value: tier, style: "label" },
      given(count("LQ"), FORMATS.int),
      given(count("TQ"), FORMATS.int),
      given(revenue("LQ"), FORMATS.usd),
      given(revenue("TQ"), FORMATS.usd),
      given(`=${C.revenueLQ}${row}/${C.ordersLQ}${row}`, FORMATS.usdCents),
      given(`=${C.revenueTQ}${row}/${C.ordersTQ}${row}`, FORMATS.usdCents),
      given(`=${C.ordersLQ}${row}/${C.ordersLQ}$${L.tierTotalRow}`, FORMATS.pct2),
      given(`=${C.ordersTQ}${row}/${C.ordersTQ}$${L.tierTotalRow}`, FORMATS.pct2),
      given(inventory(ref.invReceived, "LQ"), FORMATS.int),
      given(inventory(ref.invReceived, "TQ"), FORMATS.int),
      given(inventory(ref.invSold, "LQ"), FORMATS.int),
      given(inventory(ref.invSold, "TQ"), FORMATS.int),
      given(`=${C.soldLQ}${row}/${C.receivedLQ}${row}`, FORMATS.pct2),
      given(`=${C.soldTQ}${row}/${C.receivedTQ}${row}`, FORMATS.pct2),
    ];
  };
  const lastTier = L.firstTierRow + DRILL1_TIERS.length - 1;
  const total = L.tierTotalRow;
  const sumOf = (col: string, format: string): PlanCell =>
    given(`=SUM(${col}${L.firstTierRow}:${col}${lastTier})`, format);
  const tierBlock: PlanCell[][] = [
    [
      "Tier",
      "Orders LQ",
      "Orders TQ",
      "Revenue LQ",
      "Revenue TQ",
      "AOV LQ",
      "AOV TQ",
      "Order share LQ",
      "Order share TQ",
      "Received LQ",
      "Received TQ",
      "Sold at full price LQ",
      "Sold at full price TQ",
      "Sell-through LQ",
      "Sell-through TQ",
    ].map(header),
    ...DRILL1_TIERS.map((tier, i) => tierRow(tier, L.firstTierRow + i)),
    [
      { value: "All tiers", style: "label" },
      sumOf(C.ordersLQ, FORMATS.int),
      sumOf(C.ordersTQ, FORMATS.int),
      sumOf(C.revenueLQ, FORMATS.usd),
      sumOf(C.revenueTQ, FORMATS.usd),
      given(`=${C.revenueLQ}${total}/${C.ordersLQ}${total}`, FORMATS.usdCents),
      given(`=${C.revenueTQ}${total}/${C.ordersTQ}${total}`, FORMATS.usdCents),
      sumOf(C.shareLQ, FORMATS.pct2),
      sumOf(C.shareTQ, FORMATS.pct2),
      sumOf(C.receivedLQ, FORMATS.int),
      sumOf(C.receivedTQ, FORMATS.int),
      sumOf(C.soldLQ, FORMATS.int),
      sumOf(C.soldTQ, FORMATS.int),
      given(`=${C.soldLQ}${total}/${C.receivedLQ}${total}`, FORMATS.pct2),
      given(`=${C.soldTQ}${total}/${C.receivedTQ}${total}`, FORMATS.pct2),
    ],
  ];

  // The candidate's answer: method, two bridges, three moves, a diagnosis.
  const summary = answerKey ? summariseDrill1(data) : undefined;
  const input = (cell: PlanCell = {}): PlanCell => ({ ...cell, style: "input" });
  const tiers = (col: string): string => `$${col}$${L.firstTierRow}:$${col}$${lastTier}`;
  const midpointMix = (w0: string, t0: string, w1: string, t1: string): string =>
    `=SUMPRODUCT(${tiers(w1)}/SUM(${tiers(w1)})-${tiers(w0)}/SUM(${tiers(w0)}),` +
    `(${tiers(t0)}/${tiers(w0)}+${tiers(t1)}/${tiers(w1)})/2)`;
  const midpointRate = (w0: string, t0: string, w1: string, t1: string): string =>
    `=SUMPRODUCT(${tiers(t1)}/${tiers(w1)}-${tiers(t0)}/${tiers(w0)},` +
    `(${tiers(w0)}/SUM(${tiers(w0)})+${tiers(w1)}/SUM(${tiers(w1)}))/2)`;
  const effect = (formula: string | undefined, numberFormat: string): PlanCell =>
    input(answerKey && formula ? { formula, numberFormat } : { numberFormat });
  /** One bridge, Start to End, with a closing check; `start` and `end` are headline rows. */
  const bridge = (
    title: string,
    headerRow: number,
    headlineRow: number,
    numberFormat: string,
    mix: string,
    rate: string
  ): PlanCell[][] => {
    const first = headerRow + 1;
    return [
      [header(title), header("Value")],
      [label("Start (LQ)"), given(`=B${headlineRow}`, numberFormat)],
      [label("Mix"), effect(mix, numberFormat)],
      [label("Rate"), effect(rate, numberFormat)],
      [
        label("Interaction (three-way only)"),
        input(answerKey ? { value: 0, numberFormat } : { numberFormat }),
      ],
      [label("End (TQ)"), given(`=C${headlineRow}`, numberFormat)],
      [
        label("Left to explain (0 when it closes)"),
        {
          formula: `=B${first + 4}-(B${first}+B${first + 1}+B${first + 2}+B${first + 3})`,
          numberFormat,
          style: "check",
        },
      ],
    ];
  };
  const aovBridge = bridge(
    "AOV bridge (USD)",
    L.aovBridgeHeaderRow,
    H.aov,
    FORMATS.usdCents,
    midpointMix(C.ordersLQ, C.revenueLQ, C.ordersTQ, C.revenueTQ),
    midpointRate(C.ordersLQ, C.revenueLQ, C.ordersTQ, C.revenueTQ)
  );
  const stBridge = bridge(
    "Full-price sell-through bridge",
    L.stBridgeHeaderRow,
    H.sellThrough,
    FORMATS.pct2,
    midpointMix(C.receivedLQ, C.soldLQ, C.receivedTQ, C.soldTQ),
    midpointRate(C.receivedLQ, C.soldLQ, C.receivedTQ, C.soldTQ)
  );
  const A = L.aovBridgeHeaderRow + 1;
  const S = L.stBridgeHeaderRow + 1;

  const moves = summary ? drill1CoachMoves(summary) : ["", "", ""];
  const textInput = (text: string): PlanCell => input(text ? { value: text } : {});
  const methodValue = answerKey || options.mode === "starter" ? "midpoint" : undefined;

  const lux = options.target === "addin" && options.mode === "starter";
  const tierArgs = (w0: string, t0: string, w1: string, t1: string): string =>
    `${tiers(w0)},${tiers(t0)},${tiers(w1)},${tiers(t1)}`;

  const blocks: PlanSheet["blocks"] = [
    {
      at: "A1",
      rows: [
        [{ value: "Drill 1 — Quarter diagnosis (last quarter → this quarter)", style: "title" }],
        [
          {
            value:
              "Online AOV, full-price sell-through and top-client digital share all fell this quarter. " +
              "The figures below come from D1 Data through ordinary formulas.",
            style: "instruction",
          },
        ],
        [
          {
            value:
              "Your task: split the AOV change and the sell-through change into mix (which tiers were " +
              "ordered or received) and rate (how each tier did), with the method you pick.",
            style: "instruction",
          },
        ],
        [
          {
            value:
              "Then write your first three moves and a short diagnosis, without any price lever: the " +
              "maison never discounts.",
            style: "instruction",
          },
        ],
        [
          {
            value:
              "Cells styled as inputs are yours; everything else is given. Enter sell-through effects as " +
              "percentages (e.g. -4.25%).",
            style: "instruction",
          },
        ],
      ],
    },
    { at: "A7", rows: [[{ value: "Headline figures, computed from D1 Data", style: "subtitle" }]] },
    { at: `A${L.headlineHeaderRow}`, rows: headlineBlock },
    {
      at: `A${L.tierHeaderRow - 1}`,
      rows: [[{ value: "By tier, computed from D1 Data", style: "subtitle" }]],
    },
    { at: `A${L.tierHeaderRow}`, rows: tierBlock },
    {
      at: `A${L.methodRow - 2}`,
      rows: [
        [{ value: "Your answer", style: "subtitle" }],
        [
          {
            value:
              "Pick a bridge method, then fill the mix and rate effects of both bridges (and the " +
              "interaction if you chose three-way). Start + effects must equal End.",
            style: "instruction",
          },
        ],
        [
          label("Bridge method"),
          input(methodValue ? { value: methodValue } : {}),
          note("midpoint, mix-first, rate-first or three-way"),
        ],
      ],
    },
    { at: `A${L.aovBridgeHeaderRow}`, rows: aovBridge },
    { at: `A${L.stBridgeHeaderRow}`, rows: stBridge },
    {
      at: `A${L.movesRow - 1}`,
      rows: [
        [{ value: "Your first three moves (no discount lever)", style: "subtitle" }],
        ...moves.map((move, i) => [label(`Move ${i + 1}`), textInput(move)]),
      ],
    },
    {
      at: `A${L.diagnosisRow - 1}`,
      rows: [
        [{ value: "Your diagnosis", style: "subtitle" }],
        [label("Diagnosis"), textInput(summary ? drill1CoachDiagnosis(summary) : "")],
      ],
    },
  ];
  if (lux) {
    blocks.push({
      at: `A${L.luxExampleRow - 1}`,
      rows: [
        [{ value: "Check yourself with the add-in's bridge functions", style: "subtitle" }],
        [
          label("LUX.AOVBRIDGE (midpoint)"),
          {
            formula: `=LUX.AOVBRIDGE(${tierArgs(C.ordersLQ, C.revenueLQ, C.ordersTQ, C.revenueTQ)},"midpoint")`,
            style: "output",
          },
        ],
        // The AOV spill takes four rows (Start, Mix, Rate, End); the next one starts after a gap.
        [],
        [],
        [],
        [],
        [
          label("LUX.STBRIDGE (midpoint)"),
          {
            formula: `=LUX.STBRIDGE(${tierArgs(C.receivedLQ, C.soldLQ, C.receivedTQ, C.soldTQ)},"midpoint")`,
            style: "output",
          },
        ],
      ],
    });
  }

  const info = drillInfoBlock(
    {
      drill: "1",
      title: "Quarter diagnosis: AOV and sell-through bridges",
      seed: options.seed,
      generatorVersion: DRILL1_GENERATOR_VERSION,
      mode: options.mode,
    },
    { sheet: D1_WORK_SHEET, at: "K7", namePrefix: "D1" }
  );
  blocks.push(info.block);

  const work = (range: string): string => absoluteRef(D1_WORK_SHEET, range);
  const headlineName = (name: string, row: number, comment: string): PlanName => ({
    name,
    refersTo: work(`B${row}:C${row}`),
    comment: `${comment} (LQ, TQ), computed from D1 Data.`,
  });
  const tierName = (name: string, col: string, comment: string): PlanName => ({
    name,
    refersTo: work(`${col}${L.firstTierRow}:${col}${lastTier}`),
    comment: `${comment}, one row per tier.`,
  });
  const names: PlanName[] = [
    { name: "D1_Method", refersTo: work(`B${L.methodRow}`), comment: "Candidate: bridge method." },
    { name: "D1_AOVStart", refersTo: work(`B${A}`), comment: "Given: AOV last quarter." },
    { name: "D1_AOVMix", refersTo: work(`B${A + 1}`), comment: "Candidate: AOV mix effect (USD)." },
    {
      name: "D1_AOVRate",
      refersTo: work(`B${A + 2}`),
      comment: "Candidate: AOV rate effect (USD).",
    },
    {
      name: "D1_AOVInteraction",
      refersTo: work(`B${A + 3}`),
      comment: "Candidate: AOV interaction (three-way only).",
    },
    { name: "D1_AOVEnd", refersTo: work(`B${A + 4}`), comment: "Given: AOV this quarter." },
    { name: "D1_STStart", refersTo: work(`B${S}`), comment: "Given: sell-through last quarter." },
    {
      name: "D1_STMix",
      refersTo: work(`B${S + 1}`),
      comment: "Candidate: sell-through mix effect (share).",
    },
    {
      name: "D1_STRate",
      refersTo: work(`B${S + 2}`),
      comment: "Candidate: sell-through rate effect (share).",
    },
    {
      name: "D1_STInteraction",
      refersTo: work(`B${S + 3}`),
      comment: "Candidate: sell-through interaction (three-way only).",
    },
    { name: "D1_STEnd", refersTo: work(`B${S + 4}`), comment: "Given: sell-through this quarter." },
    {
      name: "D1_Moves",
      refersTo: work(`B${L.movesRow}:B${L.movesRow + 2}`),
      comment: "Candidate: three moves.",
    },
    {
      name: "D1_Diagnosis",
      refersTo: work(`B${L.diagnosisRow}`),
      comment: "Candidate: diagnosis.",
    },
    tierName("D1_TierNames", "A", "Given: tier names"),
    tierName("D1_OrdersLQ", C.ordersLQ, "Given: online orders LQ"),
    tierName("D1_OrdersTQ", C.ordersTQ, "Given: online orders TQ"),
    tierName("D1_RevenueLQ", C.revenueLQ, "Given: online revenue LQ (USD)"),
    tierName("D1_RevenueTQ", C.revenueTQ, "Given: online revenue TQ (USD)"),
    tierName("D1_ReceivedLQ", C.receivedLQ, "Given: units received LQ"),
    tierName("D1_ReceivedTQ", C.receivedTQ, "Given: units received TQ"),
    tierName("D1_SoldLQ", C.soldLQ, "Given: units sold at full price LQ"),
    tierName("D1_SoldTQ", C.soldTQ, "Given: units sold at full price TQ"),
    headlineName("D1_Orders", H.orders, "Given: online orders"),
    headlineName("D1_Revenue", H.revenue, "Given: online revenue (USD)"),
    headlineName("D1_AOV", H.aov, "Given: online AOV (USD)"),
    headlineName("D1_SellThrough", H.sellThrough, "Given: full-price sell-through"),
    headlineName("D1_ChannelShare", H.channelShare, "Given: online channel share of revenue"),
    headlineName("D1_TopClientShare", H.topClientShare, "Given: top-client digital share"),
    headlineName("D1_MixIcons", H.mixIcons, "Given: icons & haute share of orders"),
    headlineName("D1_MixEntry", H.mixEntry, "Given: entry small leather goods share of orders"),
    headlineName("D1_MixOther", H.mixOther, "Given: other tiers' share of orders"),
    ...info.names,
  ];

  const sheet: PlanSheet = {
    name: D1_WORK_SHEET,
    tabColor: "#C9A227",
    columnWidths: {
      A: 36,
      B: 15,
      C: 13,
      D: 13,
      E: 13,
      F: 12,
      G: 12,
      H: 13,
      I: 13,
      J: 12,
      K: 18,
      L: 14,
      M: 14,
      N: 13,
      O: 13,
    },
    freeze: { rows: 1, columns: 1 },
    blocks,
    validations: [
      {
        range: `B${L.methodRow}`,
        kind: "list",
        values: [...D1_METHODS],
        prompt: "The bridge method you use for both bridges.",
      },
    ],
    charts: [
      {
        kind: "waterfall",
        title: "AOV bridge, LQ → TQ (USD)",
        source: work(`A${A}:B${A + 4}`),
        at: `D${L.aovBridgeHeaderRow}`,
        widthCells: 7,
        heightCells: 11,
      },
      {
        kind: "waterfall",
        title: "Full-price sell-through bridge, LQ → TQ",
        source: work(`A${S}:B${S + 4}`),
        at: `D${L.aovBridgeHeaderRow + 12}`,
        widthCells: 7,
        heightCells: 11,
      },
    ],
  };
  return { sheet, names };
}
