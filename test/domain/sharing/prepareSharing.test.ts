import type { Finding } from "../../../src/domain/model/workbookModel";
import type { PlanCell, PlanSheet } from "../../../src/domain/plan/workbookPlan";
import { applySharingEdits } from "../../../src/domain/sharing/applySharingEdits";
import { prepareSharing } from "../../../src/domain/sharing/prepareSharing";
import { readKeptFormulas } from "../../../src/domain/sharing/readKeptFormulas";
import { restoreFormulas } from "../../../src/domain/sharing/restoreFormulas";
import { SharingError } from "../../../src/domain/sharing/sharingError";
import { SPILLS, cellOf, sharingModel, snapshot } from "./sharingModel";

const STAMP = { preparedAt: "2026-11-23T11:00:00Z" };

const findings: Finding[] = [
  {
    code: "target-met",
    severity: "info",
    message: "Month 12 reaches 30%.",
    cells: ["'D3 Model'!N52"],
  },
  {
    code: "typed-output",
    severity: "error",
    message: "E14 is typed, not a formula.",
    cells: ["'D3 Model'!E14", "'D3 Model'!F14"],
  },
  {
    code: "jump-too-large",
    severity: "warning",
    message: "Month 4 jumps.",
    cells: ["'D3 Model'!F52"],
  },
];

/** Every row of a plan sheet's blocks as plain values (empty cells as undefined). */
function rowsOf(sheet: PlanSheet | undefined): (PlanCell["value"] | undefined)[][] {
  return (sheet?.blocks ?? []).flatMap((block) => block.rows.map((row) => row.map((c) => c.value)));
}

function cellsOf(sheet: PlanSheet | undefined): PlanCell[] {
  return (sheet?.blocks ?? []).flatMap((block) => block.rows.flat());
}

describe("prepareSharing", () => {
  test("writes the value of every LUX cell, whole spill ranges, and leaves native formulas alone", () => {
    const edits = prepareSharing(sharingModel(), findings, STAMP, { spills: SPILLS });
    expect(edits.writes).toEqual([
      { sheet: "D3 Model", range: "C52", kind: "values", rows: [[0.3]] },
      { sheet: "D3 Model", range: "D52", kind: "values", rows: [[0]] },
      { sheet: "D3 Model", range: "C66:E66", kind: "values", rows: [[0, 0.5, 1]] },
      {
        sheet: "D1 Work",
        range: "B20:C23",
        kind: "values",
        rows: [
          ["Start", 1200],
          ["Mix", 30],
          ["Rate", -10],
          ["End", 1220],
        ],
      },
    ]);
    expect(edits.kept.map((k) => `${k.sheet}!${k.range} ${k.formula}`)).toEqual([
      "D3 Model!C52 =LUX.SAFESHARE(C50,C51)",
      "D3 Model!D52 =lux.safeshare(D50,D51)",
      "D3 Model!C66:E66 =LUX.RAMP(C4:E4,2,2,1)",
      'D1 Work!B20:C23 =_xldudf_LUX_AOVBRIDGE(B2:B5,C2:C5,D2:D5,E2:E5,"midpoint")',
    ]);
    expect(edits.problems).toEqual([]);
  });

  test("without spill information a formula keeps only its own cell", () => {
    const edits = prepareSharing(sharingModel(), [], STAMP);
    expect(edits.writes.find((w) => w.sheet === "D1 Work")).toEqual({
      sheet: "D1 Work",
      range: "B20",
      kind: "values",
      rows: [["Start"]],
    });
  });

  test("keeps the formulas on a hidden sheet that reads back exactly", () => {
    const model = sharingModel();
    const edits = prepareSharing(model, findings, STAMP, { spills: SPILLS });
    const kept = edits.sheets[0];
    expect(kept?.name).toBe("Kept formulas");
    expect(kept?.hidden).toBe(true);
    const rows = rowsOf(kept);
    expect(rows).toContainEqual([
      "D3 Model",
      "C52",
      "C52",
      "LUX.SAFESHARE(C50,C51)",
      0.3,
      "number",
      undefined,
    ]);
    expect(rows).toContainEqual(["D3 Model", "D66", "C66", undefined, 0.5, "number", undefined]);
    // Stored without "=" so no spreadsheet program takes the kept text for a formula.
    expect(cellsOf(kept).some((c) => typeof c.value === "string" && c.value.startsWith("="))).toBe(
      false
    );

    const after = applySharingEdits(model, edits);
    expect(readKeptFormulas(after)).toEqual(edits.kept);
  });

  test("the Review sheet has the stamp, the findings errors first with links, and when it was prepared", () => {
    const edits = prepareSharing(sharingModel(), findings, STAMP, { spills: SPILLS });
    const review = edits.sheets[1];
    expect(review?.name).toBe("Review");
    const rows = rowsOf(review);
    expect(rows.flat().join(" ")).toContain("2026-11-23T11:00:00Z");
    expect(rows).toContainEqual(["3", 7, "drill3-1", "starter", "'D3 Model'!Q1"]);
    const codes = rows
      .map((row) => row[0])
      .filter((v) => ["typed-output", "jump-too-large", "target-met"].includes(String(v)));
    expect(codes).toEqual(["typed-output", "jump-too-large", "target-met"]);
    const typed = review?.blocks[0]?.rows.find((row) => row[0]?.value === "typed-output");
    expect(typed?.[3]).toMatchObject({ value: "'D3 Model'!E14", link: "#'D3 Model'!E14" });
    expect(typed?.[4]?.value).toBe("'D3 Model'!E14, 'D3 Model'!F14");
    expect(edits.stamps).toEqual([
      {
        sheet: "D3 Model",
        cell: "Q1",
        drill: "3",
        seed: 7,
        generatorVersion: "drill3-1",
        mode: "starter",
      },
    ]);
  });

  test("reads the stamp from the names when no Drill info block is there", () => {
    const model = sharingModel({ "D3 Model": { C8: "3", C9: 12, C10: "drill3-1", C11: "blank" } });
    const target = (range: string) => ({ sheet: "D3 Model", range });
    for (const [suffix, range] of [
      ["Drill", "C8"],
      ["Seed", "C9"],
      ["GeneratorVersion", "C10"],
      ["Mode", "C11"],
    ] as const) {
      model.names.set(`D3_${suffix}`.toUpperCase(), {
        name: `D3_${suffix}`,
        refersTo: `'D3 Model'!$${range.slice(0, 1)}$${range.slice(1)}`,
        target: target(range),
      });
    }
    expect(prepareSharing(model, [], STAMP).stamps).toEqual([
      {
        sheet: "D3 Model",
        cell: "C8",
        drill: "3",
        seed: 12,
        generatorVersion: "drill3-1",
        mode: "blank",
      },
    ]);
  });

  test("an error or a missing LUX result is stated, never turned into a number", () => {
    const model = sharingModel({
      Broken: {
        A1: { value: { error: "#VALUE!" }, formula: "=LUX.SAFESHARE(-1,2)" },
        A2: { value: null, formula: "=LUX.MIXAOV(B1:B3,C1:C3,D1:D3)" },
        A3: { value: { error: "#NAME?" }, formula: "=LUX.SAFESHARE(1,2)" },
      },
    });
    const edits = prepareSharing(model, [], STAMP);
    const broken = edits.writes.filter((w) => w.sheet === "Broken");
    expect(broken.map((w) => w.rows[0]?.[0])).toEqual([
      "not computed (#VALUE!), see Review",
      "not computed (no value), see Review",
      "not computed (#NAME?), see Review",
    ]);
    for (const write of broken) expect(typeof write.rows[0]?.[0]).toBe("string");
    expect(edits.problems.map((p) => [p.cell, p.shownBefore])).toEqual([
      ["A1", "#VALUE!"],
      ["A2", "no value"],
      ["A3", "#NAME?"],
    ]);
    expect(edits.problems[0]?.message).toContain(
      "'Broken'!A1 showed #VALUE! from =LUX.SAFESHARE(-1,2)"
    );
    const review = rowsOf(edits.sheets[1]);
    expect(review.filter((row) => row[0] === "lux-not-computed")).toHaveLength(3);
    // Their formulas are kept like any other, so the add-in can restore them.
    expect(edits.kept.filter((k) => k.sheet === "Broken")).toHaveLength(3);
  });

  test("refuses a model whose formulas carry no saved results", () => {
    const model = { ...sharingModel(), formulaValuesKnown: false };
    expect(() => prepareSharing(model, [], STAMP)).toThrow(SharingError);
    expect(() => prepareSharing(model, [], STAMP)).toThrow(
      expect.objectContaining({ code: "no-saved-values" })
    );
  });

  test("a workbook without LUX formulas gets a Review sheet only", () => {
    const model = sharingModel({
      "D3 Model": { C52: { value: 0.3, formula: "=C50/C51" } },
      "D1 Work": {},
    });
    const edits = prepareSharing(model, [], STAMP);
    expect(edits.writes).toEqual([]);
    expect(edits.sheets.map((s) => s.name)).toEqual(["Review"]);
    expect(edits.keptSheet).toBeUndefined();
    expect(rowsOf(edits.sheets[0]).flat()).toContain("No findings.");
  });

  test("never mutates its inputs", () => {
    const model = sharingModel();
    const before = snapshot(model);
    const findingsBefore = JSON.stringify(findings);
    const spillsBefore = JSON.stringify(SPILLS);
    prepareSharing(model, findings, STAMP, { spills: SPILLS });
    expect(snapshot(model)).toEqual(before);
    expect(JSON.stringify(findings)).toBe(findingsBefore);
    expect(JSON.stringify(SPILLS)).toBe(spillsBefore);
  });

  test("a second sharing keeps the first: new sheets with free names, first records untouched", () => {
    const first = applySharingEdits(
      sharingModel(),
      prepareSharing(sharingModel(), findings, STAMP, { spills: SPILLS })
    );
    // The coach's candidate adds a LUX cell after the first sharing.
    const withNew = {
      ...first,
      sheets: first.sheets.map((sheet) =>
        sheet.name === "D3 Model"
          ? {
              ...sheet,
              cells: new Map([
                ...sheet.cells,
                ["F52", { value: 0.25, formula: "=LUX.SAFESHARE(1,4)" }],
              ]),
            }
          : sheet
      ),
    };
    const second = prepareSharing(withNew, [], { preparedAt: "2026-11-24T09:00:00Z" });
    expect(second.sheets.map((s) => s.name)).toEqual(["Kept formulas (2)", "Review (2)"]);
    expect(second.kept.map((k) => `${k.sheet}!${k.anchor}`)).toEqual(["D3 Model!F52"]);
    const after = applySharingEdits(withNew, second);
    expect(cellOf(after, "Kept formulas", "D6")).toEqual(cellOf(first, "Kept formulas", "D6"));
    const plan = restoreFormulas(after);
    expect(plan.restored.map((k) => `${k.sheet}!${k.anchor}`).sort()).toEqual(
      ["D1 Work!B20", "D3 Model!C52", "D3 Model!C66", "D3 Model!D52", "D3 Model!F52"].sort()
    );
  });
});
