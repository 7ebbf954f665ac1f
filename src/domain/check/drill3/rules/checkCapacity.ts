import type { Finding } from "../../../model/workbookModel";
import { describeMonths, formatNumber } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { Drill3Context } from "../drill3Context";
import { WEEKS_PER_MONTH, exceeds } from "../drill3Tolerances";
import { monthValues, scalarValue } from "../drill3Values";

type Load = { m: number; active: number; carts: number; salonsPerSA: number; hours: number };

/**
 * `capacity-exceeded`: the carts and salon sessions asked of each active SA need more than
 * D3_MaxDigitalHoursPerSAWeek hours a week. Active SAs = D3_SAs × D3_DOSLive ÷ D3_DOS ×
 * D3_ActiveSARate; a month has 52/12 weeks; minutes come from D3_MinutesPerCart and
 * D3_MinutesPerSalon. Salon sessions with no active SA to host them exceed capacity by definition.
 *
 * @example
 * checkCapacity(contextWith40CartsAWeek)[0]?.code //=> "capacity-exceeded"
 */
export function checkCapacity(context: Drill3Context): Finding[] {
  const sas = scalarValue(context, "D3_SAs");
  const dos = scalarValue(context, "D3_DOS");
  const maxHours = scalarValue(context, "D3_MaxDigitalHoursPerSAWeek");
  const minCart = scalarValue(context, "D3_MinutesPerCart");
  const minSalon = scalarValue(context, "D3_MinutesPerSalon");
  const live = monthValues(context, "D3_DOSLive");
  const rate = monthValues(context, "D3_ActiveSARate");
  const carts = monthValues(context, "D3_CartsPerSAWeek");
  const salons = monthValues(context, "D3_SalonSessions");
  const cartRow = context.rows.D3_CartsPerSAWeek;
  const salonRow = context.rows.D3_SalonSessions;
  const limitCell = context.scalars.D3_MaxDigitalHoursPerSAWeek;
  if (sas === undefined || dos === undefined || dos <= 0 || maxHours === undefined) return [];
  if (minCart === undefined || minSalon === undefined || !live || !rate || !carts || !salons) {
    return [];
  }
  if (!cartRow || !salonRow || !limitCell) return [];
  const over: Load[] = [];
  for (let m = 0; m < live.length; m += 1) {
    const l = live[m];
    const r = rate[m];
    const c = carts[m];
    const s = salons[m];
    if (l === undefined || r === undefined || c === undefined || s === undefined) continue;
    const active = (sas * l * r) / dos;
    if (active <= 0) {
      if (s > 0) over.push({ m, active: 0, carts: c, salonsPerSA: Infinity, hours: Infinity });
      continue;
    }
    const salonsPerSA = s / active / WEEKS_PER_MONTH;
    const hours = (c * minCart + salonsPerSA * minSalon) / 60;
    if (exceeds(hours, maxHours)) over.push({ m, active, carts: c, salonsPerSA, hours });
  }
  if (over.length === 0) return [];
  const worst = over.reduce((a, b) => (b.hours > a.hours ? b : a));
  const months = describeMonths(over.map((o) => o.m + 1));
  const detail =
    worst.active === 0
      ? `month ${worst.m + 1} books ${formatNumber(salons[worst.m] as number)} salon sessions with no active SA to host them (no boutique live, or an active SA rate of 0)`
      : `month ${worst.m + 1} asks each of ${formatNumber(worst.active, 0)} active SAs for ` +
        `${formatNumber(worst.hours, 1)} hours a week: ${formatNumber(worst.carts)} carts × ` +
        `${formatNumber(minCart)} min plus ${formatNumber(worst.salonsPerSA, 1)} salon sessions × ` +
        `${formatNumber(minSalon)} min`;
  return [
    {
      code: "capacity-exceeded",
      severity: "error",
      message:
        `The programme needs more SA time than there is in ${months}: ${detail}, against at most ` +
        `${formatNumber(maxHours)} hours (D3_MaxDigitalHoursPerSAWeek). SAs still sell in the boutique: ` +
        `lower carts or salon sessions, or grow the active SA base first (more boutiques live, higher adoption).`,
      cells: [
        ...monthCells(
          cartRow,
          over.map((o) => o.m)
        ),
        ...monthCells(
          salonRow,
          over.map((o) => o.m)
        ),
        limitCell.address,
      ],
    },
  ];
}
