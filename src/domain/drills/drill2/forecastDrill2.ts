import { Decimal } from "../../decimal";
import { drill2Levers } from "./drill2Levers";
import { DRILL2_WEEKS, type Drill2Data } from "./generateDrill2Data";

/** What the candidate decides for one lever to remove (aligned with `drill2Levers().removals`). */
export type Drill2RemovalChoice = {
  /** Week it is switched off (1–13), null to keep it. */
  week: number | null;
  /** Replacement label it is paired with, null for none. */
  replacedBy: string | null;
  /** Share of the lever's orders that still happen at full price through other paths (0–1). */
  recapture: number;
};

/** What the candidate decides for one replacement (aligned with `drill2Levers().replacements`). */
export type Drill2ReplacementChoice = {
  /** Week it goes live (1–13), null when not launched. */
  week: number | null;
  /** Weeks from launch to full effect (≥ 1). */
  rampWeeks: number;
  /** Weekly sessions, orders and order value at full effect. */
  sessions: number;
  orders: number;
  aov: number;
};

export type Drill2Choices = {
  removals: Drill2RemovalChoice[];
  replacements: Drill2ReplacementChoice[];
};

/** Weekly rows (weeks 1..13) of drill 2's plan sheet, as plain numbers. */
export type Drill2Forecast = {
  baselineSessions: number[];
  baselineOrders: number[];
  baselineRevenue: number[];
  baselineCVR: number[];
  baselineDiscountRevenue: number[];
  baselineDiscountCost: number[];
  /** 1 when the lever is off that week; one row per removal lever. */
  removalPlan: number[][];
  /** Share of full effect reached that week (0–1); one row per replacement. */
  replacementPlan: number[][];
  sessions: number[];
  orders: number[];
  revenue: number[];
  cvr: number[];
  /** Discount- and retargeting-driven revenue still running that week. */
  discountRevenue: number[];
  revenueVsBaseline: number[];
  cvrVsBaseline: number[];
};

/**
 * Drill 2's weekly forecast, computed in decimal as the plan sheet's formulas do. Each week starts
 * from the same baseline week; a removed lever takes away its weekly average sessions, orders and
 * revenue times the share not recaptured (1 − recapture); a replacement adds its full-effect
 * sessions, orders and orders × AOV times its ramp, min(1, (week − live + 1) / ramp weeks).
 *
 * @example
 * const data = generateDrill2Data(0);
 * forecastDrill2(data, computeDrill2Reference(0).choices).discountRevenue[12] //=> 0
 */
export function forecastDrill2(data: Drill2Data, choices: Drill2Choices): Drill2Forecast {
  const levers = drill2Levers(data);
  validateChoices(choices, levers.removals.length, levers.replacements.length);
  const weeks = Array.from({ length: DRILL2_WEEKS }, (_, w) => w + 1);
  const weekly = (
    pick: (t: Drill2Data["traffic"][number]) => number,
    filter: (discountDriven: number) => boolean = () => true
  ) =>
    weeks.map((week) =>
      data.traffic
        .filter((t) => t.week === week && filter(t.discountDriven))
        .reduce((a, t) => a.plus(pick(t)), new Decimal(0))
    );
  const bSessions = weekly((t) => t.sessions);
  const bOrders = weekly((t) => t.orders);
  const bRevenue = weekly((t) => t.revenue);
  const bDiscount = weekly(
    (t) => t.revenue,
    (driven) => driven === 1
  );
  const bDiscountCost = weekly((t) => t.discountCost);

  const removalPlan = choices.removals.map((c) =>
    weeks.map((week) => (c.week !== null && c.week > 0 && week >= c.week ? 1 : 0))
  );
  const replacementPlan = choices.replacements.map((c) =>
    weeks.map((week) =>
      c.week === null || c.week === 0
        ? new Decimal(0)
        : Decimal.max(
            0,
            Decimal.min(1, new Decimal(week - c.week + 1).div(Math.max(1, c.rampWeeks)))
          )
    )
  );

  const rows = weeks.map((_, w) => {
    let sessions = bSessions[w] as Decimal;
    let orders = bOrders[w] as Decimal;
    let revenue = bRevenue[w] as Decimal;
    let discount = new Decimal(0);
    levers.removals.forEach((lever, i) => {
      const off = removalPlan[i]?.[w] as number;
      const lost = new Decimal(1).minus((choices.removals[i] as Drill2RemovalChoice).recapture);
      sessions = sessions.minus(lost.times(lever.weeklySessions).times(off));
      orders = orders.minus(lost.times(lever.weeklyOrders).times(off));
      revenue = revenue.minus(lost.times(lever.weeklyRevenue).times(off));
      discount = discount.plus(
        new Decimal(lever.weeklyRevenue).times(lever.discountDriven).times(1 - off)
      );
    });
    choices.replacements.forEach((c, j) => {
      const ramp = replacementPlan[j]?.[w] as Decimal;
      sessions = sessions.plus(ramp.times(c.sessions));
      orders = orders.plus(ramp.times(c.orders));
      revenue = revenue.plus(ramp.times(c.orders).times(c.aov));
    });
    const cvr = sessions.isZero() ? new Decimal(0) : orders.div(sessions);
    const bCVR = (bSessions[w] as Decimal).isZero()
      ? new Decimal(0)
      : (bOrders[w] as Decimal).div(bSessions[w] as Decimal);
    return {
      sessions,
      orders,
      revenue,
      cvr,
      bCVR,
      discount,
      revenueVs: (bRevenue[w] as Decimal).isZero()
        ? new Decimal(0)
        : revenue.div(bRevenue[w] as Decimal),
      cvrVs: bCVR.isZero() ? new Decimal(0) : cvr.div(bCVR),
    };
  });
  const n = (xs: Decimal[]) => xs.map((x) => x.toNumber());
  return {
    baselineSessions: n(bSessions),
    baselineOrders: n(bOrders),
    baselineRevenue: n(bRevenue),
    baselineCVR: n(rows.map((r) => r.bCVR)),
    baselineDiscountRevenue: n(bDiscount),
    baselineDiscountCost: n(bDiscountCost),
    removalPlan,
    replacementPlan: replacementPlan.map(n),
    sessions: n(rows.map((r) => r.sessions)),
    orders: n(rows.map((r) => r.orders)),
    revenue: n(rows.map((r) => r.revenue)),
    cvr: n(rows.map((r) => r.cvr)),
    discountRevenue: n(rows.map((r) => r.discount)),
    revenueVsBaseline: n(rows.map((r) => r.revenueVs)),
    cvrVsBaseline: n(rows.map((r) => r.cvrVs)),
  };
}

function validateChoices(choices: Drill2Choices, removals: number, replacements: number): void {
  if (choices.removals.length !== removals) {
    throw new RangeError(`removals needs ${removals} choices, got ${choices.removals.length}`);
  }
  if (choices.replacements.length !== replacements) {
    throw new RangeError(
      `replacements needs ${replacements} choices, got ${choices.replacements.length}`
    );
  }
  const week = (w: number | null, what: string) => {
    if (w !== null && (!Number.isInteger(w) || w < 0 || w > DRILL2_WEEKS)) {
      throw new RangeError(
        `${what} week must be a whole number from 1 to ${DRILL2_WEEKS}, got ${w}`
      );
    }
  };
  choices.removals.forEach((c, i) => {
    week(c.week, `removal ${i + 1}`);
    if (!(c.recapture >= 0 && c.recapture <= 1)) {
      throw new RangeError(
        `removal ${i + 1} recapture must be between 0 and 1, got ${c.recapture}`
      );
    }
  });
  choices.replacements.forEach((c, i) => {
    week(c.week, `replacement ${i + 1}`);
    for (const [what, v] of [
      ["rampWeeks", c.rampWeeks],
      ["sessions", c.sessions],
      ["orders", c.orders],
      ["aov", c.aov],
    ] as const) {
      if (!Number.isFinite(v) || v < 0) {
        throw new RangeError(`replacement ${i + 1} ${what} must be a number ≥ 0, got ${v}`);
      }
    }
  });
}
