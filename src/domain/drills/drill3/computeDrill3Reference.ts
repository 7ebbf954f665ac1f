import { Decimal } from "../../decimal";
import { forecastDrill3, type Drill3Assumptions, type Drill3Forecast } from "./forecastDrill3";
import { generateDrill3Data, type Drill3Data } from "./generateDrill3Data";

export type Drill3Reference = {
  data: Drill3Data;
  assumptions: Drill3Assumptions;
  forecast: Drill3Forecast;
};

const MONTHS = Array.from({ length: 12 }, (_, m) => m);
/** Share of SAs in live DOS who use the tools, by month: at most 40% until attribution (month 4). */
const ACTIVE_SA_RATE = [0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.6, 0.65, 0.65, 0.7];
const ATTRIBUTION_FROM_MONTH = 4;
const CLICK_TO_DOS_FROM_MONTH = 3;
const SALON_FROM_MONTH = 3;
/** How far the cart habit has formed, by month (SAs start slowly, then settle). */
const CART_HABIT = [0, 0.6, 0.7, 0.8, 0.9, 1, 1, 1, 1, 1, 1, 1];
const CART_CONVERSION = 0.2;
const SALON_CONVERSION = 0.35;
const ORGANIC_DRIFT_POINTS = 0.05;
/** The coach aims half a point above target so rounding and a soft month never miss it. */
const TARGET_MARGIN = 0.005;

/**
 * The coach's reference programme and forecast for a seed: assumptions a demanding coach would
 * accept (rollout ≤ the monthly DOS limit and none in month 1, ≤ 40% adoption until SAs are credited,
 * conversions well under the maxima, SA time far under the weekly limit) and the forecast they give,
 * which reaches the target share in month 12. Carts per SA-week follow seasonality (more looks sent
 * in gifting peaks) and are scaled so month 12 lands half a point above target.
 *
 * @example
 * const reference = computeDrill3Reference(0);
 * reference.forecast.tcDigitalShare[11] >= 0.3 //=> true
 */
export function computeDrill3Reference(seed: number): Drill3Reference {
  const data = generateDrill3Data(seed);
  const base = referenceAssumptionsWithoutCarts(data);
  const withoutCarts = forecastDrill3(data, base);

  // Solve the month-12 cart level, then spread it with the habit curve and seasonality.
  const last = 11;
  const total12 = new Decimal(data.baselineTCRevenue[last] as number);
  const needed = total12
    .times(data.targetShare + TARGET_MARGIN)
    .minus(withoutCarts.tcDigitalRevenue[last] as number);
  const perCartWeek = new Decimal(withoutCarts.activeSAs[last] as number)
    .times(52)
    .div(12)
    .times(CART_CONVERSION)
    .times(base.cartValue[last] as number);
  const meanRevenue = new Decimal(data.annualTCRevenue).div(12);
  const seasonIndex = (m: number) =>
    new Decimal(data.baselineTCRevenue[m] as number).div(meanRevenue);
  const level = Decimal.max(needed, 0)
    .div(perCartWeek)
    .div(CART_HABIT[last] as number)
    .div(seasonIndex(last));
  const seasonal = MONTHS.map((m) =>
    roundUpToTenth(level.times(CART_HABIT[m] as number).times(seasonIndex(m)))
  );
  const seasonalReference = withCarts(data, base, seasonal);
  if (
    largestStep(seasonalReference.forecast.tcDigitalShare) <=
    data.coach.maxShareStep * STEP_HEADROOM
  ) {
    return seasonalReference;
  }

  // Some variants (a short rollout, a wide gap, a sharp season) would climb too fast in one month
  // with seasonal carts: solve each month's carts against a smooth share path instead.
  const goal = data.targetShare + TARGET_MARGIN;
  const smooth = MONTHS.map((m) => {
    if (m === 0) return 0;
    const share = data.baselineShare + (goal - data.baselineShare) * (m / last) ** PATH_CURVE;
    const perCart = new Decimal(withoutCarts.activeSAs[m] as number)
      .times(52)
      .div(12)
      .times(CART_CONVERSION)
      .times(base.cartValue[m] as number);
    if (perCart.isZero()) return 0;
    const gap = new Decimal(data.baselineTCRevenue[m] as number)
      .times(share)
      .minus(withoutCarts.tcDigitalRevenue[m] as number);
    return roundUpToTenth(Decimal.max(gap, 0).div(perCart));
  });
  return withCarts(data, base, smooth);
}

/** Keep the reference a step clear of the coach's monthly limit. */
const STEP_HEADROOM = 0.9;
/** The smooth path rises a little faster late in the year, when most boutiques are live. */
const PATH_CURVE = 1.3;

function withCarts(data: Drill3Data, base: Drill3Assumptions, cartsPerSAWeek: number[]) {
  const assumptions: Drill3Assumptions = { ...base, cartsPerSAWeek };
  return { data, assumptions, forecast: forecastDrill3(data, assumptions) };
}

function roundUpToTenth(value: Decimal): number {
  return value.times(10).ceil().div(10).toNumber();
}

function largestStep(shares: number[]): number {
  return Math.max(...shares.slice(1).map((share, m) => Math.abs(share - (shares[m] as number))));
}

function referenceAssumptionsWithoutCarts(data: Drill3Data): Drill3Assumptions {
  const spendPerClient = data.annualTCRevenue / data.topClients;
  const cartValue = roundTo(spendPerClient / 18.75, 50);
  const salonTicket = roundTo(cartValue * 1.75, 50);
  const step = Math.min(Math.ceil(data.dos / 10), data.coach.maxDOSPerMonth);
  const ramp = (from: number, months: number, m: number) =>
    m + 1 < from ? 0 : Math.min(1, (m + 2 - from) / months);
  const flag = (from: number) => MONTHS.map((m) => (m + 1 >= from ? 1 : 0));
  const constant = (value: number) => MONTHS.map(() => value);

  return {
    dosLive: MONTHS.map((m) => Math.min(data.dos, step * m)),
    activeSARate: [...ACTIVE_SA_RATE],
    cartsPerSAWeek: constant(0),
    cartConversion: constant(CART_CONVERSION),
    cartValue: constant(cartValue),
    salonSessions: MONTHS.map((m) =>
      Math.round(data.topClients * 0.06 * ramp(SALON_FROM_MONTH, 9, m))
    ),
    salonConversion: constant(SALON_CONVERSION),
    salonTicket: constant(salonTicket),
    attributionLive: flag(ATTRIBUTION_FROM_MONTH),
    clickToDOSLive: flag(CLICK_TO_DOS_FROM_MONTH),
    organicDrift: MONTHS.map((m) => (m === 0 ? 0 : ORGANIC_DRIFT_POINTS)),
    otherLevers: [
      {
        label: "Capsule previews by invitation (app)",
        orders: MONTHS.map((m) => Math.round(data.topClients * 0.003 * ramp(5, 3, m))),
        averageOrderValue: constant(roundTo(cartValue * 1.5, 50)),
      },
      {
        label: "Waiting-list release alerts (app)",
        orders: MONTHS.map((m) => Math.round(data.topClients * 0.002 * ramp(7, 3, m))),
        averageOrderValue: constant(roundTo(cartValue * 1.25, 50)),
      },
    ],
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
