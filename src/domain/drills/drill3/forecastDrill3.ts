import { Decimal } from "../../decimal";
import type { Drill3Data } from "./generateDrill3Data";

/** A lever the candidate adds: a label and its drivers (orders per month × average order value). */
export type Drill3OtherLever = {
  label: string;
  orders: number[];
  averageOrderValue: number[];
};

/** The candidate assumptions of PRODUCT.md section 3, one value per month (months 1..12). */
export type Drill3Assumptions = {
  dosLive: number[];
  activeSARate: number[];
  cartsPerSAWeek: number[];
  cartConversion: number[];
  cartValue: number[];
  salonSessions: number[];
  salonConversion: number[];
  salonTicket: number[];
  attributionLive: number[];
  clickToDOSLive: number[];
  /** Self-serve digital share drift, percentage points per month (0.05 = +0.05 pts). */
  organicDrift: number[];
  otherLevers: [Drill3OtherLever, Drill3OtherLever];
};

/** The forecast the workbook's output rows compute, months 1..12, as plain numbers. */
export type Drill3Forecast = {
  activeSAs: number[];
  newDOS: number[];
  /** Digital hours per active SA per week needed by carts and salon sessions (0 with no active SA). */
  digitalHoursPerActiveSAWeek: number[];
  leverCart: number[];
  leverSalon: number[];
  leverOrganic: number[];
  otherLevers: [number[], number[]];
  tcDigitalRevenue: number[];
  tcTotalRevenue: number[];
  tcDigitalShare: number[];
};

const MONTHS = 12;
const WEEKS_PER_MONTH = new Decimal(52).div(12);

/**
 * The year-1 forecast from a set of assumptions, computed in decimal exactly as the workbook's output
 * formulas do: the programme is a channel shift, so top-client total revenue stays at its baseline.
 * - cart = SAs × DOS live / DOS × active SA rate × carts per SA-week × 52/12 × cart conversion × cart value
 * - salon = sessions × salon conversion × salon ticket
 * - organic = total × (baseline share + cumulative drift / 100)
 * - other lever = orders × average order value
 * - digital = cart + salon + organic + other levers; share = digital / total (0 when total is 0)
 *
 * @example
 * const data = generateDrill3Data(0);
 * forecastDrill3(data, computeDrill3Reference(0).assumptions).tcDigitalShare[0] //=> 0.18
 */
export function forecastDrill3(data: Drill3Data, assumptions: Drill3Assumptions): Drill3Forecast {
  validateAssumptions(assumptions);
  const at = (row: number[], m: number) => new Decimal(row[m] ?? 0);
  const months = Array.from({ length: MONTHS }, (_, m) => m);

  let drift = new Decimal(0);
  const rows = months.map((m) => {
    const active = new Decimal(data.sas)
      .times(at(assumptions.dosLive, m))
      .div(data.dos)
      .times(at(assumptions.activeSARate, m));
    const carts = at(assumptions.cartsPerSAWeek, m);
    const sessions = at(assumptions.salonSessions, m);
    const minutes = carts
      .times(data.coach.minutesPerCart)
      .plus(
        active.isZero()
          ? new Decimal(0)
          : sessions.div(active.times(WEEKS_PER_MONTH)).times(data.coach.minutesPerSalon)
      );
    const cart = active
      .times(carts)
      .times(WEEKS_PER_MONTH)
      .times(at(assumptions.cartConversion, m))
      .times(at(assumptions.cartValue, m));
    const salon = sessions
      .times(at(assumptions.salonConversion, m))
      .times(at(assumptions.salonTicket, m));
    const total = new Decimal(data.baselineTCRevenue[m] ?? 0);
    drift = drift.plus(at(assumptions.organicDrift, m));
    const organic = total.times(new Decimal(data.baselineShare).plus(drift.div(100)));
    const others = assumptions.otherLevers.map((lever) =>
      at(lever.orders, m).times(at(lever.averageOrderValue, m))
    );
    const digital = cart
      .plus(salon)
      .plus(organic)
      .plus(others.reduce((a, b) => a.plus(b), new Decimal(0)));
    const previousLive = m === 0 ? new Decimal(0) : at(assumptions.dosLive, m - 1);
    return {
      active,
      newDOS: at(assumptions.dosLive, m).minus(previousLive),
      hours: active.isZero() ? new Decimal(0) : minutes.div(60),
      cart,
      salon,
      organic,
      others,
      digital,
      total,
      share: total.isZero() ? new Decimal(0) : digital.div(total),
    };
  });

  const pick = (f: (r: (typeof rows)[number]) => Decimal) => rows.map((r) => f(r).toNumber());
  return {
    activeSAs: pick((r) => r.active),
    newDOS: pick((r) => r.newDOS),
    digitalHoursPerActiveSAWeek: pick((r) => r.hours),
    leverCart: pick((r) => r.cart),
    leverSalon: pick((r) => r.salon),
    leverOrganic: pick((r) => r.organic),
    otherLevers: [pick((r) => r.others[0] as Decimal), pick((r) => r.others[1] as Decimal)],
    tcDigitalRevenue: pick((r) => r.digital),
    tcTotalRevenue: pick((r) => r.total),
    tcDigitalShare: pick((r) => r.share),
  };
}

function validateAssumptions(assumptions: Drill3Assumptions): void {
  const rows: [string, number[]][] = [
    ["dosLive", assumptions.dosLive],
    ["activeSARate", assumptions.activeSARate],
    ["cartsPerSAWeek", assumptions.cartsPerSAWeek],
    ["cartConversion", assumptions.cartConversion],
    ["cartValue", assumptions.cartValue],
    ["salonSessions", assumptions.salonSessions],
    ["salonConversion", assumptions.salonConversion],
    ["salonTicket", assumptions.salonTicket],
    ["attributionLive", assumptions.attributionLive],
    ["clickToDOSLive", assumptions.clickToDOSLive],
    ["organicDrift", assumptions.organicDrift],
    ...assumptions.otherLevers.flatMap((lever, i): [string, number[]][] => [
      [`otherLevers[${i}].orders`, lever.orders],
      [`otherLevers[${i}].averageOrderValue`, lever.averageOrderValue],
    ]),
  ];
  for (const [name, row] of rows) {
    if (row.length !== MONTHS) {
      throw new RangeError(`${name} needs ${MONTHS} months, got ${row.length}`);
    }
    if (row.some((v) => !Number.isFinite(v))) {
      throw new RangeError(`${name} holds a value that is not a finite number`);
    }
  }
}
