import { readNamedBlock } from "../../../src/domain/check/readNamedBlock";
import type { WorkbookModel } from "../../../src/domain/model/workbookModel";

const model = (refersTo: string, target?: { sheet: string; range: string }): WorkbookModel => ({
  sheets: [
    {
      name: "D3 Model",
      cells: new Map([
        ["C5", { value: 7 }],
        ["D5", { value: "x", formula: '="x"' }],
      ]),
    },
  ],
  names: new Map([
    ["D3_X", target ? { name: "D3_X", refersTo, target } : { name: "D3_X", refersTo }],
  ]),
  formulaValuesKnown: true,
});

describe("readNamedBlock", () => {
  it("reads the cells of the shape asked for, empty cells as null", () => {
    const result = readNamedBlock(model("'D3 Model'!$C$5:$E$5"), "d3_x", { rows: 1, columns: 3 });
    expect(result).toEqual({
      ok: true,
      block: {
        name: "d3_x",
        sheet: "D3 Model",
        address: "'D3 Model'!C5:E5",
        rows: [
          [
            { address: "'D3 Model'!C5", a1: "C5", value: 7 },
            { address: "'D3 Model'!D5", a1: "D5", value: "x", formula: '="x"' },
            { address: "'D3 Model'!E5", a1: "E5", value: null },
          ],
        ],
      },
    });
  });

  it("re-resolves a stale target whose sheet no longer exists", () => {
    const stale = model("'D3 Model'!$C$5", { sheet: "Old name", range: "C5" });
    expect(readNamedBlock(stale, "D3_X", { rows: 1, columns: 1 }).ok).toBe(true);
  });

  it.each([
    ["missing", "D3_Y", "'D3 Model'!$C$5", { reason: "missing" }],
    ["broken", "D3_X", "#REF!", { reason: "broken" }],
    ["sheet-missing", "D3_X", "'Gone'!$C$5", { reason: "sheet-missing" }],
    ["not-a-range", "D3_X", "=0.4", { reason: "not-a-range" }],
    [
      "wrong-shape",
      "D3_X",
      "'D3 Model'!$C$5:$C$6",
      { reason: "wrong-shape", rows: 2, columns: 1, found: "'D3 Model'!C5:C6" },
    ],
  ])("says why it cannot read a name: %s", (_label, name, refersTo, problem) => {
    const result = readNamedBlock(model(refersTo), name, { rows: 1, columns: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject(problem);
  });
});
