import { FORMATS, type PlanCell } from "../../../plan/workbookPlan";
import { DRILL1_TIERS, type Drill1Tier } from "../drill1Catalogue";
import { D1_HEADLINES, D1_LAYOUT, type D1Headline } from "../drill1Layout";
import { given, header, label, note } from "./cells";
import type { Drill1DataRefs } from "./dataSheet";

type Column = "B" | "C";

/** How each headline figure is labelled, computed (for LQ in B, TQ in C), formatted and explained. */
type HeadlineSpec = {
  label: string;
  formula: (col: Column) => string;
  numberFormat: string;
  how: string;
};

function headlineSpecs(ref: Drill1DataRefs): Record<D1Headline, HeadlineSpec> {
  const L = D1_LAYOUT;
  const H = L.headlineRows;
  // Each column's quarter is its header cell ("LQ" in B, "TQ" in C).
  const q = (col: Column): string => `${col}$${L.headlineHeaderRow}`;
  const tierCount = (col: Column, tierRow: number): string =>
    `COUNTIFS(${ref.quarter},${q(col)},${ref.tier},$A$${tierRow})`;
  const topOnline = (col: Column): string =>
    `SUMIFS(${ref.usd},${ref.quarter},${q(col)},${ref.segment},"Top client")`;
  const dos = (range: string, col: Column): string =>
    `SUMIFS(${range},${ref.chQuarter},${q(col)},${ref.chChannel},"DOS")`;
  const share = (name: string, formula: (col: Column) => string, how: string): HeadlineSpec => ({
    label: name,
    formula,
    numberFormat: FORMATS.pct2,
    how,
  });
  const tier = (name: Drill1Tier): number => L.firstTierRow + DRILL1_TIERS.indexOf(name);
  return {
    orders: {
      label: "Online orders",
      formula: (c) => `=COUNTIFS(${ref.quarter},${q(c)})`,
      numberFormat: FORMATS.int,
      how: "count of order rows",
    },
    revenue: {
      label: "Online revenue (USD)",
      formula: (c) => `=SUMIFS(${ref.usd},${ref.quarter},${q(c)})`,
      numberFormat: FORMATS.usdCents,
      how: "sum of order values",
    },
    aov: {
      label: "Online AOV (USD)",
      formula: (c) => `=${c}${H.revenue}/${c}${H.orders}`,
      numberFormat: FORMATS.usdCents,
      how: "revenue / orders",
    },
    sellThrough: share(
      "Full-price sell-through",
      (c) =>
        `=SUMIFS(${ref.invSold},${ref.invQuarter},${q(c)})/SUMIFS(${ref.invReceived},${ref.invQuarter},${q(c)})`,
      "units sold at full price / units received"
    ),
    channelShare: share(
      "Online channel share of revenue",
      (c) => `=${c}${H.revenue}/(${c}${H.revenue}+${dos(ref.chRevenue, c)})`,
      "online revenue / (online + DOS revenue)"
    ),
    topClientShare: share(
      "Top-client digital share",
      (c) => `=${topOnline(c)}/(${topOnline(c)}+${dos(ref.chTopClient, c)})`,
      "top-client online revenue / top-client revenue in all channels, within the quarter (drill 3's baseline is over twelve months)"
    ),
    mixIcons: share(
      "Order mix: Icons & haute",
      (c) => `=${tierCount(c, tier("Icons & haute"))}/${c}${H.orders}`,
      "share of online orders"
    ),
    mixEntry: share(
      "Order mix: Entry small leather goods",
      (c) => `=${tierCount(c, tier("Entry small leather goods"))}/${c}${H.orders}`,
      "share of online orders"
    ),
    mixOther: share(
      "Order mix: other tiers",
      (c) =>
        `=(${tierCount(c, tier("Core leather goods"))}+${tierCount(c, tier("Ready-to-wear & shoes"))})/${c}${H.orders}`,
      "core leather goods plus ready-to-wear & shoes"
    ),
  };
}

/**
 * The headline figures, every one from the raw rows: LQ in B, TQ in C, the change in D and how it
 * is computed in E (the header row holds the quarter each column's formulas count).
 *
 * @example
 * headlineBlock(dataRefs(data))[3]?.[1]?.formula //=> "=B10/B9"
 */
export function headlineBlock(ref: Drill1DataRefs): PlanCell[][] {
  const specs = headlineSpecs(ref);
  const rows = D1_HEADLINES.map((key) => {
    const spec = specs[key];
    const row = D1_LAYOUT.headlineRows[key];
    return [
      label(spec.label),
      given(spec.formula("B"), spec.numberFormat),
      given(spec.formula("C"), spec.numberFormat),
      given(`=C${row}-B${row}`, spec.numberFormat),
      note(spec.how),
    ];
  });
  return [["KPI", "LQ", "TQ", "Change", "How it is computed"].map(header), ...rows];
}
