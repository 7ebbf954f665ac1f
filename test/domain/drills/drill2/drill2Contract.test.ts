import {
  contractPlanNames,
  nameBox,
  nameShape,
  namesOfRole,
  type NameRole,
} from "../../../../src/domain/drills/contract/drillContract";
import type { PlanOptions } from "../../../../src/domain/drills/buildPlan";
import { buildDrill2Plan } from "../../../../src/domain/drills/drill2/buildDrill2Plan";
import {
  DRILL2_CONTRACT_NAMES,
  DRILL2_CONTRACT,
  type Drill2Read,
} from "../../../../src/domain/drills/drill2/drill2Contract";
import { DRILL2_SHEETS } from "../../../../src/domain/drills/drill2/drill2Layout";
import {
  D2_BASELINE_ROWS,
  D2_FORECAST_ROWS,
  D2_GUARDRAILS,
  D2_LABELS,
  D2_REMOVAL_COLUMNS,
  D2_REPLACEMENT_COLUMNS,
  D2_WEEKS,
} from "../../../../src/domain/check/drill2/drill2Names";
import { MAX_COLUMN, MAX_ROW, mustParseRange } from "../../../../src/domain/sheet/a1";
import { nameCells } from "../common/planCells";

const names = DRILL2_CONTRACT.names;
const STAMPS = ["D2_Drill", "D2_Seed", "D2_GeneratorVersion", "D2_Mode"];
const read = (how: Drill2Read) => names.filter((n) => n.read === how).map((n) => n.name);

describe("drill 2's contract", () => {
  it("declares each name once, with the drill's prefix", () => {
    const upper = names.map((n) => n.name.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
    for (const n of names) expect(n.name.startsWith(DRILL2_CONTRACT.prefix)).toBe(true);
    expect(DRILL2_CONTRACT.prefix).toBe("D2_");
  });

  it("places every name inside the grid of one of the drill's sheets, without overlap", () => {
    const sheets = Object.values(DRILL2_SHEETS) as string[];
    for (const n of names) {
      const box = mustParseRange(n.range);
      expect([n.name, sheets.includes(n.sheet)]).toEqual([n.name, true]);
      expect([n.name, box.bottom <= MAX_ROW && box.right <= MAX_COLUMN]).toEqual([n.name, true]);
    }
    const overlapping = names.flatMap((a, i) =>
      names.slice(i + 1).flatMap((b) => {
        if (a.sheet !== b.sheet) return [];
        const x = nameBox(DRILL2_CONTRACT, a.name);
        const y = nameBox(DRILL2_CONTRACT, b.name);
        const apart = x.bottom < y.top || y.bottom < x.top || x.right < y.left || y.right < x.left;
        return apart ? [] : [`${a.name} × ${b.name}`];
      })
    );
    expect(overlapping).toEqual([]);
  });

  it("gives every name a label and a comment", () => {
    for (const n of names) {
      expect([n.name, n.label.trim().length > 0, n.comment.trim().length > 0]).toEqual([
        n.name,
        true,
        true,
      ]);
    }
  });

  it("is exactly the names every plan writes, besides the Drill info stamp", () => {
    for (const mode of ["blank", "starter", "answer-key"] as const) {
      for (const target of ["addin", "file"] as const) {
        const plan = buildDrill2Plan({ seed: 3, mode, target });
        expect(plan.names.filter((n) => !STAMPS.includes(n.name))).toEqual(
          contractPlanNames(DRILL2_CONTRACT)
        );
        expect(plan.names.map((n) => n.name).filter((n) => STAMPS.includes(n))).toEqual(STAMPS);
      }
    }
  });

  it("states roles the cells of a wired plan bear out", () => {
    const options: PlanOptions = { seed: 0, mode: "starter", target: "file" };
    const plan = buildDrill2Plan(options);
    const styles = (role: NameRole) =>
      namesOfRole(DRILL2_CONTRACT, role).flatMap((n) =>
        nameCells(plan, n.name)
          .flat()
          .map((cell) => [n.name, cell?.style, cell?.formula === undefined ? "typed" : "formula"])
      );
    for (const [name, style, how] of styles("output")) {
      expect([name, style, how]).toEqual([name, "output", "formula"]);
    }
    for (const [name, style, how] of styles("assumption")) {
      expect([name, style, how]).toEqual([name, "input", "typed"]);
    }
    for (const [name, style] of [...styles("given"), ...styles("coach-setting")]) {
      expect([name, ["given", "check", "header"].includes(style ?? "")]).toEqual([name, true]);
    }
  });
});

describe("the drill-2 check's names", () => {
  it("are the contract's, read as the contract says", () => {
    expect(D2_GUARDRAILS).toEqual(namesOfRole(DRILL2_CONTRACT, "coach-setting").map((n) => n.name));
    expect([...D2_BASELINE_ROWS, ...D2_FORECAST_ROWS].sort()).toEqual(read("week-row").sort());
    expect(D2_REMOVAL_COLUMNS).toEqual(read("removal-column"));
    expect(D2_REPLACEMENT_COLUMNS).toEqual(read("replacement-column"));
    expect(D2_REMOVAL_COLUMNS[0]).toBe("D2_RemovalLevers");
    expect(D2_REPLACEMENT_COLUMNS[0]).toBe("D2_ReplacementLevers");
  });

  it("have the shapes the check reads them with", () => {
    for (const name of D2_GUARDRAILS) {
      expect([name, nameShape(DRILL2_CONTRACT, name)]).toEqual([name, { rows: 1, columns: 1 }]);
    }
    expect(D2_WEEKS).toBe(13);
    for (const name of read("week-row")) {
      expect([name, nameShape(DRILL2_CONTRACT, name)]).toEqual([
        name,
        { rows: 1, columns: D2_WEEKS },
      ]);
    }
    for (const table of [D2_REMOVAL_COLUMNS, D2_REPLACEMENT_COLUMNS]) {
      const first = nameBox(DRILL2_CONTRACT, table[0]!);
      for (const name of table) {
        const box = nameBox(DRILL2_CONTRACT, name);
        expect([name, box.top, box.bottom, box.left === box.right]).toEqual([
          name,
          first.top,
          first.bottom,
          true,
        ]);
      }
    }
  });

  it("are called by the contract's labels, which findings quote", () => {
    for (const n of DRILL2_CONTRACT_NAMES) expect(D2_LABELS[n.name]).toBe(n.label);
    expect(D2_LABELS.D2_ForecastRevenue).toBe("forecast weekly revenue");
    expect(D2_LABELS.D2_Removals).toBe("week each lever is switched off");
  });
});
