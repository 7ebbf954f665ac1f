import { checkWorkbook, detectDrills } from "../../../src/domain/check/checkWorkbook";
import { checkDrill3 } from "../../../src/domain/check/drill3/checkDrill3";
import type { CheckResult, Finding, WorkbookModel } from "../../../src/domain/model/workbookModel";
import {
  buildDrill3Model,
  cellOf,
  D3_SHEET,
  inputsStoppingAt,
  LAYOUT,
} from "../../fixtures/check/buildDrill3Model";
import { DRILL3_FIXTURES } from "../../fixtures/check/drill3Fixtures";
import {
  cloneModel,
  renameSheet,
  setCells,
  setName,
  shiftRows,
} from "../../fixtures/check/editModel";

function findingsOf(result: CheckResult): Finding[] {
  if (result.kind !== "checked")
    throw new Error(`expected a checked workbook, got ${result.kind}: ${result.reason}`);
  return result.findings;
}

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== "info");

describe("checkWorkbook", () => {
  it("finds nothing wrong in the reference forecast and says the target is met", () => {
    const findings = findingsOf(checkWorkbook(buildDrill3Model()));
    expect(problems(findings)).toEqual([]);
    expect(findings).toEqual([
      {
        code: "target-met",
        severity: "info",
        message:
          "Target met: month 12 share is 31.7% against a 30.0% target (1.7 points above), first reached in month 11.",
        cells: [cellOf("D3_TCDigitalShare", 12), cellOf("D3_TargetShare")],
      },
    ]);
  });

  it("says a forecast that stops at 26% misses by 4 points, and nothing else", () => {
    const findings = findingsOf(checkWorkbook(buildDrill3Model(inputsStoppingAt(0.26))));
    expect(codes(findings)).toEqual(["target-missed"]);
    expect(findings[0]?.message).toContain("26.0% against a 30.0% target, 4.0 points short");
  });

  it("says when the target was reached but not held", () => {
    const model = setCells(buildDrill3Model(), D3_SHEET, {
      [`N${LAYOUT.rows.D3_TCDigitalShare}`]: { value: 0.29, formula: "=IF(N42=0,0,N41/N42)" },
    });
    const target = findingsOf(checkWorkbook(model)).find((f) => f.code === "target-missed");
    expect(target?.message).toContain("reaches the target in month 11 but does not hold it");
  });

  it("is not a drill workbook without drill names", () => {
    const result = checkWorkbook({
      sheets: [{ name: "Sheet1", cells: new Map() }],
      names: new Map(),
      formulaValuesKnown: true,
    });
    expect(result.kind).toBe("not-a-drill");
  });

  it("refuses to judge formulas without saved values, but checks a file that has no formulas", () => {
    const unsaved = { ...buildDrill3Model(), formulaValuesKnown: false };
    expect(checkWorkbook(unsaved).kind).toBe("no-saved-values");
    const typed: WorkbookModel = {
      ...unsaved,
      sheets: unsaved.sheets.map((s) => ({
        ...s,
        cells: new Map([...s.cells].map(([a1, c]) => [a1, { value: c.value }])),
      })),
    };
    expect(checkWorkbook(typed).kind).toBe("checked");
  });

  it("recognises each drill by its names and runs drill 3's rules only where drill 3 is", () => {
    const names = new Map([["D1_METHOD", { name: "D1_Method", refersTo: "'D1 Work'!$C$4" }]]);
    const drill1Only: WorkbookModel = {
      sheets: [{ name: "D1 Work", cells: new Map() }],
      names,
      formulaValuesKnown: true,
    };
    const result = checkWorkbook(drill1Only);
    expect(result.kind === "checked" && result.drills).toEqual(["1"]);
    expect(findingsOf(result).some((f) => f.code.startsWith("target-"))).toBe(false);
    const both = buildDrill3Model();
    const withDrill1: WorkbookModel = { ...both, names: new Map([...both.names, ...names]) };
    expect(detectDrills(withDrill1)).toEqual(["1", "3"]);
  });

  it("never mutates the model it checks", () => {
    for (const fixture of DRILL3_FIXTURES) {
      const model = fixture.model();
      const copy = cloneModel(model);
      checkWorkbook(model);
      expect(model).toEqual(copy);
    }
  });

  it("turns a rule that throws into a check-failed warning on the drill's sheet", () => {
    const boom = () => {
      throw new Error("boom");
    };
    const findings = checkDrill3(buildDrill3Model(), [boom]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "check-failed",
        severity: "warning",
        cells: ["'D3 Model'!A1"],
      }),
    ]);
    expect(findings[0]?.message).toContain("boom");
  });
});

describe("robust to what candidates do to templates", () => {
  it("follows the names when rows are inserted above and inside the model", () => {
    const moved = shiftRows(shiftRows(buildDrill3Model(), D3_SHEET, 35, 2), D3_SHEET, 3, 3);
    const findings = findingsOf(checkWorkbook(moved));
    expect(codes(findings)).toEqual(["target-met"]);
    // The share row moved from 43 to 48, the target from C10 to C13.
    expect(findings[0]?.cells).toEqual(["'D3 Model'!N48", "'D3 Model'!C13"]);
  });

  it("follows a renamed sheet", () => {
    const renamed = renameSheet(buildDrill3Model(), D3_SHEET, "Julia's forecast");
    const findings = findingsOf(checkWorkbook(renamed));
    expect(codes(findings)).toEqual(["target-met"]);
    expect(findings[0]?.cells[0]).toBe("'Julia''s forecast'!N43");
  });

  it("reports a deleted assumption row as a broken name and the #REF! it leaves downstream", () => {
    const deleted = shiftRows(buildDrill3Model(), D3_SHEET, LAYOUT.rows.D3_CartValue, -1);
    const findings = findingsOf(checkWorkbook(deleted));
    const missing = findings.find((f) => f.code === "missing-range");
    expect(missing?.message).toContain("D3_CartValue");
    expect(missing?.message).toContain("#REF!");
    const lever = findings.find(
      (f) => f.code === "non-numeric" && f.message.includes("D3_LeverCart")
    );
    // The lever row moved up one row, to 35, and every month shows #REF!.
    expect(lever?.cells).toEqual(["'D3 Model'!C35:N35"]);
  });

  it("reports a sheet that was deleted under its names", () => {
    const model = buildDrill3Model();
    const gone: WorkbookModel = {
      ...model,
      sheets: model.sheets.filter((s) => s.name !== D3_SHEET),
    };
    const findings = findingsOf(checkWorkbook(gone));
    expect(findings.length).toBeGreaterThan(30);
    expect(new Set(codes(findings))).toEqual(new Set(["missing-range"]));
    expect(findings[0]?.message).toContain("not in the workbook");
    expect(findings[0]?.cells).toEqual(["'D3 Roster'!A1"]);
  });

  it("copes with error values everywhere", () => {
    const model = buildDrill3Model();
    const sheet = model.sheets.find((s) => s.name === D3_SHEET);
    const errors: Record<string, { value: { error: string }; formula?: string }> = {};
    for (const [a1, cell] of sheet?.cells ?? []) {
      if (/^[C-N]\d+$/.test(a1)) errors[a1] = { ...cell, value: { error: "#N/A" } };
    }
    const findings = findingsOf(checkWorkbook(setCells(model, D3_SHEET, errors)));
    expect(new Set(codes(findings))).toEqual(new Set(["non-numeric"]));
    expect(findings.every((f) => f.message.includes("#N/A"))).toBe(true);
  });

  it("reads an emptied template as unfinished work", () => {
    const model = buildDrill3Model();
    const sheet = model.sheets.find((s) => s.name === D3_SHEET);
    const cleared: Record<string, undefined> = {};
    const keep = new Set<number>([LAYOUT.months, LAYOUT.rows.D3_BaselineTCRevenue]);
    for (const a1 of sheet?.cells.keys() ?? []) {
      const row = Number(/\d+$/.exec(a1)?.[0]);
      if (/^[C-N]\d+$/.test(a1) && row > 20 && !keep.has(row)) cleared[a1] = undefined;
    }
    const findings = findingsOf(checkWorkbook(setCells(model, D3_SHEET, cleared)));
    expect(new Set(codes(findings))).toEqual(new Set(["non-numeric"]));
    expect(findings).toHaveLength(11 + 6);
    expect(findings.find((f) => f.message.includes("D3_CartValue"))?.message).toContain(
      "not filled in"
    );
    expect(findings.find((f) => f.message.includes("D3_TCDigitalShare"))?.message).toContain(
      "empty in every month"
    );
  });

  it("finds drill 3 from a single surviving name and reports every other one missing", () => {
    const model = buildDrill3Model();
    const names = new Map([...model.names].filter(([key]) => key === "D3_SAS"));
    const findings = findingsOf(checkWorkbook({ ...model, names }));
    expect(new Set(codes(findings))).toEqual(new Set(["missing-range"]));
    expect(findings.length).toBe(model.names.size - 2); // all but D3_SAs and the optional D3_Notes
  });

  it("blanks inside a started assumption row count as 0, as in Excel", () => {
    const model = setCells(buildDrill3Model(), D3_SHEET, {
      [`C${LAYOUT.rows.D3_SalonSessions}`]: undefined,
    });
    expect(problems(findingsOf(checkWorkbook(model)))).toEqual([]);
  });

  it("lets month 1 seed a row with its own formula, but not a later month", () => {
    const organic = LAYOUT.rows.D3_LeverOrganic;
    const seeded = setCells(buildDrill3Model(), D3_SHEET, {
      [`C${organic}`]: {
        value: 72_000_000 * 0.18,
        formula: `=C42*$C$${LAYOUT.scalars.D3_BaselineShare}`,
      },
    });
    expect(problems(findingsOf(checkWorkbook(seeded)))).toEqual([]);
  });

  it("deleting D3_MaxShareStep's name silences only the jump rule", () => {
    const model = setName(buildDrill3Model(), "D3_MaxShareStep", undefined);
    expect(codes(findingsOf(checkWorkbook(model)))).toEqual(["missing-range", "target-met"]);
  });
});
