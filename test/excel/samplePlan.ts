import { FORMATS, type PlanCell, type WorkbookPlan } from "../../src/domain/plan/workbookPlan";

/** A small plan that uses every feature a writer renders. */
export function samplePlan(): WorkbookPlan {
  return {
    drill: "1",
    seed: 7,
    mode: "blank",
    generatorVersion: "test",
    sheets: [
      {
        name: "D1 Data",
        tabColor: "#A68A54",
        columnWidths: { A: 12, B: 20 },
        freeze: { rows: 1, columns: 0 },
        blocks: [
          {
            at: "A1",
            rows: [
              [
                { value: "Order", style: "header" },
                { value: "Tier", style: "header" },
                { value: "Revenue", style: "header" },
              ],
              [
                { value: "001", numberFormat: FORMATS.text },
                { value: "Icons" },
                { value: 1800, numberFormat: FORMATS.usd },
              ],
              [
                { value: "002", numberFormat: FORMATS.text },
                { value: "Entry SLG" },
                { value: 420, numberFormat: FORMATS.usd },
              ],
            ],
          },
        ],
        tables: [{ name: "D1Orders", range: "A1:C3", style: "TableStyleLight1" }],
      },
      {
        name: "D1 Work",
        freeze: { rows: 2, columns: 1 },
        blocks: [
          { at: "A1", rows: [[{ value: "Quarter diagnosis", style: "title" }]] },
          {
            at: "A3",
            rows: [
              [
                { value: "Total revenue", style: "label" },
                { formula: "=SUM('D1 Data'!C2:C3)", numberFormat: FORMATS.usd, style: "given" },
              ],
              [
                { value: "Method", style: "label" },
                {
                  value: null,
                  style: "input",
                  note: "midpoint, mix-first, rate-first or three-way",
                },
              ],
              [{ value: "=not a formula", style: "note" }],
            ],
          },
          {
            at: "A10",
            rows: [
              [{ value: "Start" }, { value: 1800 }],
              [{ value: "Mix" }, { value: -150 }],
              [{ value: "Rate" }, { value: -70 }],
              [{ value: "End" }, { value: 1580 }],
            ],
          },
        ],
        validations: [
          { range: "B4", kind: "list", values: ["midpoint", "mix-first"], prompt: "Pick a method" },
          { range: "B5", kind: "decimal", min: 0, max: 1 },
        ],
        charts: [
          {
            kind: "waterfall",
            title: "AOV bridge",
            source: "'D1 Work'!$A$10:$B$13",
            at: "D2",
            widthCells: 6,
            heightCells: 12,
          },
        ],
      },
      { name: "D1 Kept", hidden: true, blocks: [{ at: "A1", rows: [[{ value: "kept" }]] }] },
    ],
    names: [
      { name: "D1_Method", refersTo: "'D1 Work'!$B$4", comment: "The bridge method" },
      { name: "D1_Total", refersTo: "'D1 Work'!$B$3" },
    ],
  };
}

/** A plan with a large data sheet: `rows` order rows × 13 columns, like drill 1's raw orders. */
export function bigPlan(rows: number): WorkbookPlan {
  const header: PlanCell[] = Array.from({ length: 13 }, (_, c) => ({
    value: `Column ${c + 1}`,
    style: "header",
  }));
  const body: PlanCell[][] = Array.from({ length: rows }, (_, r) => [
    { value: `LQ-${String(r).padStart(6, "0")}`, numberFormat: FORMATS.text },
    { value: "2026-07-01", numberFormat: FORMATS.date },
    { value: r % 2 === 0 ? "LQ" : "TQ" },
    { value: "Entry small leather goods" },
    { value: `Product ${r % 97}` },
    { value: "France" },
    { value: "EUR" },
    { value: 1234.56 + r, numberFormat: FORMATS.usdCents },
    { value: 1.0823, numberFormat: "0.0000" },
    { formula: `=H${r + 2}*I${r + 2}`, numberFormat: FORMATS.usdCents },
    { value: r % 5 === 0 ? "Top client" : "Core client" },
    { value: r % 3 === 0 },
    { value: "Mobile" },
  ]);
  return {
    drill: "1",
    seed: 0,
    mode: "blank",
    generatorVersion: "test",
    sheets: [
      {
        name: "D1 Data",
        freeze: { rows: 1, columns: 0 },
        blocks: [{ at: "A1", rows: [header, ...body] }],
      },
    ],
    names: [{ name: "D1_Orders", refersTo: `'D1 Data'!$A$2:$M$${rows + 1}` }],
  };
}
