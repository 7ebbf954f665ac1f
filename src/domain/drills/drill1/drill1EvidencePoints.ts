import type { Figure } from "../../check/citedFigures";
import { worstSellThroughTier } from "./drill1Coaching";
import type { Drill1Data } from "./generateDrill1Data";
import type { Drill1Summary } from "./summariseDrill1";

/** The evidence a drill-1 diagnosis is read against. */
export type Drill1EvidenceId =
  "mix" | "sellThrough" | "denominator" | "topClientShift" | "currency";

export type Drill1EvidencePoint = {
  id: Drill1EvidenceId;
  /** How a coach names it in a finding. */
  label: string;
  /** What this seed's data says, with its figures, in our words. */
  says: string;
  /** Figures whose citation counts as addressing the point. */
  figures: Figure[];
  /** Words that name the point's idea; every group must match somewhere in the text. */
  concept: readonly RegExp[][];
  /** False when this seed does not hold the point (then it is not asked for). */
  asked: boolean;
};

/** A currency effect under this many dollars per order is not worth a line of a diagnosis. */
export const CURRENCY_ASKED_FROM_USD = 5;

const usd = (value: number): string =>
  `${value < 0 ? "−" : ""}$${Math.abs(value).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })}`;
const pct = (share: number): string => `${(share * 100).toFixed(1)}%`;
/** A change as a signed percentage: +3.7%, -8.1%. */
const change = (fraction: number): string => `${fraction > 0 ? "+" : ""}${pct(fraction)}`;

/**
 * The evidence points of a drill-1 variant, from its own raw rows and recorded traps: the AOV mix,
 * what drove sell-through, the channel-share denominator, the top-client shift and the currency
 * effect. A point is addressed when the text names its idea (every word group of one `concept`
 * alternative matches) or cites one of its figures.
 *
 * @example
 * const data = generateDrill1Data(0);
 * drill1EvidencePoints(data, summariseDrill1(data)).map((p) => p.id)
 * //=> ["mix", "sellThrough", "denominator", "topClientShift", "currency"]
 */
export function drill1EvidencePoints(
  data: Pick<Drill1Data, "traps">,
  summary: Drill1Summary
): Drill1EvidencePoint[] {
  const { LQ, TQ } = summary.headline;
  const aov = summary.aovBridge.effects;
  const st = summary.stBridge.effects;
  const { denominator, topClientShift, currency } = data.traps;
  const worstTier = worstSellThroughTier(summary);
  const worst = { tier: worstTier.tier, lq: worstTier.lq.toNumber(), tq: worstTier.tq.toNumber() };
  const amount = (value: number): Figure => ({ value, kind: "amount" });
  const share = (value: number): Figure => ({ value, kind: "share" });
  return [
    {
      id: "mix",
      label: "the AOV mix",
      says:
        `mix explains ${usd(aov.mix.toNumber())} of the ${usd(TQ.aov.minus(LQ.aov).toNumber())} AOV ` +
        `change: icons & haute ${pct(LQ.mixIcons.toNumber())} → ${pct(TQ.mixIcons.toNumber())} of ` +
        `orders, entry ${pct(LQ.mixEntry.toNumber())} → ${pct(TQ.mixEntry.toNumber())}`,
      figures: [
        amount(aov.mix.toNumber()),
        amount(TQ.aov.minus(LQ.aov).toNumber()),
        share(LQ.mixIcons.toNumber()),
        share(TQ.mixIcons.toNumber()),
        share(LQ.mixEntry.toNumber()),
        share(TQ.mixEntry.toNumber()),
      ],
      concept: [[/\bmix\b/i], [/\bicons?\b/i, /\bentry\b/i]],
      asked: true,
    },
    {
      id: "sellThrough",
      label: "what drove sell-through",
      says:
        `full-price sell-through ${pct(LQ.sellThrough.toNumber())} → ${pct(TQ.sellThrough.toNumber())}, ` +
        `rate ${(st.rate.toNumber() * 100).toFixed(1)} pts against mix ${(st.mix.toNumber() * 100).toFixed(1)} pts; ` +
        `${worst.tier} fell most (${pct(worst.lq)} → ${pct(worst.tq)})`,
      figures: [
        share(LQ.sellThrough.toNumber()),
        share(TQ.sellThrough.toNumber()),
        share(st.rate.toNumber()),
        share(worst.tq),
      ],
      concept: [
        [/sell[- ]?through/i],
        [/full[- ]price/i, /\b(allocation|bought|buy|depth|stock)/i],
      ],
      asked: true,
    },
    {
      id: "denominator",
      label: "the channel-share denominator",
      says:
        `online channel share rose ${pct(LQ.channelShare.toNumber())} → ${pct(TQ.channelShare.toNumber())} ` +
        `only because boutique revenue fell faster (${change(denominator.boutiqueChange)} against ` +
        `${change(denominator.onlineChange)} online)`,
      figures: [share(denominator.boutiqueChange), share(denominator.onlineChange)],
      concept: [
        [/denominator/i],
        [
          /\b(channel|online) share\b/i,
          /\b(boutiques?|DOS|stores?)\b/i,
          /\b(fell|fall|drop|down|declin)/i,
        ],
      ],
      asked: denominator.sharePoints > 0 && denominator.boutiqueChange < denominator.onlineChange,
    },
    {
      id: "topClientShift",
      label: "the top-client shift to boutiques",
      says:
        `top-client digital share ${pct(LQ.topClientShare.toNumber())} → ${pct(TQ.topClientShare.toNumber())} ` +
        `while their boutique spend moved ${change(topClientShift.boutiqueChange)} and their online ` +
        `spend ${change(topClientShift.onlineChange)}: they moved spend to the boutiques, they did not leave`,
      figures: [share(topClientShift.boutiqueChange), share(topClientShift.onlineChange)],
      concept: [
        [/\b(top[- ]clients?|VICs?|best clients?)\b/i, /\b(boutiques?|DOS|stores?|in[- ]store)\b/i],
      ],
      asked: topClientShift.onlineChange < 0 && topClientShift.boutiqueChange > 0,
    },
    {
      id: "currency",
      label: "the currency effect",
      says:
        `${usd(currency.aovEffect)} of the ${usd(aov.rate.toNumber())} rate effect is currency ` +
        `(foreign rates ${change(currency.dollarMove)}), so like-for-like prices moved ` +
        `${usd(aov.rate.toNumber() - currency.aovEffect)}`,
      figures: [amount(currency.aovEffect), share(currency.dollarMove)],
      concept: [[/\b(currenc\w*|FX|exchange[- ]rates?|translation|dollar)\b/i]],
      asked: Math.abs(currency.aovEffect) >= CURRENCY_ASKED_FROM_USD,
    },
  ];
}
