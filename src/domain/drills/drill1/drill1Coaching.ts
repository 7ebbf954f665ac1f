import { Decimal } from "../../decimal";
import { DRILL1_TIERS } from "./drill1Catalogue";
import type { Drill1Data } from "./generateDrill1Data";
import type { Drill1Summary } from "./summariseDrill1";

/** Formats dollars with thousands separators and cents, sign first: "-$1,234.50". */
export function formatUsd(value: Decimal): string {
  const fixed = value.abs().toFixed(2);
  const [whole, cents] = fixed.split(".") as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value.isNegative() && !value.isZero() ? "-" : ""}$${grouped}.${cents}`;
}

/** A share as a percentage with one decimal: 0.1725 → "17.3%". */
export function formatPct(share: Decimal): string {
  return `${share.times(100).toFixed(1)}%`;
}

/** A change of share in points with sign and one decimal: -0.052 → "-5.2 pts". */
export function formatPoints(change: Decimal): string {
  const points = change.times(100).toFixed(1);
  return `${change.isNegative() || points.startsWith("-") ? "" : "+"}${points} pts`;
}

/**
 * The coach's three first moves for drill 1's answer key. They name the tier whose full-price
 * sell-through fell most; none of them pulls a price or discount lever.
 *
 * @example
 * drill1CoachMoves(summariseDrill1(generateDrill1Data(0))).length //=> 3
 */
export function drill1CoachMoves(summary: Drill1Summary): [string, string, string] {
  const worst = worstSellThroughTier(summary);
  return [
    "Put icons and haute back at the front of the .com: icons lead the homepage and the category " +
      "navigation, every icon page carries its métier and editorial story, limited pieces open by " +
      "appointment and waitlist. Win back the icon share of orders that drove most of the AOV drop.",
    "Take clienteling online for top clients: save-the-cart and send-a-look for SAs with attribution, " +
      "digital salon appointments and a working click-to-DOS booking, so top-client digital share " +
      "recovers through the relationship, not through price.",
    `Re-cut next quarter's online allocation by tier: less depth where full-price sell-through fell ` +
      `most (${worst.tier}), depth on icons backed by waitlists, and surplus units moved to boutiques ` +
      "through ship-from-store and transfers, always at full price.",
  ];
}

/** A fractional change as a signed percentage with one decimal: -0.0871 → "-8.7%". */
function formatChange(change: number): string {
  const pct = (change * 100).toFixed(1);
  return `${change > 0 ? "+" : ""}${pct}%`;
}

/**
 * The coach's written diagnosis for drill 1's answer key, with the variant's own figures and the
 * traps its data holds (the currency inside the rate effect, the denominator effect on the channel
 * share, top clients moving spend to the boutiques).
 *
 * @example
 * const data = generateDrill1Data(0);
 * drill1CoachDiagnosis(summariseDrill1(data), data).startsWith("Online AOV fell") //=> true
 */
export function drill1CoachDiagnosis(
  summary: Drill1Summary,
  data: Pick<Drill1Data, "traps" | "evidence">
): string {
  const { traps } = data;
  const { LQ, TQ } = summary.headline;
  const aov = summary.aovBridge.effects;
  const st = summary.stBridge.effects;
  const worst = worstSellThroughTier(summary);
  const aovChange = TQ.aov.minus(LQ.aov);
  const mixLeads = aov.mix.abs().greaterThan(aov.rate.abs());
  return [
    `Online AOV ${aovChange.isNegative() ? "fell" : "rose"} from ${formatUsd(LQ.aov)} to ` +
      `${formatUsd(TQ.aov)} (${formatUsd(aovChange)}). With the midpoint bridge, mix explains ` +
      `${formatUsd(aov.mix)} and rate ${formatUsd(aov.rate)}: ` +
      (mixLeads
        ? "the drop is mostly mix, not price. "
        : "price within tiers matters as much as mix. ") +
      `Icons & haute went from ${formatPct(LQ.mixIcons)} to ${formatPct(TQ.mixIcons)} of orders ` +
      `while entry small leather goods went from ${formatPct(LQ.mixEntry)} to ` +
      `${formatPct(TQ.mixEntry)}; tier AOVs moved only a little.`,
    `Of the rate effect, ${formatUsd(new Decimal(traps.currency.aovEffect))} is currency: local ` +
      `price lists held while the dollar ${traps.currency.dollarMove < 0 ? "strengthened" : "weakened"} ` +
      `(foreign rates ${formatChange(traps.currency.dollarMove)}), so like-for-like prices moved ` +
      `${formatUsd(aov.rate.minus(traps.currency.aovEffect))}.`,
    otherExplanations(summary, data.evidence),
    `Full-price sell-through went from ${formatPct(LQ.sellThrough)} to ${formatPct(TQ.sellThrough)} ` +
      `(${formatPoints(TQ.sellThrough.minus(LQ.sellThrough))}): mix ${formatPoints(st.mix)} ` +
      `(the online allocation shifted between tiers that sell through differently), rate ` +
      `${formatPoints(st.rate)} (tiers sold through less of what they received; ${worst.tier} ` +
      `fell most, from ${formatPct(worst.lq)} to ${formatPct(worst.tq)}). We bought more than ` +
      "full-price demand could absorb.",
    `Online channel share rose from ${formatPct(LQ.channelShare)} to ${formatPct(TQ.channelShare)} ` +
      `only because boutique revenue fell faster (${formatChange(traps.denominator.boutiqueChange)} ` +
      `against ${formatChange(traps.denominator.onlineChange)} online): a denominator effect, not ` +
      "online growth.",
    `Top-client digital share went from ${formatPct(LQ.topClientShare)} to ` +
      `${formatPct(TQ.topClientShare)}, yet top clients' boutique spend moved ` +
      `${formatChange(traps.topClientShift.boutiqueChange)} while their online spend moved ` +
      `${formatChange(traps.topClientShift.onlineChange)}: they moved spend to the boutiques rather ` +
      "than leaving the maison. The site recruits entry clients but is losing relevance for top " +
      "clients; this is a presentation, allocation and clienteling problem, and price is not the lever.",
  ].join(" ");
}

/** What the evidence tables say about traffic, returns, the season and icon stock, in one go. */
function otherExplanations(summary: Drill1Summary, evidence: Drill1Data["evidence"]): string {
  const total = <T>(rows: readonly T[], keep: (row: T) => boolean, value: (row: T) => number) =>
    rows.reduce((sum, row) => (keep(row) ? sum + value(row) : sum), 0);
  const sessions = (q: string) =>
    total(
      evidence.traffic,
      (r) => r.quarter === q,
      (r) => r.sessions
    );
  const orders = (q: string) =>
    total(
      evidence.traffic,
      (r) => r.quarter === q,
      (r) => r.orders
    );
  const conversion = (q: string) => new Decimal(orders(q)).div(sessions(q));
  const returned = (q: string) =>
    new Decimal(
      total(
        evidence.returns,
        (r) => r.quarter === q,
        (r) => r.returned
      )
    ).div(orders(q));
  const yaOrders = total(
    evidence.yearAgo,
    () => true,
    (r) => r.orders
  );
  const yaRevenue = total(
    evidence.yearAgo,
    () => true,
    (r) => r.revenue
  );
  const yaIcons = new Decimal(evidence.yearAgo[0]?.orders ?? 0).div(yaOrders || 1);
  const outOfStock = (q: string) =>
    total(
      evidence.icons,
      (r) => r.quarter === q,
      (r) => r.daysOutOfStock
    );
  const waitlist = (q: string) =>
    total(
      evidence.icons,
      (r) => r.quarter === q,
      (r) => r.waitlist
    );
  return (
    `The other explanations do not hold: sessions moved ` +
    `${formatChange(sessions("TQ") / sessions("LQ") - 1)} with conversion steady ` +
    `(${formatPct2(conversion("LQ"))} → ${formatPct2(conversion("TQ"))}), returns held ` +
    `(${formatPct(returned("LQ"))} → ${formatPct(returned("TQ"))} of orders), and the year-ago ` +
    `quarter's AOV was ${formatUsd(new Decimal(yaRevenue).div(yaOrders || 1))} with icons at ` +
    `${formatPct(yaIcons)} of orders, so it is not the season (this quarter: ` +
    `${formatPct(summary.headline.TQ.mixIcons)}). Icon pieces were out of stock online ` +
    `${outOfStock("TQ")} piece-days against ${outOfStock("LQ")} and waitlists grew from ` +
    `${waitlist("LQ")} to ${waitlist("TQ")} sign-ups: the thin icon allocation capped icon orders ` +
    "too, so re-cut it before concluding that demand moved."
  );
}

/** A share as a percentage with two decimals: 0.01104 → "1.10%". */
function formatPct2(share: Decimal): string {
  return `${share.times(100).toFixed(2)}%`;
}

/** The tier whose full-price sell-through fell most, with both quarters' rates. */
export function worstSellThroughTier(summary: Drill1Summary): {
  tier: string;
  lq: Decimal;
  tq: Decimal;
} {
  const rows = DRILL1_TIERS.map((tier, t) => {
    const lq = summary.tiers.LQ[t];
    const tq = summary.tiers.TQ[t];
    const rate = (row: typeof lq): Decimal =>
      row && row.received > 0 ? new Decimal(row.sold).div(row.received) : new Decimal(0);
    return { tier, lq: rate(lq), tq: rate(tq) };
  });
  return rows.reduce((worst, row) =>
    row.tq.minus(row.lq).lessThan(worst.tq.minus(worst.lq)) ? row : worst
  );
}
