import { drillInfoNames } from "../common/drillInfoBlock";
import type { ContractName, DrillContract } from "../contract/drillContract";
import {
  bridgeRows,
  D1_BRIDGE_PARTS,
  D1_CONTROL,
  D1_CURRENCY,
  D1_DIAGNOSIS_FLOOR,
  D1_HEADLINES,
  D1_INFO_AT,
  D1_LAYOUT,
  D1_MOVE_COUNT,
  D1_TIER_COLUMNS,
  D1_WORK_SHEET,
  type D1BridgePart,
  type D1ControlTotal,
  type D1TierMeasure,
  type D1Headline,
  type D1TierColumn,
  type Drill1Layout,
} from "./drill1Layout";

/**
 * Drill 1's contract: every name D1 Work defines (but the shared Drill info stamp's), with its role,
 * range, label and comment. The plan builder writes these names, the check reads them and takes its
 * labels from here, so a name, its place and how a coach calls it live in this one file.
 */

/** The two bridges of drill 1 and the infix of their names (`D1_AOVMix`, `D1_STMix`). */
export const D1_BRIDGE_KEYS = { aov: "AOV", st: "ST" } as const;
export type D1Bridge = keyof typeof D1_BRIDGE_KEYS;

/** A bridge cell's name, e.g. `D1_STRate`. */
export type D1BridgeName<P extends D1BridgePart = D1BridgePart> =
  `D1_${(typeof D1_BRIDGE_KEYS)[D1Bridge]}${P}`;

/**
 * The name of one cell of a bridge.
 *
 * @example
 * d1BridgeName("st", "Mix") //=> "D1_STMix"
 */
export function d1BridgeName<P extends D1BridgePart>(bridge: D1Bridge, part: P): D1BridgeName<P> {
  return `D1_${D1_BRIDGE_KEYS[bridge]}${part}`;
}

/** What each bridge measures, as the labels say it, and the unit its effects are typed in. */
const BRIDGE_WORDS: Record<D1Bridge, { what: string; unit: string }> = {
  aov: { what: "AOV", unit: "USD" },
  st: { what: "sell-through", unit: "share" },
};

/** Per-tier givens the check reads, in the order the bridges take them: one column, one row per tier. */
export const D1_TIER_GIVENS = [
  {
    name: "D1_OrdersLQ",
    column: "ordersLQ",
    measure: "orders",
    quarter: "LQ",
    label: "online orders by tier, last quarter",
    comment: "Given: online orders LQ",
  },
  {
    name: "D1_OrdersTQ",
    column: "ordersTQ",
    measure: "orders",
    quarter: "TQ",
    label: "online orders by tier, this quarter",
    comment: "Given: online orders TQ",
  },
  {
    name: "D1_RevenueLQ",
    column: "revenueLQ",
    measure: "revenue",
    quarter: "LQ",
    label: "online revenue by tier, last quarter",
    comment: "Given: online revenue LQ (USD)",
  },
  {
    name: "D1_RevenueTQ",
    column: "revenueTQ",
    measure: "revenue",
    quarter: "TQ",
    label: "online revenue by tier, this quarter",
    comment: "Given: online revenue TQ (USD)",
  },
  {
    name: "D1_ReceivedLQ",
    column: "receivedLQ",
    measure: "received",
    quarter: "LQ",
    label: "units received by tier, last quarter",
    comment: "Given: units received LQ",
  },
  {
    name: "D1_ReceivedTQ",
    column: "receivedTQ",
    measure: "received",
    quarter: "TQ",
    label: "units received by tier, this quarter",
    comment: "Given: units received TQ",
  },
  {
    name: "D1_SoldLQ",
    column: "soldLQ",
    measure: "sold",
    quarter: "LQ",
    label: "units sold at full price by tier, last quarter",
    comment: "Given: units sold at full price LQ",
  },
  {
    name: "D1_SoldTQ",
    column: "soldTQ",
    measure: "sold",
    quarter: "TQ",
    label: "units sold at full price by tier, this quarter",
    comment: "Given: units sold at full price TQ",
  },
] as const satisfies readonly {
  name: string;
  column: D1TierColumn;
  /** The figure and quarter the column holds, as the generator's summary keys them. */
  measure: D1TierMeasure;
  quarter: "LQ" | "TQ";
  label: string;
  comment: string;
}[];

export type D1TierName = (typeof D1_TIER_GIVENS)[number]["name"];

/**
 * The control totals over the raw rows (LQ, TQ): formulas the plan writes in every mode, which the
 * check compares with the variant's own data before it compares the tier table with it. `tier` is
 * the tier-table column each total sums (orders LQ is the sum of D1_OrdersLQ).
 */
export const D1_CONTROL_NAMES = [
  { name: "D1_ControlOrders", total: "orders", label: "control total: online orders" },
  { name: "D1_ControlRevenue", total: "revenue", label: "control total: online revenue (USD)" },
  { name: "D1_ControlReceived", total: "received", label: "control total: units received" },
  { name: "D1_ControlSold", total: "sold", label: "control total: units sold at full price" },
  // Orders weighted by tier position (1 for the first tier…): moves when a row changes tier.
  { name: "D1_ControlTiers", total: "tiers", label: "control total: tier checksum" },
] as const satisfies readonly { name: string; total: D1ControlTotal; label: string }[];

export type D1ControlName = (typeof D1_CONTROL_NAMES)[number]["name"];

/**
 * The Drill info stamp's names on D1 Work (`D1_Drill`, `D1_Seed`, `D1_GeneratorVersion`,
 * `D1_Mode`): the builder writes them, the check reads the seed, version and mode from them.
 */
export const D1_STAMP_PLACEMENT = { sheet: D1_WORK_SHEET, at: D1_INFO_AT, namePrefix: "D1" };
export const D1_STAMP_NAMES: readonly ContractName[] = drillInfoNames(D1_STAMP_PLACEMENT);

/**
 * The tier givens each bridge is computed from: base weights, base amounts, current weights,
 * current amounts (orders and revenue for AOV, units received and sold for sell-through).
 */
export const D1_BRIDGE_GIVENS: Record<
  D1Bridge,
  readonly [w0: D1TierName, t0: D1TierName, w1: D1TierName, t1: D1TierName]
> = {
  aov: ["D1_OrdersLQ", "D1_RevenueLQ", "D1_OrdersTQ", "D1_RevenueTQ"],
  st: ["D1_ReceivedLQ", "D1_SoldLQ", "D1_ReceivedTQ", "D1_SoldTQ"],
};

/**
 * The tier-table column of a tier given.
 *
 * @example
 * d1TierColumn("D1_SoldLQ") //=> "L"
 */
export function d1TierColumn(name: D1TierName): string {
  const given = D1_TIER_GIVENS.find((g) => g.name === name);
  if (!given) throw new RangeError(`drill 1 declares no tier given ${name}`);
  return D1_TIER_COLUMNS[given.column];
}

/** The headline figures' names and how a coach calls each (LQ and TQ side by side). */
const HEADLINE_NAMES: Record<D1Headline, { name: string; label: string }> = {
  orders: { name: "D1_Orders", label: "online orders" },
  revenue: { name: "D1_Revenue", label: "online revenue (USD)" },
  aov: { name: "D1_AOV", label: "online AOV (USD)" },
  sellThrough: { name: "D1_SellThrough", label: "full-price sell-through" },
  channelShare: { name: "D1_ChannelShare", label: "online channel share of revenue" },
  topClientShare: { name: "D1_TopClientShare", label: "top-client digital share" },
  mixIcons: { name: "D1_MixIcons", label: "icons & haute share of orders" },
  mixEntry: { name: "D1_MixEntry", label: "entry small leather goods share of orders" },
  mixOther: { name: "D1_MixOther", label: "other tiers' share of orders" },
};

export const D1_METHOD = "D1_Method";
/** The currency effect on this quarter's AOV (actual rates minus last quarter's), USD per order. */
export const D1_AOV_CURRENCY = "D1_AOVCurrency";
export const D1_MOVES = "D1_Moves";
export const D1_DIAGNOSIS = "D1_Diagnosis";
/** Coach setting: the fewest words a diagnosis may have. */
export const D1_DIAGNOSIS_MIN_WORDS = "D1_DiagnosisMinWords";
/** The column of tier names: shown to the candidate, not read by the check (it needs the figures only). */
const TIER_NAMES = "D1_TierNames";

const work = (
  entry: Omit<ContractName, "sheet" | "optional">,
  optional?: boolean
): ContractName => ({ ...entry, sheet: D1_WORK_SHEET, ...(optional ? { optional } : {}) });

function bridgeEntries(bridge: D1Bridge, headerRow: number): ContractName[] {
  const { what, unit } = BRIDGE_WORDS[bridge];
  const rows = bridgeRows(headerRow);
  const entry = (part: D1BridgePart, label: string, comment: string): ContractName =>
    work(
      {
        name: d1BridgeName(bridge, part),
        role: part === "Start" || part === "End" ? "given" : "answer",
        range: `B${rows[part]}`,
        label,
        comment,
      },
      // The check judges a workbook without the ends or the interaction on what it has.
      part !== "Mix" && part !== "Rate"
    );
  const words: Record<D1BridgePart, string> = {
    Start: `${what} last quarter`,
    Mix: `${what} mix effect`,
    Rate: `${what} rate effect`,
    Interaction: `${what} interaction`,
    End: `${what} this quarter`,
  };
  return D1_BRIDGE_PARTS.map((part) => {
    const label = words[part];
    if (part === "Start" || part === "End") return entry(part, label, `Given: ${label}.`);
    const why = part === "Interaction" ? "three-way only" : unit;
    return entry(part, label, `Candidate: ${label} (${why}).`);
  });
}

function buildContract(layout: Drill1Layout): DrillContract {
  const tiers = (column: string): string =>
    `${column}${layout.firstTierRow}:${column}${layout.lastTierRow}`;
  const answers: ContractName[] = [
    work({
      name: D1_METHOD,
      role: "answer",
      range: `B${layout.methodRow}`,
      label: "bridge method",
      comment: "Candidate: bridge method.",
    }),
    ...bridgeEntries("aov", layout.aovBridgeHeaderRow),
    ...bridgeEntries("st", layout.stBridgeHeaderRow),
    work(
      {
        name: D1_AOV_CURRENCY,
        role: "answer",
        range: D1_CURRENCY.answerCell,
        label: "currency effect on this quarter's AOV",
        comment:
          "Candidate: TQ AOV at TQ rates minus TQ AOV at LQ rates (USD per order), part of the rate effect.",
      },
      // A workbook written before the currency answer existed is judged on the rest.
      true
    ),
    work({
      name: D1_MOVES,
      role: "answer",
      range: `B${layout.movesRow}:B${layout.movesRow + D1_MOVE_COUNT - 1}`,
      label: "your three moves",
      comment: "Candidate: three moves.",
    }),
    work({
      name: D1_DIAGNOSIS,
      role: "answer",
      range: `B${layout.diagnosisRow}`,
      label: "your diagnosis",
      comment: "Candidate: diagnosis.",
    }),
  ];
  answers.push(
    work(
      {
        name: D1_DIAGNOSIS_MIN_WORDS,
        role: "coach-setting",
        range: D1_DIAGNOSIS_FLOOR.valueAt,
        label: "fewest words in a diagnosis",
        comment: "Coach setting: a diagnosis shorter than this is an error.",
      },
      // Workbooks written before the setting existed use the default.
      true
    )
  );
  const tierGivens: ContractName[] = [
    { name: TIER_NAMES, column: "A", label: "tier names", comment: "Given: tier names" },
    ...D1_TIER_GIVENS.map((g) => ({ ...g, column: D1_TIER_COLUMNS[g.column] })),
  ].map((g) => ({
    ...work({
      name: g.name,
      role: "given",
      range: tiers(g.column),
      label: g.label,
      comment: `${g.comment}, one row per tier.`,
    }),
    // A blank workbook leaves the figures to the candidate (the tier names stay given).
    ...(g.name === TIER_NAMES ? {} : { blankRole: "output" as const }),
  }));
  const headlines = D1_HEADLINES.map((key) => {
    const { name, label } = HEADLINE_NAMES[key];
    const row = layout.headlineRows[key];
    return work({
      name,
      role: "given",
      range: `B${row}:C${row}`,
      label,
      comment: `Given: ${label} (LQ, TQ), computed from D1 Data.`,
    });
  });
  const controls = D1_CONTROL_NAMES.map(({ name, total, label }) =>
    work({
      name,
      role: "given",
      range: D1_CONTROL.range(total),
      label,
      comment: `Given: ${label.replace("control total: ", "")} (LQ, TQ) over D1 Data, for the check.`,
    })
  );
  return {
    drill: "1",
    prefix: "D1_",
    names: [...answers, ...tierGivens, ...headlines, ...controls],
  };
}

/**
 * Drill 1's names on D1 Work, in the order the plan writes them (the Drill info stamp's names
 * follow them, from `drillInfoBlock`).
 *
 * @example
 * contractName(DRILL1_CONTRACT, "D1_STMix").range //=> "B41"
 * nameShape(DRILL1_CONTRACT, "D1_Moves") //=> { rows: 3, columns: 1 }
 */
export const DRILL1_CONTRACT: DrillContract = buildContract(D1_LAYOUT);
