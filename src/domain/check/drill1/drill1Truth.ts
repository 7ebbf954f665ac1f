import {
  D1_CONTROL_NAMES,
  D1_TIER_GIVENS,
  type D1ControlName,
  type D1TierName,
} from "../../drills/drill1/drill1Contract";
import { generateDrill1Data } from "../../drills/drill1/generateDrill1Data";
import {
  drill1EvidencePoints,
  type Drill1EvidencePoint,
} from "../../drills/drill1/drill1EvidencePoints";
import { summariseDrill1 } from "../../drills/drill1/summariseDrill1";
import { memoBySeed } from "../../random/memoBySeed";

/**
 * What the generator's raw rows give for a seed, by contract name: each tier-table column (one
 * number per tier), each control total (LQ, TQ) and the currency effect on this quarter's AOV. The
 * check compares the workbook with it without reading D1 Data.
 */
export type Drill1Truth = {
  tiers: Record<D1TierName, number[]>;
  controls: Record<D1ControlName, [lq: number, tq: number]>;
  /** This quarter's AOV at its own rates minus at last quarter's (USD per order, to the cent). */
  currencyEffect: number;
  /** The AOV change and its midpoint rate effect, USD per order. */
  aovChange: number;
  aovRate: number;
  /** The points a diagnosis is read against, with this seed's figures. */
  evidence: Drill1EvidencePoint[];
};

/**
 * The truth of a drill-1 variant, recomputed from `generateDrill1Data(seed)` by the same summary
 * the answer key's coaching uses (COUNTIFS / SUMIFS over the rows, in whole dollars).
 *
 * @example
 * drill1Truth(0).controls.D1_ControlOrders //=> [5000, 5200]
 */
export const drill1Truth: (seed: number) => Drill1Truth = memoBySeed(4, (seed) => {
  const data = generateDrill1Data(seed);
  const summary = summariseDrill1(data);
  const { tiers } = summary;
  return {
    aovChange: summary.headline.TQ.aov.minus(summary.headline.LQ.aov).toNumber(),
    aovRate: summary.aovBridge.effects.rate.toNumber(),
    evidence: drill1EvidencePoints(data, summary),
    currencyEffect: data.traps.currency.aovEffect,
    tiers: Object.fromEntries(
      D1_TIER_GIVENS.map((g) => [g.name, tiers[g.quarter].map((row) => row[g.measure])])
    ) as Drill1Truth["tiers"],
    controls: Object.fromEntries(
      D1_CONTROL_NAMES.map(({ name, total }) => {
        const sum = (quarter: "LQ" | "TQ") =>
          tiers[quarter].reduce(
            (acc, row, t) => acc + (total === "tiers" ? (t + 1) * row.orders : row[total]),
            0
          );
        return [name, [sum("LQ"), sum("TQ")]];
      })
    ) as Drill1Truth["controls"],
  };
});
