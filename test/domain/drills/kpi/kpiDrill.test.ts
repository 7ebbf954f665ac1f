import fc from "fast-check";
import { Decimal } from "../../../../src/domain/decimal";
import { buildKpiPlan } from "../../../../src/domain/drills/kpi/buildKpiPlan";
import { computeKpiTruth, kpiTotals } from "../../../../src/domain/drills/kpi/computeKpiTruth";
import { generateKpiData, type KpiData } from "../../../../src/domain/drills/kpi/generateKpiData";
import { KPI_DEFINITIONS } from "../../../../src/domain/drills/kpi/kpiDefinitions";
import type { WorkbookPlan } from "../../../../src/domain/plan/workbookPlan";
import { nameCells, planCells, planFormulas } from "../drill1/planCells";

const total = (data: KpiData, pick: (w: KpiData["weeks"][number]) => number): Decimal =>
  data.weeks.reduce((sum, w) => sum.plus(pick(w)), new Decimal(0));

/** Each KPI written out again from the rows, independently of the definitions table. */
function expectedKpis(data: KpiData): Record<string, Decimal> {
  const t = (pick: (w: KpiData["weeks"][number]) => number) => total(data, pick);
  const f = data.facts;
  const revenue = t((w) => w.revenue);
  const orders = t((w) => w.orders);
  const sessions = t((w) => w.sessions);
  return {
    KPI_ConversionRate: orders.div(sessions),
    KPI_AOV: revenue.div(orders),
    KPI_CLV: revenue
      .div(orders)
      .times(orders.div(f.uniqueCustomers).times(52).div(f.weeks))
      .times(f.grossMargin)
      .times(f.lifespanYears),
    KPI_CartAbandonment: new Decimal(1).minus(orders.div(t((w) => w.cartsCreated))),
    KPI_Traffic: sessions,
    KPI_BounceRate: t((w) => w.bouncedSessions).div(sessions),
    KPI_AvgSessionDuration: t((w) => w.sessionSeconds).div(sessions),
    KPI_ROAS: t((w) => w.adRevenue).div(t((w) => w.adSpend)),
    KPI_EmailOpenRate: t((w) => w.emailsOpened).div(t((w) => w.emailsDelivered)),
    KPI_EmailCTR: t((w) => w.emailsClicked).div(t((w) => w.emailsDelivered)),
    KPI_CSAT: t((w) => w.csatSatisfied).div(t((w) => w.csatResponses)),
    KPI_ReviewsCount: t((w) => w.reviews),
    KPI_ReviewsRating: t((w) => w.reviewStars).div(t((w) => w.reviews)),
    KPI_SocialEngagement: t((w) => w.socialEngagements).div(t((w) => w.socialImpressions)),
    KPI_InventoryTurnover: t((w) => w.cogs).div(t((w) => w.inventoryAtCost).div(data.weeks.length)),
    KPI_FulfilmentTime: t((w) => w.fulfilmentHours).div(t((w) => w.ordersFulfilled)),
    KPI_RetentionRate: new Decimal(f.customersAtEnd)
      .minus(t((w) => w.newCustomers))
      .div(f.customersAtStart),
  };
}

/**
 * Evaluates the answer key's simple formulas (SUM/AVERAGE of a data column, fact cells, + − × ÷)
 * against the plan's own cells: enough to prove each formula points at the right data.
 */
function evaluate(plan: WorkbookPlan, formula: string): number {
  const cells = planCells(plan);
  const valueOf = (ref: string): number[] => {
    const { sheet, addresses } = nameCells(ref);
    return addresses.map((a) => Number(cells.get(sheet)?.get(a)?.value));
  };
  const ref = String.raw`'[^']+'!\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?`;
  const expression = formula
    .slice(1)
    .replace(new RegExp(String.raw`SUM\((${ref})\)`, "g"), (_, r: string) =>
      String(valueOf(r).reduce((a, b) => a + b, 0))
    )
    .replace(new RegExp(String.raw`AVERAGE\((${ref})\)`, "g"), (_, r: string) => {
      const values = valueOf(r);
      return String(values.reduce((a, b) => a + b, 0) / values.length);
    })
    .replace(new RegExp(ref, "g"), (r) => String(valueOf(r)[0]));
  if (!/^[\d.+\-*/() e]+$/.test(expression)) throw new Error(`cannot evaluate ${expression}`);
  return Function(`return (${expression});`)() as number;
}

describe("specialist KPI drill", () => {
  it("computes the truth of every KPI from the rows, matching an independent computation", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (seed) => {
        const data = generateKpiData(seed);
        const truth = computeKpiTruth(data);
        const expected = expectedKpis(data);
        expect(Object.keys(truth).sort()).toEqual(Object.keys(expected).sort());
        for (const [name, value] of Object.entries(expected)) {
          const gap = (truth[name] as Decimal).minus(value).abs();
          expect({ name, close: gap.lessThan("1e-20") }).toEqual({ name, close: true });
        }
      }),
      { numRuns: 30 }
    );
  });

  it("generates 26 plausible, consistent weeks for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (seed) => {
        const data = generateKpiData(seed);
        expect(data.weeks).toHaveLength(26);
        const broken = data.weeks.filter(
          (w) =>
            w.users > w.sessions ||
            w.bouncedSessions > w.sessions ||
            w.orders > w.cartsCreated ||
            w.emailsDelivered > w.emailsSent ||
            w.emailsOpened > w.emailsDelivered ||
            w.emailsClicked > w.emailsOpened ||
            w.csatSatisfied > w.csatResponses ||
            w.reviewStars < w.reviews ||
            w.reviewStars > 5 * w.reviews ||
            w.socialEngagements > w.socialImpressions ||
            w.cogs >= w.revenue ||
            !Number.isInteger(Math.round(w.revenue * 100))
        );
        expect(broken).toEqual([]);
        const truth = computeKpiTruth(data);
        const n = (name: string) => (truth[name] as Decimal).toNumber();
        expect(n("KPI_ConversionRate")).toBeGreaterThan(0.003);
        expect(n("KPI_ConversionRate")).toBeLessThan(0.03);
        expect(n("KPI_RetentionRate")).toBeGreaterThan(0.5);
        expect(n("KPI_RetentionRate")).toBeLessThan(0.9);
        expect(n("KPI_ReviewsRating")).toBeGreaterThan(4);
        expect(n("KPI_InventoryTurnover")).toBeGreaterThan(1);
        expect(data.facts.uniqueCustomers).toBeLessThanOrEqual(
          kpiTotals(data).newCustomers.plus(kpiTotals(data).returningCustomers).toNumber()
        );
      }),
      { numRuns: 30 }
    );
  });

  it("names one input cell per KPI, with its definition and tolerance on the sheet", () => {
    const plan = buildKpiPlan({ seed: 0, mode: "blank", target: "file" });
    expect(plan.sheets.map((s) => s.name)).toEqual(["KPI Data", "KPI Work"]);
    const cells = planCells(plan);
    expect(KPI_DEFINITIONS).toHaveLength(17);
    for (const kpi of KPI_DEFINITIONS) {
      const name = plan.names.find((n) => n.name === kpi.name);
      expect(name).toBeDefined();
      const { sheet, addresses } = nameCells(name?.refersTo ?? "");
      expect(addresses).toHaveLength(1);
      const address = addresses[0] as string;
      expect(cells.get(sheet)?.get(address)?.style).toBe("input");
      const row = address.slice(1);
      expect(cells.get(sheet)?.get(`A${row}`)?.value).toBe(kpi.label);
      expect(cells.get(sheet)?.get(`B${row}`)?.value).toBe(kpi.definition);
      expect(cells.get(sheet)?.get(`D${row}`)?.value).toBe(kpi.toleranceText);
    }
    for (const { refersTo } of plan.names) {
      const { sheet, addresses } = nameCells(refersTo);
      expect(addresses.every((a) => cells.get(sheet)?.has(a))).toBe(true);
    }
    expect(planFormulas(plan)).toEqual([]);
  });

  it("fills the answer key with native formulas that evaluate to the truth", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (seed) => {
        const plan = buildKpiPlan({ seed, mode: "answer-key", target: "file" });
        const truth = computeKpiTruth(generateKpiData(seed));
        const cells = planCells(plan);
        for (const kpi of KPI_DEFINITIONS) {
          const { sheet, addresses } = nameCells(
            plan.names.find((n) => n.name === kpi.name)?.refersTo ?? ""
          );
          const formula = cells.get(sheet)?.get(addresses[0] as string)?.formula ?? "";
          expect(formula).not.toContain("LUX.");
          const value = evaluate(plan, formula);
          const gap = Math.abs(value - (truth[kpi.name] as Decimal).toNumber());
          expect({ kpi: kpi.name, within: gap < kpi.tolerance / 100 }).toEqual({
            kpi: kpi.name,
            within: true,
          });
        }
      }),
      { numRuns: 10 }
    );
  });

  it("adds period totals in a starter, never a LUX formula in a file, and is deterministic", () => {
    const starter = buildKpiPlan({ seed: 5, mode: "starter", target: "file" });
    const formulas = planFormulas(starter);
    expect(formulas.length).toBe(25);
    expect(formulas.every((f) => /^=SUM\([A-Z]+6:[A-Z]+31\)$/.test(f))).toBe(true);
    expect(buildKpiPlan({ seed: 5, mode: "starter", target: "file" })).toEqual(starter);
    expect(buildKpiPlan({ seed: 6, mode: "starter", target: "file" })).not.toEqual(starter);
  });

  it("lists slips that differ from the truth, so a check can name the likely mistake", () => {
    const totals = kpiTotals(generateKpiData(0));
    for (const kpi of KPI_DEFINITIONS) {
      for (const slip of kpi.slips) {
        const gap = slip.value(totals).minus(kpi.truth(totals)).abs().toNumber();
        expect({ kpi: kpi.name, slip: slip.label, distinct: gap > kpi.tolerance }).toEqual({
          kpi: kpi.name,
          slip: slip.label,
          distinct: true,
        });
      }
    }
  });

  it("rejects data without weeks", () => {
    expect(() => kpiTotals({ seed: 0, weeks: [], facts: generateKpiData(0).facts })).toThrow(
      /no weeks/
    );
  });
});
