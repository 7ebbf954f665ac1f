import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import {
  D1_CONTROL_TOTAL_NAMES,
  D1_DIAGNOSIS,
  D1_EFFECT_NAMES,
  D1_END_NAMES,
  D1_METHOD,
  D1_MOVE_COUNT,
  D1_MOVES,
  D1_TIER_NAMES,
  d1Label,
  d1Optional,
} from "../../../../src/domain/check/drill1/drill1Names";
import type { PlanOptions } from "../../../../src/domain/drills/buildPlan";
import {
  contractPlanNames,
  nameBox,
  roleIn,
  nameShape,
} from "../../../../src/domain/drills/contract/drillContract";
import { buildDrill1Plan } from "../../../../src/domain/drills/drill1/buildDrill1Plan";
import { DRILL1_TIERS } from "../../../../src/domain/drills/drill1/drill1Catalogue";
import { DRILL1_CONTRACT } from "../../../../src/domain/drills/drill1/drill1Contract";
import { D1_WORK_SHEET } from "../../../../src/domain/drills/drill1/drill1Layout";
import { MAX_COLUMN, MAX_ROW } from "../../../../src/domain/sheet/a1";
import { buildDrill1CheckModel } from "../../../fixtures/check/drill1/buildDrill1CheckModel";
import { setName } from "../../../fixtures/check/editModel";
import { nameCells, planCells } from "./planCells";

const names = DRILL1_CONTRACT.names;
/** The Drill info stamp's names, written by the shared drillInfoBlock, follow the contract's. */
const STAMP_NAMES = ["D1_Drill", "D1_Seed", "D1_GeneratorVersion", "D1_Mode"];
/** Every name the check reads, by the check's own lists. */
const CHECK_READS = [
  D1_METHOD,
  ...D1_TIER_NAMES,
  ...D1_CONTROL_TOTAL_NAMES,
  ...D1_END_NAMES,
  ...D1_EFFECT_NAMES,
  D1_MOVES,
  D1_DIAGNOSIS,
];

describe("drill 1's contract", () => {
  it("declares each name once, with the drill's prefix, on D1 Work", () => {
    const upper = names.map((n) => n.name.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
    expect(DRILL1_CONTRACT.prefix).toBe("D1_");
    for (const n of names) {
      expect(n.name.startsWith(DRILL1_CONTRACT.prefix)).toBe(true);
      expect(n.sheet).toBe(D1_WORK_SHEET);
      expect(n.label.length).toBeGreaterThan(3);
      expect(n.comment).toMatch(/^(Given|Candidate|Coach setting): .+\.$/);
    }
  });

  it("places every name inside the grid, the cells of no two names overlapping", () => {
    const taken = new Map<string, string>();
    for (const n of names) {
      const box = nameBox(DRILL1_CONTRACT, n.name);
      expect(box.top).toBeGreaterThanOrEqual(1);
      expect(box.left).toBeGreaterThanOrEqual(1);
      expect(box.bottom).toBeLessThanOrEqual(MAX_ROW);
      expect(box.right).toBeLessThanOrEqual(MAX_COLUMN);
      for (let r = box.top; r <= box.bottom; r += 1) {
        for (let c = box.left; c <= box.right; c += 1) {
          const key = `${r},${c}`;
          expect(taken.get(key)).toBeUndefined();
          taken.set(key, n.name);
        }
      }
    }
  });

  it("gives the per-tier names one row per tier and the moves the check's count", () => {
    for (const name of ["D1_TierNames", ...D1_TIER_NAMES]) {
      expect(nameShape(DRILL1_CONTRACT, name)).toEqual({ rows: DRILL1_TIERS.length, columns: 1 });
    }
    expect(nameShape(DRILL1_CONTRACT, D1_MOVES)).toEqual({ rows: D1_MOVE_COUNT, columns: 1 });
  });

  it.each<PlanOptions>([
    { seed: 0, mode: "blank", target: "file" },
    { seed: 7, mode: "starter", target: "addin" },
    { seed: 0, mode: "answer-key", target: "file" },
  ])("is exactly the names the plan writes, then the stamp ($mode, $target)", (options) => {
    const plan = buildDrill1Plan(options);
    const contract = contractPlanNames(DRILL1_CONTRACT);
    expect(plan.names.slice(0, contract.length)).toEqual(contract);
    expect(plan.names.slice(contract.length).map((n) => n.name)).toEqual(STAMP_NAMES);
    // Every name points at cells the plan fills; the candidate's cells are inputs, no given is.
    const cells = planCells(plan);
    for (const n of names) {
      const { sheet, addresses } = nameCells(contract.find((c) => c.name === n.name)!.refersTo);
      const styles = addresses.map((a) => cells.get(sheet)?.get(a)?.style);
      expect(styles.every((s) => s !== undefined)).toBe(true);
      const role = roleIn(n, options.mode);
      if (role === "answer" || role === "output") {
        expect(styles.every((s) => s === "input")).toBe(true);
      } else expect(styles.some((s) => s === "input")).toBe(false);
    }
  });

  it("is where the check's lists, labels and optional names come from", () => {
    const declared = new Set(names.map((n) => n.name));
    expect(CHECK_READS.filter((name) => !declared.has(name))).toEqual([]);
    expect(new Set(CHECK_READS).size).toBe(CHECK_READS.length);
    for (const n of names) {
      expect(d1Label(n.name)).toBe(n.label);
      expect(d1Optional(n.name)).toBe(n.optional === true);
    }
  });

  it("a deleted name the check reads is missing-range with the contract's label, unless optional", () => {
    const reference = buildDrill1CheckModel();
    for (const n of names) {
      const missing = checkDrill1(setName(reference, n.name, undefined)).filter(
        (f) => f.code === "missing-range"
      );
      const required = CHECK_READS.includes(n.name) && !n.optional;
      expect(missing.map((f) => f.message.includes(`${n.name} (${n.label})`))).toEqual(
        required ? [true] : []
      );
    }
  });
});
