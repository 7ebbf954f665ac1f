import { Decimal } from "../decimal";
import { DRILL1_CATALOGUE, DRILL1_MARKETS, DRILL1_TIERS } from "../drills/drill1/drill1Catalogue";
import { generateDrill1Data } from "../drills/drill1/generateDrill1Data";
import { createRandom } from "../random/createRandom";
import { memoBySeed } from "../random/memoBySeed";

/**
 * One maison per seed: the house the drills of a seed describe. Drill 1's two quarters are its last
 * two; drill 2's .com is its online business over the next thirteen weeks; drill 3's top clients,
 * sales advisors and boutiques are its own, and their trailing-twelve-month digital share is the
 * share drill 1's quarters lead to. The KPI drill comes from the specialist guide and keeps its own
 * business.
 */

/** One quarter of the trailing twelve months, USD to the cent. */
export type MaisonQuarter = {
  /** "Q2 2026". */
  label: string;
  online: number;
  boutique: number;
  topClientOnline: number;
  topClientBoutique: number;
};

export type MaisonProfile = {
  seed: number;
  /** The trailing twelve months, oldest first; the last two are drill 1's last and this quarter. */
  quarters: MaisonQuarter[];
  /** Sums of the four quarters. */
  annualOnline: number;
  annualBoutique: number;
  boutiques: number;
  salesAdvisors: number;
  topClients: number;
  /** Top clients' spend over the trailing twelve months, all channels, whole thousands of USD. */
  annualTopClientRevenue: number;
  /** Share of that spend placed online over the twelve months (drill 3's baseline). */
  topClientDigitalShare: number;
  /** A top client's usual purchase, USD (what an SA's curated cart or a salon visit is worth). */
  topClientTicket: number;
  /** Markets the .com sells in, with their currencies. */
  markets: { country: string; currency: string }[];
  /** Price architecture: the range of list prices of each tier, USD. */
  tiers: { tier: string; from: number; to: number }[];
  /** Per mille of a year's revenue by calendar month, January first. */
  seasonality: number[];
};

/** Per mille of a year's revenue by calendar month: Lunar New Year, May, autumn, year-end gifting. */
export const MAISON_SEASONALITY = [75, 85, 75, 75, 85, 80, 75, 70, 85, 85, 90, 120];

/** The two quarters before drill 1's, and drill 1's own (calendar quarter index, 0 = Jan–Mar). */
const TTM = [
  { label: "Q4 2025", quarter: 3 },
  { label: "Q1 2026", quarter: 0 },
  { label: "Q2 2026", quarter: 1 },
  { label: "Q3 2026", quarter: 2 },
] as const;

/** The earlier quarters' top-client digital share stays within these bounds (as fractions). */
const EARLIER_SHARE_FLOOR = 0.06;

const quarterWeight = (quarter: number): number =>
  MAISON_SEASONALITY.slice(quarter * 3, quarter * 3 + 3).reduce((a, b) => a + b, 0);

/**
 * The maison of a seed. Seed 0 is the seed documents' house: drill 1's quarters exactly (online AOV
 * $1,800 → $1,580, channel share 18% → 19%, top-client digital share 22% → 20% in the quarter),
 * 80 boutiques, 600 sales advisors, 4,800 top clients whose digital share over the trailing twelve
 * months is 18%. The two earlier quarters follow the seasonality from drill 1's last quarter, and
 * their top-client digital share is what makes the twelve months come to that share exactly.
 *
 * @example
 * const maison = maisonProfile(0);
 * [maison.boutiques, maison.salesAdvisors, maison.topClientDigitalShare] //=> [80, 600, 0.18]
 */
export const maisonProfile: (seed: number) => MaisonProfile = memoBySeed(4, buildProfile);

function buildProfile(seed: number): MaisonProfile {
  const canonical = seed === 0;
  const shape = createRandom(seed).fork("maison");
  const boutiques = canonical ? 80 : shape.int(60, 100);
  const salesAdvisors = canonical
    ? 600
    : shape.int(Math.max(400, boutiques * 5), Math.min(900, boutiques * 10));
  const clientsPerSA = canonical ? 8 : shape.int(6, 10);
  const topClients = canonical ? 4800 : Math.round((salesAdvisors * clientsPerSA) / 10) * 10;
  const purchasesPerYear = canonical ? 3 : shape.float(2.5, 4);

  const drill1 = generateDrill1Data(seed);
  const recent = (["LQ", "TQ"] as const).map((quarter) => {
    const rows = drill1.channels.filter((row) => row.quarter === quarter);
    const online = rows.find((row) => row.channel === "Online");
    const boutique = rows.find((row) => row.channel === "DOS");
    return {
      online: online?.revenue ?? 0,
      boutique: boutique?.revenue ?? 0,
      topClientOnline: online?.topClientRevenue ?? 0,
      topClientBoutique: boutique?.topClientRevenue ?? 0,
    };
  });
  const [last, current] = recent as [(typeof recent)[0], (typeof recent)[0]];

  // The earlier quarters: last quarter's business, moved by the season.
  const scale = (value: number, quarter: number): Decimal =>
    new Decimal(value).times(quarterWeight(quarter)).div(quarterWeight(TTM[2].quarter));
  const earlier = [TTM[0].quarter, TTM[1].quarter].map((quarter) => ({
    online: scale(last.online, quarter),
    boutique: scale(last.boutique, quarter),
    topClients: scale(last.topClientOnline + last.topClientBoutique, quarter),
  }));

  // Their top-client totals are rounded so the twelve months come to whole thousands.
  const recentTC = new Decimal(last.topClientOnline)
    .plus(last.topClientBoutique)
    .plus(current.topClientOnline)
    .plus(current.topClientBoutique);
  const earlierTC = earlier.reduce((sum, q) => sum.plus(q.topClients), new Decimal(0));
  const annualTopClientRevenue = recentTC.plus(earlierTC).div(1000).round().times(1000);
  const earlierTotal = annualTopClientRevenue.minus(recentTC);
  const firstTC = earlierTotal
    .times(earlier[0]?.topClients ?? 0)
    .div(earlierTC)
    .toDecimalPlaces(2);
  const earlierTCs = [firstTC, earlierTotal.minus(firstTC)];

  const recentOnline = new Decimal(last.topClientOnline).plus(current.topClientOnline);
  const share = digitalShare(
    canonical,
    shape.float(3, 6),
    annualTopClientRevenue,
    recentOnline,
    earlierTotal,
    Math.min(last.topClientOnline / (last.topClientOnline + last.topClientBoutique), 1)
  );
  // The earlier quarters' digital share: what brings the twelve months to `share` exactly.
  const earlierOnline = annualTopClientRevenue.times(share).minus(recentOnline);
  const firstOnline = earlierOnline
    .times(earlierTCs[0] as Decimal)
    .div(earlierTotal)
    .toDecimalPlaces(2);
  const earlierOnlines = [firstOnline, earlierOnline.minus(firstOnline)];

  const quarters: MaisonQuarter[] = [
    ...earlier.map((q, i) => ({
      label: TTM[i]?.label as string,
      online: q.online.toDecimalPlaces(2).toNumber(),
      boutique: q.boutique.toDecimalPlaces(2).toNumber(),
      topClientOnline: (earlierOnlines[i] as Decimal).toNumber(),
      topClientBoutique: (earlierTCs[i] as Decimal).minus(earlierOnlines[i] as Decimal).toNumber(),
    })),
    { label: TTM[2].label, ...last },
    { label: TTM[3].label, ...current },
  ];
  const sum = (key: "online" | "boutique"): number =>
    quarters.reduce((total, q) => total.plus(q[key]), new Decimal(0)).toNumber();

  return {
    seed,
    quarters,
    annualOnline: sum("online"),
    annualBoutique: sum("boutique"),
    boutiques,
    salesAdvisors,
    topClients,
    annualTopClientRevenue: annualTopClientRevenue.toNumber(),
    topClientDigitalShare: share,
    topClientTicket: topClientTicket(
      annualTopClientRevenue.div(topClients).div(purchasesPerYear).toNumber()
    ),
    markets: DRILL1_MARKETS.map(({ country, currency }) => ({ country, currency })),
    tiers: DRILL1_TIERS.map((tier) => {
      const prices = DRILL1_CATALOGUE[tier].map((product) => product.usd);
      return { tier, from: Math.min(...prices), to: Math.max(...prices) };
    }),
    seasonality: [...MAISON_SEASONALITY],
  };
}

/**
 * A top client's usual purchase: their spend over their purchases, to $50, kept between the core
 * tier's first price and a typical icon (the icons tier's weighted price): a client who spends more
 * buys more pieces, not dearer ones than the house makes.
 */
function topClientTicket(perPurchase: number): number {
  const core = DRILL1_CATALOGUE["Core leather goods"].map((product) => product.usd);
  const icons = DRILL1_CATALOGUE["Icons & haute"];
  const typicalIcon =
    icons.reduce((sum, product) => sum + product.usd * product.weight, 0) /
    icons.reduce((sum, product) => sum + product.weight, 0);
  const clamped = Math.min(Math.max(perPurchase, Math.min(...core)), typicalIcon);
  return Math.round(clamped / 50) * 50;
}

/**
 * The twelve-month top-client digital share, in half points: 18% for seed 0; for a variant, a few
 * points under last quarter's, held where the earlier quarters' share stays between a floor and last
 * quarter's (the share rose through the year, as drill 1's story has it).
 */
function digitalShare(
  canonical: boolean,
  pointsBelow: number,
  annual: Decimal,
  recentOnline: Decimal,
  earlierTotal: Decimal,
  lastQuarterShare: number
): number {
  if (canonical) return 0.18;
  const earlierShare = (share: number): number =>
    annual.times(share).minus(recentOnline).div(earlierTotal).toNumber();
  let share = Math.round((lastQuarterShare * 100 - pointsBelow) * 2) / 200;
  while (earlierShare(share) < EARLIER_SHARE_FLOOR) share += 0.005;
  while (earlierShare(share) > lastQuarterShare) share -= 0.005;
  return share;
}
