import fc from "fast-check";
import type { PlanOptions } from "../../../../src/domain/drills/buildPlan";
import { buildDrill3Plan } from "../../../../src/domain/drills/drill3/buildDrill3Plan";
import { computeDrill3Reference } from "../../../../src/domain/drills/drill3/computeDrill3Reference";
import { generateDrill3Data } from "../../../../src/domain/drills/drill3/generateDrill3Data";
import { allFormulas, nameCells, planCells, resolveName } from "../common/planCells";
import { numericLiterals, r1c1Shape } from "../common/formulaShape";
import { evaluatePlan } from "../common/evaluatePlan";
import {
  contractName,
  nameShape,
  namesOfRole,
  type NameRole,
} from "../../../../src/domain/drills/contract/drillContract";
import { DRILL3_CONTRACT } from "../../../../src/domain/drills/drill3/drill3Contract";
import {
  DRILL3_MONTH_COLUMNS,
  DRILL3_ROSTER_HEADER_ROW,
  DRILL3_ROWS,
} from "../../../../src/domain/drills/drill3/drill3Layout";
import { columnLetters } from "../../../../src/domain/sheet/a1";

const role = (r: NameRole) =>
  namesOfRole(DRILL3_CONTRACT, r)
    .filter((n) => !n.planOnly)
    .map((n) => n.name);
const columns = (name: string) => nameShape(DRILL3_CONTRACT, name).columns;
const GIVENS = role("given").filter((n) => columns(n) === 1);
const GIVEN_ROWS = role("given").filter((n) => columns(n) === 12);
/** The coach defaults of PRODUCT.md, by name. */
const COACH_DEFAULTS: Record<string, number> = {
  D3_MaxDigitalHoursPerSAWeek: 8,
  D3_MinutesPerCart: 15,
  D3_MinutesPerSalon: 60,
  D3_MaxDOSPerMonth: 20,
  D3_MaxShareStep: 0.03,
  D3_MaxAdoptionWithoutAttribution: 0.4,
  D3_MaxCartConversion: 0.5,
  D3_MaxSalonConversion: 0.6,
  D3_MaxTotalRevenueDrop: 0.05,
};
const COACH = role("coach-setting").map((n): [string, number | undefined] => [
  n,
  COACH_DEFAULTS[n],
]);
const ASSUMPTIONS = role("assumption");
const OUTPUTS = role("output").filter((n) => nameShape(DRILL3_CONTRACT, n).rows === 1);
const cellOf = (name: string) => contractName(DRILL3_CONTRACT, name).range;
const R = DRILL3_ROWS;
const ALLOWED_LITERALS = new Set([0, 1, 12, 52, 100]);
const MODES: PlanOptions["mode"][] = ["blank", "starter", "answer-key"];
const TARGETS: PlanOptions["target"][] = ["addin", "file"];

describe("buildDrill3Plan", () => {
  const blank = buildDrill3Plan({ seed: 0, mode: "blank", target: "file" });

  it("has a roster sheet and a model sheet, stamped with drill, seed and version", () => {
    expect(blank.drill).toBe("3");
    expect(blank.sheets.map((s) => s.name)).toEqual(["D3 Roster", "D3 Model"]);
    expect(nameCells(blank, "D3_Seed")[0]?.[0]?.value).toBe(0);
    expect(nameCells(blank, "D3_Drill")[0]?.[0]?.value).toBe("3");
    expect(nameCells(blank, "D3_GeneratorVersion")[0]?.[0]?.value).toBe(blank.generatorVersion);
    const model = blank.sheets[1];
    expect(model?.freeze).toEqual({ rows: R.calendar, columns: 2 });
    const roster = blank.sheets[0];
    const lastStore = DRILL3_ROSTER_HEADER_ROW + 80;
    expect(roster?.tables).toEqual([
      expect.objectContaining({ range: `A${DRILL3_ROSTER_HEADER_ROW}:E${lastStore}` }),
    ]);
  });

  it("names every given, coach setting, assumption and output of PRODUCT.md with its shape", () => {
    for (const name of [...GIVENS, ...COACH.map(([n]) => n)]) {
      expect([name, resolveName(blank, name).rows, resolveName(blank, name).columns]).toEqual([
        name,
        1,
        1,
      ]);
    }
    for (const name of [...GIVEN_ROWS, ...ASSUMPTIONS, ...OUTPUTS]) {
      const target = resolveName(blank, name);
      expect([name, target.sheet, target.rows, target.columns]).toEqual([name, "D3 Model", 1, 12]);
    }
    expect(resolveName(blank, "D3_OtherLeverLabels")).toMatchObject({ rows: 2, columns: 1 });
    expect(resolveName(blank, "D3_OtherLevers")).toMatchObject({ rows: 2, columns: 12 });
    const names = blank.names.map((n) => n.name.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("holds the canonical givens and coach defaults, styled as givens", () => {
    const value = (name: string) => nameCells(blank, name)[0]?.[0];
    expect(value("D3_SAs")).toMatchObject({ value: 600, style: "given" });
    expect(value("D3_DOS")).toMatchObject({ value: 80, style: "given" });
    expect(value("D3_BaselineShare")).toMatchObject({ value: 0.18, style: "given" });
    expect(value("D3_TargetShare")).toMatchObject({ value: 0.3, style: "given" });
    expect(value("D3_TopClients")).toMatchObject({ value: 4800, style: "given" });
    expect(COACH.length).toBeGreaterThan(0);
    for (const [name, expected] of COACH) {
      expect(value(name)).toMatchObject({ value: expected, style: "given" });
      expect(value(name)?.note).toBeTruthy();
    }
    expect(nameCells(blank, "D3_BaselineTCRevenue")[0]?.map((c) => c?.value)).toEqual(
      generateDrill3Data(0).baselineTCRevenue
    );
    const rosterSAs = nameCells(blank, "D3_RosterSAs").map((row) => row[0]?.value as number);
    expect(rosterSAs).toHaveLength(80);
    expect(rosterSAs.reduce((a, b) => a + b, 0)).toBe(600);
  });

  it("leaves assumptions and outputs to the candidate in the blank template", () => {
    for (const name of [...ASSUMPTIONS, ...OUTPUTS, "D3_OtherLevers"]) {
      for (const cell of nameCells(blank, name).flat()) {
        expect(cell?.value ?? null).toBeNull();
        expect(cell?.formula).toBeUndefined();
      }
    }
    for (const cell of nameCells(blank, "D3_DOSLive")[0] ?? []) expect(cell?.style).toBe("input");
    for (const cell of nameCells(blank, "D3_LeverCart")[0] ?? [])
      expect(cell?.style).toBe("output");
  });

  it("wires every output to the blank assumptions in the starter model", () => {
    for (const target of TARGETS) {
      const starter = buildDrill3Plan({ seed: 0, mode: "starter", target });
      for (const name of ASSUMPTIONS) {
        for (const cell of nameCells(starter, name).flat()) expect(cell?.value ?? null).toBeNull();
      }
      for (const name of [...OUTPUTS, "D3_OtherLevers"]) {
        for (const cell of nameCells(starter, name).flat()) expect(cell?.formula).toMatch(/^=/);
      }
      const share = nameCells(starter, "D3_TCDigitalShare")[0]?.[0]?.formula;
      const [digital, total] = [`C${R.tcDigitalRevenue}`, `C${R.tcTotalRevenue}`];
      expect(share).toBe(
        target === "addin"
          ? `=LUX.SAFESHARE(${digital},${total})`
          : `=IF(${total}=0,0,${digital}/${total})`
      );
    }
    const addin = allFormulas(buildDrill3Plan({ seed: 0, mode: "starter", target: "addin" }));
    expect(addin.some((f) => f.includes("LUX.RAMP(D3_Months"))).toBe(true);
    expect(addin.some((f) => f.includes("LUX.SEASONAL("))).toBe(true);
  });

  it("never uses LUX functions in a plan for a file", () => {
    for (const mode of MODES) {
      const formulas = allFormulas(buildDrill3Plan({ seed: 0, mode, target: "file" }));
      expect(formulas.filter((f) => /LUX\./i.test(f))).toEqual([]);
    }
  });

  it("fills the answer key with the reference assumptions and clean, consistent formulas", () => {
    const reference = computeDrill3Reference(0);
    for (const target of TARGETS) {
      const key = buildDrill3Plan({ seed: 0, mode: "answer-key", target });
      expect(nameCells(key, "D3_DOSLive")[0]?.map((c) => c?.value)).toEqual(
        reference.assumptions.dosLive
      );
      expect(nameCells(key, "D3_CartsPerSAWeek")[0]?.map((c) => c?.value)).toEqual(
        reference.assumptions.cartsPerSAWeek
      );
      expect(nameCells(key, "D3_OtherLeverLabels").map((r) => r[0]?.value)).toEqual(
        reference.assumptions.otherLevers.map((l) => l.label)
      );
      for (const name of [...OUTPUTS, "D3_OtherLevers"]) {
        const target3 = resolveName(key, name);
        nameCells(key, name).forEach((cells, r) => {
          const shapes = cells.map((cell, c) => {
            const formula = cell?.formula ?? "";
            expect([name, formula]).toEqual([name, expect.stringMatching(/^=/)]);
            const bad = numericLiterals(formula).filter((n) => !ALLOWED_LITERALS.has(n));
            expect([name, formula, bad]).toEqual([name, formula, []]);
            return r1c1Shape(formula, target3.top + r, target3.left + c);
          });
          expect([name, new Set(shapes).size]).toEqual([name, 1]);
        });
      }
    }
  });

  it("gives the same plan for the same seed in every mode and target", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.constantFrom(...MODES),
        fc.constantFrom(...TARGETS),
        (seed, mode, target) => {
          const plan = buildDrill3Plan({ seed, mode, target });
          expect(buildDrill3Plan({ seed, mode, target })).toEqual(plan);
          const cells = planCells(plan);
          const data = generateDrill3Data(seed);
          expect(cells.get("D3 Model")?.get(cellOf("D3_SAs"))?.value).toBe(data.sas);
          expect(resolveName(plan, "D3_RosterSAs").rows).toBe(data.dos);
          if (target === "file") expect(allFormulas(plan).join(" ")).not.toMatch(/LUX\./);
        }
      ),
      { numRuns: 30 }
    );
  });
});

describe("buildDrill3Plan answer key, recomputed from its own formulas", () => {
  it.each([0, 7, -123_456])("gives the reference forecast for seed %i", (seed) => {
    const key = buildDrill3Plan({ seed, mode: "answer-key", target: "file" });
    const value = evaluatePlan(key);
    const { forecast } = computeDrill3Reference(seed);
    const row = (name: string, r = 0) =>
      (resolveName(key, name).addresses[r] ?? []).map((a) => value("D3 Model", a) as number);
    const close = (actual: number[], expected: number[], digits: number) =>
      actual.forEach((x, m) => expect(x).toBeCloseTo(expected[m] as number, digits));
    close(row("D3_LeverCart"), forecast.leverCart, 4);
    close(row("D3_LeverSalon"), forecast.leverSalon, 4);
    close(row("D3_LeverOrganic"), forecast.leverOrganic, 4);
    close(row("D3_OtherLevers", 0), forecast.otherLevers[0], 4);
    close(row("D3_OtherLevers", 1), forecast.otherLevers[1], 4);
    close(row("D3_TCDigitalRevenue"), forecast.tcDigitalRevenue, 4);
    close(row("D3_TCTotalRevenue"), forecast.tcTotalRevenue, 4);
    close(row("D3_TCDigitalShare"), forecast.tcDigitalShare, 10);
    const year = columnLetters(DRILL3_MONTH_COLUMNS.year);
    expect(value("D3 Model", `${year}${R.seasonality}`)).toBeCloseTo(1, 12);
    const totalRow = DRILL3_ROSTER_HEADER_ROW + generateDrill3Data(seed).dos + 2;
    expect(value("D3 Roster", `E${totalRow}`)).toBe(generateDrill3Data(seed).sas);
  });
});
