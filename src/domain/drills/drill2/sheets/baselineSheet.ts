import type { PlanBlock, PlanCell, PlanSheet, PlanTable } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { columnLetters } from "../../../sheet/a1";
import {
  DRILL2_BASELINE_ROWS as B,
  DRILL2_SHEETS,
  DRILL2_TOTAL_COLUMN,
  drill2WeekRange,
} from "../drill2Layout";
import { DRILL2_WEEKS, type Drill2Data } from "../generateDrill2Data";
import {
  DRILL2_TAB,
  given,
  header,
  line,
  titledTable,
  weekColumnWidths,
  weekNumberHeaders,
  weekRow,
} from "./drill2Cells";

/** A section of the baseline sheet: its subtitle and table blocks, and the table they form. */
type Section = { blocks: PlanBlock[]; table: PlanTable };

const TABLE_STYLE = "TableStyleLight12";
const TRAFFIC_TABLE = "D2TrafficTable";
/** The site figures a traffic source and a raw traffic row both carry, in this order (E–J, D–I). */
const SITE_METRICS = ["Sessions", "Orders", "Conversion", "Revenue", "AOV", "Discount cost"];
const T = DRILL2_TOTAL_COLUMN;

/** A computed (checked) cell. */
const calc = (formula: string, numberFormat: string): PlanCell => ({
  formula,
  style: "check",
  numberFormat,
});

/**
 * "D2 Baseline": the weekly totals recomputed from the raw traffic rows at the bottom, then the
 * traffic sources, homepage modules, category nav, what is in production and the raw rows, each a
 * table. Everything on it is given.
 *
 * @example
 * baselineSheet(generateDrill2Data(0)).tables?.map((t) => t.name)[0] //=> "D2SourcesTable"
 */
export function baselineSheet(data: Drill2Data): PlanSheet {
  const traffic = trafficColumns(data);
  const sections = [
    sourcesSection(data, traffic),
    modulesSection(data),
    navSection(data),
    capabilitiesSection(data),
    trafficSection(data),
  ];
  return {
    name: DRILL2_SHEETS.baseline,
    tabColor: DRILL2_TAB,
    columnWidths: { A: 44, B: 30, ...weekColumnWidths(), [T]: 14 },
    freeze: { rows: 0, columns: 1 },
    blocks: [titleBlock(), ...weeklyTotals(traffic), ...sections.flatMap((s) => s.blocks)],
    tables: sections.map((s) => s.table),
  };
}

/** Absolute rows of one column of the raw traffic table, e.g. `$H$56:$H$146`. */
type TrafficColumns = (column: string) => string;

function trafficColumns(data: Drill2Data): TrafficColumns {
  const first = B.trafficHeader + 1;
  const last = first + data.traffic.length - 1;
  return (c) => `$${c}$${first}:$${c}$${last}`;
}

/** The title and the instruction. */
function titleBlock(): PlanBlock {
  return {
    at: "A1",
    rows: [
      [{ value: `Drill 2 — The .com today: ${DRILL2_WEEKS} weeks of baseline`, style: "title" }],
      [
        {
          value: `Everything on this sheet is given. Weekly and source totals are formulas over the raw rows at the bottom (table ${TRAFFIC_TABLE}); plan on the ${DRILL2_SHEETS.plan} sheet.`,
          style: "instruction",
        },
      ],
    ],
  };
}

/** The weekly totals (rows `weeks` to `discountShare`), recomputed from the raw traffic rows. */
function weeklyTotals(t: TrafficColumns): PlanBlock[] {
  /** A row with a formula per week and one for the 13 weeks, in one number format. */
  type Formulas = { week: (x: string) => string; total: string };
  const weekly = (row: number, label: string, unit: string, format: string, f: Formulas) =>
    weekRow(row, label, unit, (x) => calc(f.week(x), format), calc(f.total, format));
  // A traffic column summed by week (the 13 weeks: the row's sum), or a ratio of two rows.
  const summed = (row: number, column: string): Formulas => ({
    week: (x) => `=SUMIF(${t("A")},${x}$${B.weeks},${t(column)})`,
    total: `=SUM(${drill2WeekRange(row)})`,
  });
  const ratio = (x: string, top: number, bottom: number) =>
    `=IF(${x}${bottom}=0,0,${x}${top}/${x}${bottom})`;
  const ratioOf = (top: number, bottom: number): Formulas => ({
    week: (x) => ratio(x, top, bottom),
    total: ratio(T, top, bottom),
  });
  const discountDriven: Formulas = {
    week: (x) => `=SUMIFS(${t("H")},${t("A")},${x}$${B.weeks},${t("D")},1)`,
    total: summed(B.discountRevenue, "H").total,
  };
  const weeksHeader = header(`${DRILL2_WEEKS} weeks`);
  return [
    line(B.weeks, [header("Week"), header("Unit"), ...weekNumberHeaders(), weeksHeader]),
    weekly(B.sessions, "Sessions", "sessions", FORMATS.int, summed(B.sessions, "E")),
    weekly(B.orders, "Orders", "orders", FORMATS.int, summed(B.orders, "F")),
    weekly(B.revenue, "Revenue (after discounts)", "$", FORMATS.usd, summed(B.revenue, "H")),
    weekly(B.cvr, "Conversion rate", "%", FORMATS.pct2, ratioOf(B.orders, B.sessions)),
    weekly(B.aov, "Average order value", "$", FORMATS.usd, ratioOf(B.revenue, B.orders)),
    weekly(
      B.discountCost,
      "Discount cost (price given away)",
      "$",
      FORMATS.usd,
      summed(B.discountCost, "J")
    ),
    weekly(
      B.discountRevenue,
      "Discount- and retargeting-driven revenue",
      "$",
      FORMATS.usd,
      discountDriven
    ),
    weekly(
      B.discountShare,
      "Share of revenue driven by discounts or retargeting",
      "%",
      FORMATS.pct1,
      ratioOf(B.discountRevenue, B.revenue)
    ),
  ];
}

/**
 * A section: its subtitle on the row above the header, the header and one row per item, and the
 * table over them (header to last row, columns A to the header's last).
 */
function section<Item>(
  headerRow: number,
  subtitle: string,
  tableName: string,
  headers: string[],
  items: readonly Item[],
  rowCells: (item: Item, row: number) => PlanCell[]
): Section {
  const first = headerRow + 1;
  const lastColumn = columnLetters(headers.length);
  return {
    blocks: titledTable(
      headerRow,
      subtitle,
      headers,
      items.map((item, i) => rowCells(item, first + i))
    ),
    table: {
      name: tableName,
      range: `A${headerRow}:${lastColumn}${first + items.length - 1}`,
      style: TABLE_STYLE,
    },
  };
}

function sourcesSection(data: Drill2Data, t: TrafficColumns): Section {
  const first = B.sourcesHeader + 1;
  const revenue = `SUM($G$${first}:$G$${first + data.sources.length - 1})`;
  const bySource = (r: number, c: string) => `=SUMIF(${t("B")},A${r},${t(c)})`;
  return section(
    B.sourcesHeader,
    `By traffic source, ${DRILL2_WEEKS} weeks`,
    "D2SourcesTable",
    ["Source", "Type", "Discount", ...SITE_METRICS, "Share of revenue"],
    data.sources,
    (s, r) => [
      given(s.label),
      given(s.kind),
      given(s.discountRate, FORMATS.pct0),
      calc(bySource(r, "E"), FORMATS.int),
      calc(bySource(r, "F"), FORMATS.int),
      calc(`=IF(D${r}=0,0,E${r}/D${r})`, FORMATS.pct2),
      calc(bySource(r, "H"), FORMATS.usd),
      calc(`=IF(E${r}=0,0,G${r}/E${r})`, FORMATS.usd),
      calc(bySource(r, "J"), FORMATS.usd),
      calc(`=IF(${revenue}=0,0,G${r}/${revenue})`, FORMATS.pct1),
    ]
  );
}

function modulesSection(data: Drill2Data): Section {
  return section(
    B.modulesHeader,
    `Homepage modules, ${DRILL2_WEEKS} weeks (position 1 = first under the hero)`,
    "D2ModulesTable",
    [
      "Module",
      "Position",
      "Impressions",
      "Clicks",
      "CTR",
      "Orders",
      "Revenue",
      "AOV",
      "Entry-product share of orders",
    ],
    data.modules,
    (m, r) => [
      given(m.module),
      given(m.position, "0"),
      given(m.impressions, FORMATS.int),
      given(m.clicks, FORMATS.int),
      calc(`=IF(C${r}=0,0,D${r}/C${r})`, FORMATS.pct2),
      given(m.orders, FORMATS.int),
      given(m.revenue, FORMATS.usd),
      calc(`=IF(F${r}=0,0,G${r}/F${r})`, FORMATS.usd),
      given(m.entryShare, FORMATS.pct0),
    ]
  );
}

function navSection(data: Drill2Data): Section {
  return section(
    B.navHeader,
    `Category navigation as it is (position 1 = first in the menu), ${DRILL2_WEEKS} weeks`,
    "D2NavTable",
    ["Category", "Tier", "Position", "Sessions entering", "Orders", "Conversion", "Revenue", "AOV"],
    data.nav,
    (n, r) => [
      given(n.category),
      given(n.tier),
      given(n.position, "0"),
      given(n.sessions, FORMATS.int),
      given(n.orders, FORMATS.int),
      calc(`=IF(D${r}=0,0,E${r}/D${r})`, FORMATS.pct2),
      given(n.revenue, FORMATS.usd),
      calc(`=IF(E${r}=0,0,G${r}/E${r})`, FORMATS.usd),
    ]
  );
}

function capabilitiesSection(data: Drill2Data): Section {
  return section(
    B.capabilitiesHeader,
    "What is in production today",
    "D2CapabilitiesTable",
    ["Capability", "Status"],
    data.capabilities,
    (c) => [given(c.capability), given(c.status)]
  );
}

function trafficSection(data: Drill2Data): Section {
  return section(
    B.trafficHeader,
    "Raw weekly site data (one row per week and traffic source)",
    TRAFFIC_TABLE,
    ["Week", "Source", "Type", "Discount-driven (1/0)", ...SITE_METRICS],
    data.traffic,
    (row, r) => [
      given(row.week, "0"),
      given(row.source),
      given(row.kind),
      given(row.discountDriven, "0"),
      given(row.sessions, FORMATS.int),
      given(row.orders, FORMATS.int),
      calc(`=IF(E${r}=0,0,F${r}/E${r})`, FORMATS.pct2),
      given(row.revenue, FORMATS.usd),
      calc(`=IF(F${r}=0,0,H${r}/F${r})`, FORMATS.usd),
      given(row.discountCost, FORMATS.usd),
    ]
  );
}
