import type {
  Drill3Assumptions,
  Drill3Forecast,
} from "../../../../src/domain/drills/drill3/forecastDrill3";
import type { Drill3Data } from "../../../../src/domain/drills/drill3/generateDrill3Data";

/**
 * The drill-3 rules of PRODUCT.md section 4, applied numerically to a forecast (a test oracle: the
 * check engine applies the same rules to workbook cells). Returns the codes of the rules broken.
 */
export function drill3RuleBreaks(
  data: Drill3Data,
  a: Drill3Assumptions,
  f: Drill3Forecast
): string[] {
  const c = data.coach;
  const breaks = new Set<string>();
  const months = Array.from({ length: 12 }, (_, m) => m);
  const v = (row: number[], m: number) => row[m] as number;

  if (Math.abs(v(f.tcDigitalShare, 0) - data.baselineShare) > 0.01) breaks.add("baseline-mismatch");
  if (Math.abs(v(f.leverOrganic, 0) / v(f.tcTotalRevenue, 0) - data.baselineShare) > 1e-9) {
    breaks.add("baseline-mismatch");
  }
  if (v(a.dosLive, 0) !== 0) breaks.add("rollout-too-fast");
  for (const m of months) {
    const live = v(a.dosLive, m);
    const previous = m === 0 ? 0 : v(a.dosLive, m - 1);
    if (live > data.dos || live < previous) breaks.add("rollout-exceeds-dos");
    if (live - previous > c.maxDOSPerMonth) breaks.add("rollout-too-fast");

    const active = (data.sas * live * v(a.activeSARate, m)) / data.dos;
    const sessions = v(a.salonSessions, m);
    const carts = v(a.cartsPerSAWeek, m);
    if (active === 0) {
      if (sessions > 0) breaks.add("capacity-exceeded");
    } else {
      const minutes =
        carts * c.minutesPerCart + (sessions / ((active * 52) / 12)) * c.minutesPerSalon;
      if (minutes / 60 > c.maxDigitalHoursPerSAWeek + 1e-9) breaks.add("capacity-exceeded");
    }

    for (const rate of [
      v(a.activeSARate, m),
      v(a.cartConversion, m),
      v(a.salonConversion, m),
      v(f.tcDigitalShare, m),
    ]) {
      if (rate < 0 || rate > 1) breaks.add("share-out-of-range");
    }
    for (const flag of [v(a.attributionLive, m), v(a.clickToDOSLive, m)]) {
      if (flag !== 0 && flag !== 1) breaks.add("share-out-of-range");
    }
    if (v(a.cartConversion, m) > c.maxCartConversion) breaks.add("conversion-implausible");
    if (v(a.salonConversion, m) > c.maxSalonConversion) breaks.add("conversion-implausible");
    if (v(a.attributionLive, m) === 0 && v(a.activeSARate, m) > c.maxAdoptionWithoutAttribution) {
      breaks.add("no-attribution");
    }
    if (m > 0 && Math.abs(v(f.tcDigitalShare, m) - v(f.tcDigitalShare, m - 1)) > c.maxShareStep) {
      breaks.add("jump-too-large");
    }
    const levers =
      v(f.leverCart, m) +
      v(f.leverSalon, m) +
      v(f.leverOrganic, m) +
      v(f.otherLevers[0], m) +
      v(f.otherLevers[1], m);
    if (Math.abs(levers - v(f.tcDigitalRevenue, m)) > 1) breaks.add("levers-dont-sum");
    const share = v(f.tcDigitalRevenue, m) / v(f.tcTotalRevenue, m);
    if (Math.abs(share - v(f.tcDigitalShare, m)) > 0.0005) breaks.add("share-mismatch");
    const baseline = data.baselineTCRevenue[m] as number;
    if (v(f.tcTotalRevenue, m) < baseline * (1 - c.maxTotalRevenueDrop)) {
      breaks.add("total-revenue-drop");
    }
  }
  for (const lever of a.otherLevers) {
    if (/discount|promo|coupon|markdown|sale\b|retarget/i.test(lever.label)) {
      breaks.add("discount-lever");
    }
    if (/click.to.dos|ship.from.store/i.test(lever.label)) {
      breaks.add("click-to-dos-counted-digital");
    }
  }
  if (v(f.tcDigitalShare, 11) < data.targetShare) breaks.add("target-missed");
  return [...breaks].sort();
}
