import fc from "fast-check";
import type { PlanOptions } from "../../../../src/domain/drills/buildPlan";
import { buildDrill2Plan } from "../../../../src/domain/drills/drill2/buildDrill2Plan";
import { computeDrill2Reference } from "../../../../src/domain/drills/drill2/computeDrill2Reference";
import { DRILL2_CONTRACT } from "../../../../src/domain/drills/drill2/drill2Contract";
import {
  nameBox,
  nameShape,
  namesOfRole,
} from "../../../../src/domain/drills/contract/drillContract";
import {
  DRILL2_BASELINE_ROWS,
  DRILL2_PLAN_ROWS,
  DRILL2_REMOVAL_COLUMNS,
} from "../../../../src/domain/drills/drill2/drill2Layout";
import { generateDrill2Data } from "../../../../src/domain/drills/drill2/generateDrill2Data";
import { rangeA1 } from "../../../../src/domain/sheet/a1";
import { allFormulas, nameCells, resolveName } from "../common/planCells";
import { numericLiterals, r1c1Shape } from "../common/formulaShape";
import { evaluatePlan } from "../common/evaluatePlan";

const MODES: PlanOptions["mode"][] = ["blank", "starter", "answer-key"];
const TARGETS: PlanOptions["target"][] = ["addin", "file"];
/** The forecast: every output that is one row of weeks. */
const FORECAST = namesOfRole(DRILL2_CONTRACT, "output")
  .filter((n) => nameShape(DRILL2_CONTRACT, n.name).rows === 1)
  .map((n) => n.name);
/** What the candidate types in the lever tables. */
const INPUTS = namesOfRole(DRILL2_CONTRACT, "assumption").map((n) => n.name);
const PLAN_GRID = ["D2_RemovalPlan", "D2_ReplacementPlan"];

describe("buildDrill2Plan", () => {
  const blank = buildDrill2Plan({ seed: 0, mode: "blank", target: "file" });

  it("has a baseline sheet and a plan sheet, stamped, with data as tables", () => {
    expect(blank.drill).toBe("2");
    expect(blank.sheets.map((s) => s.name)).toEqual(["D2 Baseline", "D2 Plan"]);
    expect(nameCells(blank, "D2_Seed")[0]?.[0]?.value).toBe(0);
    expect(nameCells(blank, "D2_Drill")[0]?.[0]?.value).toBe("2");
    expect(blank.sheets[0]?.tables?.map((t) => t.name)).toEqual([
      "D2SourcesTable",
      "D2ModulesTable",
      "D2NavTable",
      "D2CapabilitiesTable",
      "D2TrafficTable",
    ]);
    const traffic = DRILL2_BASELINE_ROWS.trafficHeader;
    expect(blank.sheets[0]?.tables?.[4]?.range).toBe(
      `A${traffic}:J${traffic + generateDrill2Data(0).traffic.length}`
    );
  });

  it("defines every drill-2 name once, with the shape its layout states", () => {
    for (const spec of DRILL2_CONTRACT.names) {
      const shape = nameShape(DRILL2_CONTRACT, spec.name);
      const target = resolveName(blank, spec.name);
      expect([spec.name, target.sheet, `${target.rows}x${target.columns}`]).toEqual([
        spec.name,
        spec.sheet,
        `${shape.rows}x${shape.columns}`,
      ]);
    }
    const names = blank.names.map((n) => n.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("states the guardrails as given cells a coach can edit", () => {
    const v = (name: string) => nameCells(blank, name)[0]?.[0];
    expect(v("D2_MaxRevenueDrop")).toMatchObject({ value: 0.1, style: "given" });
    expect(v("D2_MinCVRRatio")).toMatchObject({ value: 0.85, style: "given" });
    expect(v("D2_ReplaceWithinWeeks")).toMatchObject({ value: 2, style: "given" });
    expect(v("D2_DiscountFreeByWeek")).toMatchObject({ value: 13, style: "given" });
  });

  it("leaves choices, plan grid and forecast to the candidate in the blank template", () => {
    for (const name of [...INPUTS, ...PLAN_GRID]) {
      for (const cell of nameCells(blank, name).flat()) {
        expect([name, cell?.value ?? null, cell?.formula, cell?.style]).toEqual([
          name,
          null,
          undefined,
          "input",
        ]);
      }
    }
    for (const name of FORECAST) {
      for (const cell of nameCells(blank, name).flat()) expect(cell?.formula).toBeUndefined();
    }
    const validations = blank.sheets[1]?.validations ?? [];
    const list = validations.find((v) => v.kind === "list");
    expect(list?.range).toBe(rangeA1(nameBox(DRILL2_CONTRACT, "D2_RemovalReplacedBy")));
    expect(list?.kind === "list" && list.values.join(",").length).toBeLessThanOrEqual(255);
  });

  it("never uses LUX functions in a plan for a file", () => {
    for (const mode of MODES) {
      const formulas = allFormulas(buildDrill2Plan({ seed: 0, mode, target: "file" }));
      expect(formulas.filter((f) => /LUX\./i.test(f))).toEqual([]);
    }
  });

  it("wires the starter and the key with clean formulas of one shape per row", () => {
    for (const mode of ["starter", "answer-key"] as const) {
      for (const target of TARGETS) {
        const plan = buildDrill2Plan({ seed: 0, mode, target });
        for (const name of [...FORECAST, ...PLAN_GRID]) {
          const where = resolveName(plan, name);
          nameCells(plan, name).forEach((cells, r) => {
            const shapes = cells.map((cell, c) => {
              const formula = cell?.formula ?? "";
              expect([name, formula]).toEqual([name, expect.stringMatching(/^=/)]);
              const bad = numericLiterals(formula).filter((n) => n !== 0 && n !== 1);
              expect([name, formula, bad]).toEqual([name, formula, []]);
              return r1c1Shape(formula, where.top + r, where.left + c);
            });
            expect([name, new Set(shapes).size]).toEqual([name, 1]);
          });
        }
      }
    }
  });

  it("recomputes the baseline and the reference forecast from its own formulas", () => {
    for (const seed of [0, 31]) {
      const key = buildDrill2Plan({ seed, mode: "answer-key", target: "file" });
      const value = evaluatePlan(key);
      const { forecast, choices } = computeDrill2Reference(seed);
      const row = (name: string, r = 0) => {
        const where = resolveName(key, name);
        return (where.addresses[r] ?? []).map((a) => value(where.sheet, a) as number);
      };
      const close = (name: string, expected: number[], r = 0) =>
        row(name, r).forEach((x, w) =>
          expect([name, w, x]).toEqual([name, w, expect.closeTo(expected[w] as number, 6)])
        );
      close("D2_BaselineSessions", forecast.baselineSessions);
      close("D2_BaselineRevenue", forecast.baselineRevenue);
      close("D2_BaselineCVR", forecast.baselineCVR);
      close("D2_BaselineDiscountRevenue", forecast.baselineDiscountRevenue);
      close("D2_BaselineDiscountCost", forecast.baselineDiscountCost);
      forecast.removalPlan.forEach((planRow, i) => close("D2_RemovalPlan", planRow, i));
      forecast.replacementPlan.forEach((planRow, j) => close("D2_ReplacementPlan", planRow, j));
      close("D2_ForecastSessions", forecast.sessions);
      close("D2_ForecastOrders", forecast.orders);
      close("D2_ForecastRevenue", forecast.revenue);
      close("D2_ForecastCVR", forecast.cvr);
      close("D2_DiscountRevenue", forecast.discountRevenue);
      close("D2_RevenueVsBaseline", forecast.revenueVsBaseline);
      close("D2_CVRVsBaseline", forecast.cvrVsBaseline);
      // Pairing and guardrail status columns agree with the reference plan.
      const pairing = resolveName(key, "D2_Removals").addresses.map((r) =>
        value(
          "D2 Plan",
          `${DRILL2_REMOVAL_COLUMNS.pairing}${(r[0] as string).replace(/^[A-Z]+/, "")}`
        )
      );
      expect(pairing).toEqual(choices.removals.map(() => "ok"));
      const status = resolveName(key, "D2_Weeks").addresses[0]?.map((a) =>
        value("D2 Plan", `${a.replace(/\d+$/, "")}${DRILL2_PLAN_ROWS.status}`)
      );
      expect(status).toEqual(Array(13).fill("ok"));
    }
  });

  it("gives the same plan for the same seed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom(...MODES),
        fc.constantFrom(...TARGETS),
        (seed, mode, target) => {
          const plan = buildDrill2Plan({ seed, mode, target });
          expect(buildDrill2Plan({ seed, mode, target })).toEqual(plan);
          if (target === "file") expect(allFormulas(plan).join(" ")).not.toMatch(/LUX\./);
        }
      ),
      { numRuns: 20 }
    );
  });
});
