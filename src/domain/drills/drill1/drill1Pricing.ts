import { Decimal } from "../../decimal";
import type { Random } from "../../random/createRandom";
import {
  DRILL1_CATALOGUE,
  DRILL1_CURRENCIES,
  DRILL1_MARKETS,
  DRILL1_QUARTERS,
  DRILL1_TIERS,
  type Drill1Quarter,
} from "./drill1Catalogue";

/** One currency's average rate in each quarter (USD per unit) and the index its price list was set at. */
export type Drill1Currency = {
  currency: string;
  fx: Record<Drill1Quarter, number>;
  priceIndex: number;
};

/** The .com's prices for a seed: one price list per currency, and what an order is worth in USD. */
export type Drill1Pricing = {
  /** In `DRILL1_CURRENCIES` order. */
  currencies: Drill1Currency[];
  /** Local list price by tier, product and market (indexes of the catalogue and `DRILL1_MARKETS`). */
  localPrices: number[][][];
  /** An order's USD value in cents (local price at the quarter's rate), by quarter, tier, product, market. */
  valueCents: Record<Drill1Quarter, number[][][]>;
};

/** Rates are shown and used to six decimal places, so a reader can redo local × rate. */
const FX_DECIMALS = 6;

/**
 * Seed 0's prices: the catalogue's indexes and rates. A variant (`random` given) draws each
 * currency's price index within its market band, last quarter's rate near seed 0's, and this
 * quarter's rate from one dollar move shared by the floating currencies (1.5%–4.5% either way, a
 * little noise per currency; pegged ones barely move), so every variant holds a currency effect.
 *
 * Local list prices are set at last quarter's rates from the US list price and the index, rounded to
 * the market's price point, and kept unchanged in this quarter: the maison does not chase the rate.
 *
 * @example
 * const pricing = drill1Pricing();
 * pricing.localPrices[0]?.[0]?.[0] //=> 3200 (the mini signature bag in the United States)
 */
export function drill1Pricing(random?: Random): Drill1Pricing {
  const strengthens = random ? random.int(0, 1) === 1 : true;
  const move = random ? random.float(0.015, 0.045) : 0;
  const currencies = DRILL1_CURRENCIES.map((currency): Drill1Currency => {
    const market = DRILL1_MARKETS.find((m) => m.currency === currency);
    if (!market) throw new Error(`drill 1: no market for ${currency}`);
    if (!random) return { currency, fx: { ...market.fx }, priceIndex: market.priceIndex };
    const [low, high] = market.priceBand;
    const priceIndex = Math.round(random.float(low, high) * 100) / 100;
    if (market.pegged) {
      const lq = market.fx.LQ;
      const drift = market.fx.TQ === market.fx.LQ ? 0 : random.float(-0.002, 0.002);
      return { currency, fx: { LQ: lq, TQ: roundFx(lq * (1 + drift)) }, priceIndex };
    }
    const lq = roundFx(market.fx.LQ * (1 + random.float(-0.04, 0.04)));
    const change = (strengthens ? -move : move) + random.float(-0.01, 0.01);
    return { currency, fx: { LQ: lq, TQ: roundFx(lq * (1 + change)) }, priceIndex };
  });

  const rate = (m: number) =>
    currencies.find((c) => c.currency === DRILL1_MARKETS[m]?.currency) as Drill1Currency;
  const localPrices = DRILL1_TIERS.map((tier) =>
    DRILL1_CATALOGUE[tier].map((product) =>
      DRILL1_MARKETS.map((market, m) => {
        const { fx, priceIndex } = rate(m);
        const local = new Decimal(product.usd).times(priceIndex).div(fx.LQ);
        return local.div(market.pricePoint).round().times(market.pricePoint).toNumber();
      })
    )
  );
  const valueCents = Object.fromEntries(
    DRILL1_QUARTERS.map((quarter) => [
      quarter,
      localPrices.map((products) =>
        products.map((markets) =>
          markets.map((local, m) =>
            new Decimal(local).times(rate(m).fx[quarter]).times(100).round().toNumber()
          )
        )
      ),
    ])
  ) as Drill1Pricing["valueCents"];
  return { currencies, localPrices, valueCents };
}

function roundFx(value: number): number {
  return new Decimal(value).toDecimalPlaces(FX_DECIMALS).toNumber();
}
