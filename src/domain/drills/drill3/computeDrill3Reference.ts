import { Decimal } from "../../decimal";
import { forecastDrill3, type Drill3Assumptions, type Drill3Forecast } from "./forecastDrill3";
import { generateDrill3Data, type Drill3Data } from "./generateDrill3Data";

export type Drill3Reference = {
  data: Drill3Data;
  assumptions: Drill3Assumptions;
  forecast: Drill3Forecast;
};

const MONTHS = Array.from({ length: 12 }, (_, m) => m);
const LAST = 11;
/** Share of SAs in live DOS who use the tools, by month: at most 40% until attribution (month 4). */
const ACTIVE_SA_RATE = [0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.6, 0.65, 0.65, 0.7];
const ATTRIBUTION_FROM_MONTH = 4;
const CLICK_TO_DOS_FROM_MONTH = 3;
const SALON_FROM_MONTH = 3;
/** How far the cart habit has formed, by month (SAs start slowly, then settle). */
const CART_HABIT = [0, 0.6, 0.7, 0.8, 0.9, 1, 1, 1, 1, 1, 1, 1];
const CART_CONVERSION = 0.2;
const SALON_CONVERSION = 0.35;
/**
 * Digital salon visits in an average month at full rollout, as a share of top clients: about one in
 * fifty, a visit or two per boutique a week (by appointment; a salon is a private event, not a
 * campaign).
 */
const SALON_INVITES_PER_MONTH = 0.02;
/** The added levers' orders in an average month once live, as a share of top clients. */
const CAPSULE_ORDERS_PER_MONTH = 0.003;
const WAITLIST_ORDERS_PER_MONTH = 0.002;
const ORGANIC_DRIFT_POINTS = 0.05;
/**
 * Salons and the added levers carry at most two thirds of the gap the programme closes by month 12:
 * save-the-cart, the programme's own lever, carries the rest. Where they would carry more (a small
 * gap, top clients who buy often), they are scaled down rather than overshooting the target.
 */
const MAX_NON_CART_PART = 2 / 3;
/**
 * The coach aims a fifth of a point above target, so the share the workbook shows never rounds
 * below it; carts are rounded up to the hundredth, which may add a little more.
 */
const TARGET_MARGIN = 0.002;

/**
 * The coach's reference programme and forecast for a seed: assumptions a demanding coach would
 * accept (rollout ≤ the monthly DOS limit and none in month 1, ≤ 40% adoption until SAs are credited,
 * conversions well under the maxima, SA time far under the weekly limit) and the forecast they give,
 * which reaches the target share in month 12 and climbs to it without a dip.
 *
 * Every lever follows the season (more looks sent, salons booked and previews ordered in the gifting
 * peaks), so each lever's share of the month's top-client revenue grows only with its own ramp:
 * boutiques going live, adoption and the cart habit for carts, the salon and preview launches for
 * the others. Salons and the added levers are sized to the gap (at most two thirds of it); carts per
 * SA-week are solved so month 12 lands just above target.
 *
 * @example
 * const reference = computeDrill3Reference(0);
 * reference.forecast.tcDigitalShare[11] >= 0.3 //=> true
 */
export function computeDrill3Reference(seed: number): Drill3Reference {
  const data = generateDrill3Data(seed);
  const season = seasonIndex(data);
  const goal = new Decimal(data.targetShare).plus(TARGET_MARGIN);
  const total12 = new Decimal(data.baselineTCRevenue[LAST] as number);

  // What salons and the added levers would bring at full strength, against what the programme must
  // add to organic growth by month 12.
  const organicOnly = forecastDrill3(data, referenceAssumptions(data, season, 0));
  const full = forecastDrill3(data, referenceAssumptions(data, season, 1));
  const gap12 = total12.times(goal).minus(organicOnly.tcDigitalRevenue[LAST] as number);
  const nonCart12 = new Decimal(full.tcDigitalRevenue[LAST] as number).minus(
    organicOnly.tcDigitalRevenue[LAST] as number
  );
  const strength = nonCart12.isZero()
    ? 1
    : Decimal.min(1, gap12.times(MAX_NON_CART_PART).div(nonCart12)).toNumber();
  const base = referenceAssumptions(data, season, strength);
  const withoutCarts = forecastDrill3(data, base);

  // Carts per SA-week: a level shaped by the habit and the season, solved at month 12.
  const needed = total12.times(goal).minus(withoutCarts.tcDigitalRevenue[LAST] as number);
  const perCartWeek12 = new Decimal(withoutCarts.activeSAs[LAST] as number)
    .times(52)
    .div(12)
    .times(CART_CONVERSION)
    .times(base.cartValue[LAST] as number);
  const level = Decimal.max(needed, 0)
    .div(perCartWeek12)
    .div(CART_HABIT[LAST] as number)
    .div(season[LAST] as Decimal);
  const cartsPerSAWeek = MONTHS.map((m) =>
    (withoutCarts.activeSAs[m] as number) === 0
      ? 0
      : roundUpToHundredth(level.times(CART_HABIT[m] as number).times(season[m] as Decimal))
  );
  return withoutDips(data, { ...base, cartsPerSAWeek });
}

/**
 * Rounding carts up to the hundredth can leave a month a hair above the next: add the hundredths
 * that month needs to hold the month before's share, so the reference never steps back.
 */
function withoutDips(data: Drill3Data, assumptions: Drill3Assumptions): Drill3Reference {
  const carts = [...assumptions.cartsPerSAWeek];
  let forecast = forecastDrill3(data, assumptions);
  for (let m = 1; m <= LAST; m += 1) {
    const before = new Decimal(forecast.tcDigitalShare[m - 1] as number);
    const perCart = new Decimal(forecast.activeSAs[m] as number)
      .times(52)
      .div(12)
      .times(assumptions.cartConversion[m] as number)
      .times(assumptions.cartValue[m] as number);
    const short = before
      .times(forecast.tcTotalRevenue[m] as number)
      .minus(forecast.tcDigitalRevenue[m] as number);
    if (short.lte(0) || perCart.isZero()) continue;
    carts[m] = new Decimal(carts[m] as number)
      .plus(roundUpToHundredth(short.div(perCart)))
      .toNumber();
    forecast = forecastDrill3(data, { ...assumptions, cartsPerSAWeek: carts });
  }
  return { data, assumptions: { ...assumptions, cartsPerSAWeek: carts }, forecast };
}

/** Carts per SA-week to the hundredth: a quarter of a cart a week is a cart a month. */
function roundUpToHundredth(value: Decimal): number {
  return value.times(100).ceil().div(100).toNumber();
}

/** Each month's top-client revenue over the average month's. */
function seasonIndex(data: Drill3Data): Decimal[] {
  const mean = new Decimal(data.annualTCRevenue).div(12);
  return MONTHS.map((m) => new Decimal(data.baselineTCRevenue[m] as number).div(mean));
}

/**
 * The reference programme without carts: rollout, adoption, switches, conversions and values, with
 * salons and the added levers at `strength` (0 to 1) of their full size and following the season.
 */
function referenceAssumptions(
  data: Drill3Data,
  season: Decimal[],
  strength: number
): Drill3Assumptions {
  // A curated cart is worth what a top client usually buys at this maison.
  const cartValue = data.topClientTicket;
  const salonTicket = roundTo(cartValue * 1.75, 50);
  const step = Math.min(Math.ceil(data.dos / 10), data.coach.maxDOSPerMonth);
  const ramp = (from: number, months: number, m: number) =>
    m + 1 < from ? 0 : Math.min(1, (m + 2 - from) / months);
  const flag = (from: number) => MONTHS.map((m) => (m + 1 >= from ? 1 : 0));
  const constant = (value: number) => MONTHS.map(() => value);
  // Whole sessions or orders a month: top clients × rate × launch ramp × season × strength.
  const monthly = (rate: number, from: number, months: number) =>
    MONTHS.map((m) =>
      new Decimal(data.topClients)
        .times(rate)
        .times(ramp(from, months, m))
        .times(season[m] as Decimal)
        .times(strength)
        .round()
        .toNumber()
    );

  return {
    dosLive: MONTHS.map((m) => Math.min(data.dos, step * m)),
    activeSARate: [...ACTIVE_SA_RATE],
    cartsPerSAWeek: constant(0),
    cartConversion: constant(CART_CONVERSION),
    cartValue: constant(cartValue),
    salonSessions: monthly(SALON_INVITES_PER_MONTH, SALON_FROM_MONTH, 9),
    salonConversion: constant(SALON_CONVERSION),
    salonTicket: constant(salonTicket),
    attributionLive: flag(ATTRIBUTION_FROM_MONTH),
    clickToDOSLive: flag(CLICK_TO_DOS_FROM_MONTH),
    organicDrift: MONTHS.map((m) => (m === 0 ? 0 : ORGANIC_DRIFT_POINTS)),
    otherLevers: [
      {
        label: "Capsule previews by invitation (app)",
        orders: monthly(CAPSULE_ORDERS_PER_MONTH, 5, 3),
        averageOrderValue: constant(roundTo(cartValue * 1.5, 50)),
      },
      {
        label: "Waiting-list release alerts (app)",
        orders: monthly(WAITLIST_ORDERS_PER_MONTH, 7, 3),
        averageOrderValue: constant(roundTo(cartValue * 1.25, 50)),
      },
    ],
  };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
