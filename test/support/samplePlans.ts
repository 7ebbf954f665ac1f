import { FORMATS, type PlanCell, type WorkbookPlan } from "../../src/domain/plan/workbookPlan";

/**
 * Small synthetic plans for the file adapter's tests: a data sheet with a table, a work sheet with
 * names, validations, notes, links, a frozen header and a waterfall, and a hidden machinery sheet.
 */
export function sampleDrillPlan(seed = 0): WorkbookPlan {
  const orders: PlanCell[][] = [
    [
      { value: "Order", style: "header" },
      { value: "Tier", style: "header" },
      { value: "Quarter", style: "header" },
      { value: "Revenue", style: "header" },
    ],
  ];
  const tiers = ["Icons", "Entry SLG", "Core", "RTW"];
  for (let i = 0; i < 40; i += 1) {
    orders.push([
      { value: `O-${1000 + i}`, style: "given" },
      { value: tiers[i % 4] ?? "Core", style: "given" },
      { value: i < 20 ? "LQ" : "TQ", style: "given" },
      {
        value: 500 + ((i * 137 + seed) % 900) + 0.25,
        numberFormat: FORMATS.usdCents,
        style: "given",
      },
    ]);
  }
  const work: PlanCell[][] = [
    [{ value: "Quarter diagnosis", style: "title" }],
    [{ value: "Work the bridge from the raw rows.", style: "instruction" }],
    [],
    [
      { value: "Orders LQ", style: "label" },
      {
        formula: "=COUNTIFS('S Data'!$C$2:$C$41,\"LQ\")",
        numberFormat: FORMATS.int,
        style: "given",
      },
    ],
    [
      { value: "AOV LQ", style: "label" },
      {
        formula: "=SUMIFS('S Data'!$D$2:$D$41,'S Data'!$C$2:$C$41,\"LQ\")/B4",
        numberFormat: FORMATS.usdCents,
        style: "given",
      },
    ],
    [
      { value: "AOV TQ", style: "label" },
      {
        formula: '=SUMIFS(SOrders[Revenue],SOrders[Quarter],"TQ")/COUNTIFS(SOrders[Quarter],"TQ")',
        numberFormat: FORMATS.usdCents,
        style: "given",
      },
    ],
    [
      { value: "Method", style: "label" },
      { value: "midpoint", style: "input", note: "Pick the bridge method." },
    ],
    [
      { value: "Share", style: "label" },
      { value: 0.18, numberFormat: FORMATS.pct1, style: "input" },
    ],
    [
      { value: "Go to data", style: "label", link: "#'S Data'!A1" },
      { value: "Machinery", link: "#'S Kept'!A1:B2" },
    ],
    [],
    [
      { value: "Step", style: "header" },
      { value: "USD", style: "header" },
    ],
    [
      { value: "Start", style: "label" },
      { formula: "=B5", numberFormat: FORMATS.usd, style: "output" },
    ],
    [
      { value: "Mix", style: "label" },
      { value: -150, numberFormat: FORMATS.usd, style: "input" },
    ],
    [
      { value: "Rate", style: "label" },
      { formula: "=B15-B12-B13", numberFormat: FORMATS.usd, style: "output" },
    ],
    [
      { value: "End", style: "label" },
      { formula: "=B6", numberFormat: FORMATS.usd, style: "output" },
    ],
    [
      { value: "Seed", style: "stamp" },
      { value: seed, style: "stamp" },
    ],
  ];
  return {
    drill: "1",
    seed,
    mode: "blank",
    generatorVersion: "test-1",
    sheets: [
      {
        name: "S Data",
        tabColor: "#2E2E33",
        columnWidths: { A: 12, B: 14, C: 10, D: 14 },
        freeze: { rows: 1, columns: 0 },
        blocks: [{ at: "A1", rows: orders }],
        tables: [{ name: "SOrders", range: "A1:D41", style: "TableStyleLight1" }],
      },
      {
        name: "S Work",
        tabColor: "A8874F",
        columnWidths: { A: 22, B: 16 },
        freeze: { rows: 3, columns: 1 },
        blocks: [{ at: "A1", rows: work }],
        validations: [
          {
            range: "B7",
            kind: "list",
            values: ["midpoint", "mix-first", "rate-first", "three-way"],
            prompt: "Method",
          },
          { range: "B8", kind: "decimal", min: 0, max: 1 },
          { range: "C4:C6", kind: "whole", min: 1, max: 5 },
        ],
        charts: [
          {
            kind: "waterfall",
            title: "AOV bridge",
            source: "'S Work'!$A$12:$B$15",
            at: "D3",
            widthCells: 8,
            heightCells: 16,
          },
        ],
      },
      {
        name: "S Kept",
        hidden: true,
        blocks: [{ at: "A1", rows: [[{ value: "kept" }, { formula: "='S Work'!B5*2" }]] }],
      },
    ],
    names: [
      { name: "S_OrdersLQ", refersTo: "'S Work'!$B$4" },
      { name: "S_AOV", refersTo: "'S Work'!$B$5:$B$6", comment: "LQ then TQ" },
      { name: "S_Method", refersTo: "'S Work'!$B$7" },
      { name: "S_Revenue", refersTo: "'S Data'!$D$2:$D$41" },
    ],
  };
}
