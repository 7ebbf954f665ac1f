import fc from "fast-check";
import type { PlanOptions } from "../../../../src/domain/drills/buildPlan";
import { buildDrill3Plan } from "../../../../src/domain/drills/drill3/buildDrill3Plan";
import { computeDrill3Reference } from "../../../../src/domain/drills/drill3/computeDrill3Reference";
import { generateDrill3Data } from "../../../../src/domain/drills/drill3/generateDrill3Data";
import { allFormulas, nameCells, planCells, resolveName } from "../common/planCells";
import { numericLiterals, r1c1Shape } from "../common/formulaShape";
import { evaluatePlan } from "../common/evaluatePlan";

const GIVENS = ["D3_SAs", "D3_DOS", "D3_BaselineShare", "D3_TargetShare", "D3_TopClients"];
const COACH: [string, number][] = [
  ["D3_MaxDigitalHoursPerSAWeek", 8],
  ["D3_MinutesPerCart", 15],
  ["D3_MinutesPerSalon", 60],
  ["D3_MaxDOSPerMonth", 20],
  ["D3_MaxShareStep", 0.03],
  ["D3_MaxAdoptionWithoutAttribution", 0.4],
  ["D3_MaxCartConversion", 0.5],
  ["D3_MaxSalonConversion", 0.6],
];
const ASSUMPTIONS = [
  "D3_DOSLive",
  "D3_ActiveSARate",
  "D3_CartsPerSAWeek",
  "D3_CartConversion",
  "D3_CartValue",
  "D3_SalonSessions",
  "D3_SalonConversion",
  "D3_SalonTicket",
  "D3_AttributionLive",
  "D3_ClickToDOSLive",
  "D3_OrganicDrift",
];
const OUTPUTS = [
  "D3_LeverCart",
  "D3_LeverSalon",
  "D3_LeverOrganic",
  "D3_TCDigitalRevenue",
  "D3_TCTotalRevenue",
  "D3_TCDigitalShare",
];
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
    expect(model?.freeze).toEqual({ rows: 5, columns: 2 });
    const roster = blank.sheets[0];
    expect(roster?.tables).toEqual([expect.objectContaining({ range: "A4:E84" })]);
  });

  it("names every given, coach setting, assumption and output of PRODUCT.md with its shape", () => {
    for (const name of [...GIVENS, ...COACH.map(([n]) => n)]) {
      expect([name, resolveName(blank, name).rows, resolveName(blank, name).columns]).toEqual([
        name,
        1,
        1,
      ]);
    }
    for (const name of ["D3_BaselineTCRevenue", ...ASSUMPTIONS, ...OUTPUTS]) {
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
      expect(share).toBe(target === "addin" ? "=LUX.SAFESHARE(C50,C51)" : "=IF(C51=0,0,C50/C51)");
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
          expect(cells.get("D3 Model")?.get("C8")?.value).toBe(data.sas);
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
    expect(value("D3 Model", "O14")).toBeCloseTo(1, 12);
    expect(value("D3 Roster", `E${4 + generateDrill3Data(seed).dos + 2}`)).toBe(
      generateDrill3Data(seed).sas
    );
  });
});
