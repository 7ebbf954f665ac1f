import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import {
  D3_ASSUMPTION_ROWS,
  D3_COACH_SETTINGS,
  D3_GIVEN_ROWS,
  D3_LABELS,
  D3_MONTH_ROWS,
  D3_OPTIONAL_SCALARS,
  D3_OTHER_LEVER_LABELS,
  D3_OTHER_LEVERS,
  D3_OUTPUT_ROWS,
  D3_SCALAR_GIVENS,
  D3_SCALARS,
  type D3RowName,
  type D3ScalarName,
} from "../../../../src/domain/check/drill3/drill3Names";
import {
  contractName,
  contractPlanNames,
  nameBox,
  nameShape,
} from "../../../../src/domain/drills/contract/drillContract";
import { buildDrill3Plan } from "../../../../src/domain/drills/drill3/buildDrill3Plan";
import { DRILL3_CONTRACT } from "../../../../src/domain/drills/drill3/drill3Contract";
import { DRILL3_SHEETS } from "../../../../src/domain/drills/drill3/drill3Layout";
import { generateDrill3Data } from "../../../../src/domain/drills/drill3/generateDrill3Data";
import { MAX_COLUMN, MAX_ROW, type RangeBox } from "../../../../src/domain/sheet/a1";
import { setName } from "../../../fixtures/check/editModel";
import { planToModel } from "../../../fixtures/check/planToModel";

const NAMES = DRILL3_CONTRACT.names;
const CHECKED = NAMES.filter((n) => !n.planOnly);
const STAMP = /^D3_(Drill|Seed|GeneratorVersion|Mode)$/;

/** Pairs of names that may share cells on purpose (none today). */
const INTENDED_OVERLAPS: readonly (readonly [string, string])[] = [];

const overlaps = (a: RangeBox, b: RangeBox) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe("drill 3's contract", () => {
  it("declares each name once, with the drill's prefix, on a drill-3 sheet, inside the grid", () => {
    expect(DRILL3_CONTRACT.prefix).toBe("D3_");
    const upper = NAMES.map((n) => n.name.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
    for (const entry of NAMES) {
      expect(entry.name).toMatch(/^D3_[A-Za-z0-9]+$/);
      expect(Object.values(DRILL3_SHEETS)).toContain(entry.sheet);
      const box = nameBox(DRILL3_CONTRACT, entry.name);
      expect(box.top).toBeGreaterThanOrEqual(1);
      expect(box.left).toBeGreaterThanOrEqual(1);
      expect(box.bottom).toBeLessThanOrEqual(MAX_ROW);
      expect(box.right).toBeLessThanOrEqual(MAX_COLUMN);
      expect(entry.label).not.toBe("");
      expect(entry.comment).not.toBe("");
    }
  });

  it("lets no two names share a cell unless the overlap is intended", () => {
    const seen: string[] = [];
    for (const a of NAMES) {
      for (const b of NAMES) {
        if (a.name >= b.name || a.sheet !== b.sheet) continue;
        if (!overlaps(nameBox(DRILL3_CONTRACT, a.name), nameBox(DRILL3_CONTRACT, b.name))) continue;
        seen.push(`${a.name}/${b.name}`);
      }
    }
    expect(seen).toEqual(INTENDED_OVERLAPS.map(([a, b]) => `${a}/${b}`));
  });

  it("gives the check every name it reads, each in exactly one of its lists", () => {
    const lists = [
      ...D3_SCALARS,
      ...D3_OPTIONAL_SCALARS,
      ...D3_MONTH_ROWS,
      D3_OTHER_LEVER_LABELS,
      D3_OTHER_LEVERS,
    ];
    expect([...lists].sort()).toEqual(CHECKED.map((n) => n.name).sort());
    expect(D3_OPTIONAL_SCALARS).toEqual(CHECKED.filter((n) => n.optional).map((n) => n.name));
  });

  it("sorts the check's lists by role and shape", () => {
    const expectAll = (names: readonly string[], role: string, rows: number, columns: number) => {
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect([name, contractName(DRILL3_CONTRACT, name).role]).toEqual([name, role]);
        expect([name, nameShape(DRILL3_CONTRACT, name)]).toEqual([name, { rows, columns }]);
      }
    };
    expectAll(D3_SCALAR_GIVENS, "given", 1, 1);
    expectAll([...D3_COACH_SETTINGS, ...D3_OPTIONAL_SCALARS], "coach-setting", 1, 1);
    expectAll(D3_GIVEN_ROWS, "given", 1, 12);
    expectAll(D3_ASSUMPTION_ROWS, "assumption", 1, 12);
    expectAll(D3_OUTPUT_ROWS, "output", 1, 12);
    expectAll([D3_OTHER_LEVER_LABELS], "output", 2, 1);
    expectAll([D3_OTHER_LEVERS], "output", 2, 12);
    for (const entry of CHECKED) expect(D3_LABELS[entry.name as D3ScalarName]).toBe(entry.label);
  });

  it("keeps the check's name types to the names it reads", () => {
    // @ts-expect-error: a plan-only extra is no name the check reads.
    const months: D3RowName = "D3_Months";
    // @ts-expect-error: a month row is no scalar.
    const row: D3ScalarName = "D3_DOSLive";
    expect([months, row]).toHaveLength(2);
  });

  it.each([0, 42])(
    "is what the plan writes for seed %i, followed by the Drill info stamp",
    (seed) => {
      const plan = buildDrill3Plan({ seed, mode: "answer-key", target: "addin" });
      const fromContract = contractPlanNames(DRILL3_CONTRACT, {
        D3_RosterSAs: generateDrill3Data(seed).dos,
      });
      expect(plan.names.slice(0, fromContract.length)).toEqual(fromContract);
      const rest = plan.names.slice(fromContract.length).map((n) => n.name);
      expect(rest).toHaveLength(4);
      for (const name of rest) expect(name).toMatch(STAMP);
    }
  );

  it("grows a name sized by the data to the count it is given, and refuses none", () => {
    const roster = (dos: number) =>
      contractPlanNames(DRILL3_CONTRACT, { D3_RosterSAs: dos }).find(
        (n) => n.name === "D3_RosterSAs"
      )?.refersTo;
    expect(roster(80)).toBe("'D3 Roster'!$E$5:$E$84");
    expect(roster(61)).toBe("'D3 Roster'!$E$5:$E$65");
    expect(() => contractPlanNames(DRILL3_CONTRACT)).toThrow(/D3_RosterSAs/);
  });

  it("is what the check asks for: a workbook without a name it reads gets a finding in its label", () => {
    const model = planToModel(buildDrill3Plan({ seed: 0, mode: "blank", target: "file" }));
    for (const entry of CHECKED.filter((n) => !n.optional)) {
      const result = checkWorkbook(setName(model, entry.name, undefined));
      const missing = result.kind === "checked" ? result.findings : [];
      const messages = missing.filter((f) => f.code === "missing-range").map((f) => f.message);
      expect([entry.name, messages.some((m) => m.includes(entry.label))]).toEqual([
        entry.name,
        true,
      ]);
    }
  });
});
