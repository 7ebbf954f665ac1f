import { FORMATS, type PlanCell, type PlanSheet } from "../../../plan/workbookPlan";
import { absoluteRef } from "../../../sheet/sheetRef";
import type { Drill1Data } from "../generateDrill1Data";
import { D1_DATA_SHEET } from "../drill1Layout";
import { header, instruction, subtitle } from "./cells";

const ORDER_HEADERS = [
  "Order ID",
  "Order date",
  "Quarter",
  "Tier",
  "Product",
  "Country",
  "Currency",
  "Local price",
  "FX to USD (quarter average)",
  "Order value (USD)",
  "Client segment",
  "SA-attributed",
  "Device",
];

/**
 * Where D1 Data keeps its three tables: the orders from A5 down, the inventory from O4 and the
 * channel totals below it, each a subtitle, a header row and one row per record.
 */
function dataLayout(data: Drill1Data) {
  const ordersHeaderRow = 5;
  const firstOrderRow = ordersHeaderRow + 1;
  const inventoryTitleRow = 4;
  const inventoryHeaderRow = inventoryTitleRow + 1;
  const inventoryLastRow = inventoryHeaderRow + data.inventory.length;
  const channelsTitleRow = inventoryLastRow + 2;
  const channelsHeaderRow = channelsTitleRow + 1;
  const channelsLastRow = channelsHeaderRow + data.channels.length;
  const fxTitleRow = channelsLastRow + 2;
  const fxHeaderRow = fxTitleRow + 1;
  return {
    ordersHeaderRow,
    firstOrderRow,
    lastOrderRow: ordersHeaderRow + data.orders.length,
    inventoryTitleRow,
    inventoryHeaderRow,
    inventoryLastRow,
    channelsTitleRow,
    channelsHeaderRow,
    channelsLastRow,
    fxTitleRow,
    fxHeaderRow,
    fxLastRow: fxHeaderRow + data.currencies.length,
    evidence: evidenceLayout(data),
  };
}

/** The evidence tables' headers, in the order they stack down column T. */
const EVIDENCE_TABLES = [
  {
    key: "traffic",
    name: "tblD1Traffic",
    title: "Sessions and orders by device",
    headers: ["Quarter", "Device", "Sessions", "Orders"],
  },
  {
    key: "returns",
    name: "tblD1Returns",
    title: "Returns by tier (order values above are gross demand)",
    headers: ["Quarter", "Tier", "Orders", "Returned orders"],
  },
  {
    key: "icons",
    name: "tblD1IconAvailability",
    title: "Icon availability online",
    headers: ["Quarter", "Product", "Days out of stock", "Waitlist sign-ups"],
  },
  {
    key: "yearAgo",
    name: "tblD1YearAgo",
    title: "The year-ago quarter, by tier",
    headers: ["Quarter", "Tier", "Orders", "Revenue (USD)"],
  },
] as const;

/** Where each evidence table sits: from T4 down, a subtitle, a header row, its rows, a blank row. */
function evidenceLayout(data: Drill1Data) {
  let title = 4;
  return EVIDENCE_TABLES.map((table) => {
    const headerRow = title + 1;
    const lastRow = headerRow + data.evidence[table.key].length;
    const placed = { ...table, titleRow: title, headerRow, lastRow };
    title = lastRow + 2;
    return placed;
  });
}

/** The evidence tables' rows, as the sheet shows them. */
function evidenceRows(
  data: Drill1Data
): Record<(typeof EVIDENCE_TABLES)[number]["key"], PlanCell[][]> {
  const int = (value: number): PlanCell => ({ value, numberFormat: FORMATS.int });
  const e = data.evidence;
  return {
    traffic: e.traffic.map((r) => [
      { value: r.quarter },
      { value: r.device },
      int(r.sessions),
      int(r.orders),
    ]),
    returns: e.returns.map((r) => [
      { value: r.quarter },
      { value: r.tier },
      int(r.orders),
      int(r.returned),
    ]),
    icons: e.icons.map((r) => [
      { value: r.quarter },
      { value: r.product },
      int(r.daysOutOfStock),
      int(r.waitlist),
    ]),
    yearAgo: e.yearAgo.map((r) => [
      { value: r.label },
      { value: r.tier },
      int(r.orders),
      { value: r.revenue, numberFormat: FORMATS.usdCents },
    ]),
  };
}

/**
 * The raw-data ranges D1 Work's formulas read, sheet-qualified and absolute.
 *
 * @example
 * dataRefs(generateDrill1Data(0)).usd //=> "'D1 Data'!$J$6:$J$10205"
 */
export function dataRefs(data: Drill1Data) {
  const at = dataLayout(data);
  const column = (letter: string, from: number, to: number): string =>
    absoluteRef(D1_DATA_SHEET, `${letter}${from}:${letter}${to}`);
  const orders = (letter: string) => column(letter, at.firstOrderRow, at.lastOrderRow);
  const inventory = (letter: string) =>
    column(letter, at.inventoryHeaderRow + 1, at.inventoryLastRow);
  const channels = (letter: string) => column(letter, at.channelsHeaderRow + 1, at.channelsLastRow);
  const fx = (letter: string) => column(letter, at.fxHeaderRow + 1, at.fxLastRow);
  return {
    quarter: orders("C"),
    tier: orders("D"),
    currency: orders("G"),
    local: orders("H"),
    usd: orders("J"),
    segment: orders("K"),
    invQuarter: inventory("O"),
    invTier: inventory("P"),
    invReceived: inventory("Q"),
    invSold: inventory("R"),
    chQuarter: channels("O"),
    chChannel: channels("P"),
    chRevenue: channels("Q"),
    chTopClient: channels("R"),
    fxCurrency: fx("O"),
    fxLQ: fx("P"),
    fxTQ: fx("Q"),
  };
}

export type Drill1DataRefs = ReturnType<typeof dataRefs>;

/** The order rows. Ten thousand rows repeat a few hundred distinct cells: see `sharedCells`. */
function orderRows(data: Drill1Data): PlanCell[][] {
  const cell = sharedCells();
  return data.orders.map((o) => [
    { value: o.id },
    cell(o.date, FORMATS.date),
    cell(o.quarter),
    cell(o.tier),
    cell(o.product),
    cell(o.country),
    cell(o.currency),
    cell(o.localPrice, FORMATS.int),
    cell(o.fx, FX_FORMAT),
    cell(o.usd, FORMATS.usdCents),
    cell(o.segment),
    cell(o.saAttributed),
    cell(o.device),
  ]);
}

/**
 * One frozen cell per value and format, shared by every row that shows it, so the plan allocates
 * (and the garbage collector chases) a fraction of the objects.
 */
function sharedCells(): (value: string | number, numberFormat?: string) => PlanCell {
  const shared = new Map<string, PlanCell>();
  return (value, numberFormat) => {
    const key = `${typeof value}|${value}|${numberFormat ?? ""}`;
    let found = shared.get(key);
    if (!found) {
      found = Object.freeze(numberFormat ? { value, numberFormat } : { value });
      shared.set(key, found);
    }
    return found;
  };
}

/** Rates carry six decimals (USD per yen or won needs them), shown in full so local × rate can be redone. */
const FX_FORMAT = "0.000000";

const DATA_COLUMN_WIDTHS = {
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
  S: 3,
  T: 10,
  U: 30,
  V: 16,
  W: 18,
};

/**
 * D1 Data: every online order, the online inventory and the channel totals, each as an Excel table.
 *
 * @example
 * buildDataSheet(generateDrill1Data(0)).tables?.map((t) => t.range) //=> ["A5:M10205", "O5:R13", "O16:R20", "O23:Q32", "T5:W13", "T16:W24", "T27:W39", "T42:W46"]
 */
export function buildDataSheet(data: Drill1Data): PlanSheet {
  const at = dataLayout(data);
  const inventoryRows: PlanCell[][] = data.inventory.map((r) => [
    { value: r.quarter },
    { value: r.tier },
    { value: r.received, numberFormat: FORMATS.int },
    { value: r.sold, numberFormat: FORMATS.int },
  ]);
  const fxRows: PlanCell[][] = data.currencies.map((c) => [
    { value: c.currency },
    { value: c.fx.LQ, numberFormat: FX_FORMAT },
    { value: c.fx.TQ, numberFormat: FX_FORMAT },
  ]);
  const channelRows: PlanCell[][] = data.channels.map((c) => [
    { value: c.quarter },
    { value: c.channel },
    { value: c.revenue, numberFormat: FORMATS.usdCents },
    { value: c.topClientRevenue, numberFormat: FORMATS.usdCents },
  ]);
  return {
    name: D1_DATA_SHEET,
    tabColor: "#7A5C3E",
    columnWidths: DATA_COLUMN_WIDTHS,
    freeze: { rows: at.ordersHeaderRow, columns: 1 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Drill 1 — Quarter diagnosis: raw data", style: "title" }],
          [
            instruction(
              "Every online order of last quarter (LQ) and this quarter (TQ), the online allocation " +
                "by tier, channel and top-client totals, the quarters' exchange rates, and (from column " +
                "T) traffic, returns, icon availability and the year-ago quarter to test other " +
                "explanations against. Local list " +
                "prices are the same in both quarters; an order's USD value is its local price at its " +
                "quarter's average rate, to the cent."
            ),
          ],
          [
            instruction(
              "These rows are the givens: D1 Work and the check read them, so leave them as they are."
            ),
          ],
          [subtitle("Online orders (one row per order)")],
        ],
      },
      { at: `A${at.ordersHeaderRow}`, rows: [ORDER_HEADERS.map(header), ...orderRows(data)] },
      {
        at: `O${at.inventoryTitleRow}`,
        rows: [
          [subtitle("Online inventory by tier")],
          ["Quarter", "Tier", "Units received", "Units sold at full price"].map(header),
          ...inventoryRows,
        ],
      },
      {
        at: `O${at.channelsTitleRow}`,
        rows: [
          [subtitle("Channel and top-client totals")],
          ["Quarter", "Channel", "Revenue (USD)", "Top-client revenue (USD)"].map(header),
          ...channelRows,
        ],
      },
      ...at.evidence.map((table) => ({
        at: `T${table.titleRow}`,
        rows: [
          [subtitle(table.title)],
          table.headers.map(header),
          ...evidenceRows(data)[table.key],
        ],
      })),
      {
        at: `O${at.fxTitleRow}`,
        rows: [
          [subtitle("Exchange rates (quarter average, USD per unit)")],
          ["Currency", "LQ rate", "TQ rate"].map(header),
          ...fxRows,
        ],
      },
    ],
    tables: [
      {
        name: "tblD1Orders",
        range: `A${at.ordersHeaderRow}:M${at.lastOrderRow}`,
        style: "TableStyleLight1",
      },
      {
        name: "tblD1Inventory",
        range: `O${at.inventoryHeaderRow}:R${at.inventoryLastRow}`,
        style: "TableStyleLight1",
      },
      {
        name: "tblD1Channels",
        range: `O${at.channelsHeaderRow}:R${at.channelsLastRow}`,
        style: "TableStyleLight1",
      },
      {
        name: "tblD1Rates",
        range: `O${at.fxHeaderRow}:Q${at.fxLastRow}`,
        style: "TableStyleLight1",
      },
      ...at.evidence.map((table) => ({
        name: table.name,
        range: `T${table.headerRow}:W${table.lastRow}`,
        style: "TableStyleLight1",
      })),
    ],
  };
}
