import fc from "fast-check";
import { cellA1, parseRange } from "../../../src/domain/sheet/a1";
import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import type { ModelCell, WorkbookModel } from "../../../src/domain/model/workbookModel";
import { buildDrill3Model, D3_SHEET } from "../../fixtures/check/buildDrill3Model";
import { setCells, setName } from "../../fixtures/check/editModel";

const reference = buildDrill3Model();
const namedCells: string[] = [...reference.names.values()].flatMap((name) => {
  const box = name.target ? parseRange(name.target.range) : undefined;
  if (!box) return [];
  const cells: string[] = [];
  for (let r = box.top; r <= box.bottom; r += 1) {
    for (let c = box.left; c <= box.right; c += 1) cells.push(cellA1({ row: r, column: c }));
  }
  return cells;
});
const nameList = [...reference.names.values()].map((n) => n.name);

const errorValue = fc.constantFrom(
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#SPILL!"
);
const plainValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.string({ maxLength: 30 }),
  fc.constantFrom("discount code", "Click-to-DOS", "flash sale 30% off", "", " "),
  fc.boolean(),
  fc.constant(null),
  errorValue.map((error) => ({ error }))
);
const formula = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => `=${s}`),
  fc.constantFrom(
    "=C12*0.35",
    "=SUM(C:C)",
    "='D3 Model'!#REF!",
    '="12"&A1',
    "=LOG10(C3)*R1C1",
    "=$A$1:B"
  )
);
const cell: fc.Arbitrary<ModelCell | undefined> = fc.oneof(
  plainValue.map((value) => ({ value })),
  fc.record({ value: plainValue, formula }),
  fc.constant(undefined)
);
const nameEdit = fc.record({
  name: fc.constantFrom(...nameList),
  refersTo: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(
      "#REF!",
      "'D3 Model'!#REF!",
      "'Gone'!$C$1:$N$1",
      "=0.4",
      "'D3 Model'!$C$5:$D$9"
    ),
    fc.string({ maxLength: 20 })
  ),
});

const CELL = /^'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/;

describe("checkWorkbook under random edits of the template's named cells", () => {
  it("never throws and never makes a finding without a cell", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...namedCells), cell), { maxLength: 40 }),
        fc.array(nameEdit, { maxLength: 3 }),
        (edits, nameEdits) => {
          let model: WorkbookModel = setCells(reference, D3_SHEET, Object.fromEntries(edits));
          for (const { name, refersTo } of nameEdits) model = setName(model, name, refersTo);
          const result = checkWorkbook(model);
          expect(result.kind).toBe("checked");
          if (result.kind !== "checked") return;
          for (const finding of result.findings) {
            expect(finding.code).not.toBe("check-failed");
            expect(finding.message.length).toBeGreaterThan(20);
            expect(finding.message).not.toMatch(/NaN|undefined|Infinity/);
            expect(["error", "warning", "info"]).toContain(finding.severity);
            expect(finding.cells.length).toBeGreaterThan(0);
            for (const address of finding.cells) expect(address).toMatch(CELL);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
