import type { PlanCell, PlanSheet } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { DRILL3_ROSTER_HEADER_ROW as HEADER, DRILL3_SHEETS } from "../drill3Layout";
import type { Drill3Data } from "../generateDrill3Data";
import { fmtInt } from "./modelCells";

const header = (value: string): PlanCell => ({ value, style: "header" });

/**
 * The roster sheet: every DOS with its region and SA team, their totals, and a count per region.
 *
 * @example
 * rosterSheet(generateDrill3Data(0)).tables?.[0]?.range //=> "A4:E84"
 */
export function rosterSheet(data: Drill3Data): PlanSheet {
  const last = HEADER + data.dos;
  return {
    name: DRILL3_SHEETS.roster,
    tabColor: "#385723",
    columnWidths: { A: 10, B: 44, C: 18, D: 16, E: 9, F: 3, G: 16, H: 9, I: 9 },
    freeze: { rows: HEADER, columns: 0 },
    blocks: [
      {
        at: "A1",
        rows: [
          [{ value: "Drill 3 — DOS roster", style: "title" }],
          [
            {
              value: `Every directly operated store (DOS) with its region and sales-advisor (SA) team: ${fmtInt(data.dos)} DOS, ${fmtInt(data.sas)} SAs. The model sheet reads the totals as D3_DOS and D3_SAs.`,
              style: "instruction",
            },
          ],
        ],
      },
      { at: `A${HEADER}`, rows: storeRows(data) },
      { at: `G${HEADER}`, rows: regionRows(data) },
    ],
    tables: [{ name: "D3RosterTable", range: `A${HEADER}:E${last}`, style: "TableStyleLight9" }],
  };
}

/** The store table, a blank row, then its totals. */
function storeRows(data: Drill3Data): PlanCell[][] {
  const first = HEADER + 1;
  const last = HEADER + data.dos;
  return [
    ["DOS id", "Boutique", "City", "Region", "SAs"].map(header),
    ...data.stores.map((s): PlanCell[] => [
      { value: s.id, style: "given" },
      { value: s.boutique, style: "given" },
      { value: s.city, style: "given" },
      { value: s.region, style: "given" },
      { value: s.sas, style: "given", numberFormat: FORMATS.int },
    ]),
    [],
    [
      { value: "Total", style: "label" },
      {
        formula: `=COUNTA(A${first}:A${last})`,
        style: "check",
        numberFormat: FORMATS.int,
        note: "Number of DOS in the roster; equals D3_DOS on the model sheet.",
      },
      {},
      {},
      {
        formula: `=SUM(E${first}:E${last})`,
        style: "check",
        numberFormat: FORMATS.int,
        note: "SAs across the network; equals D3_SAs on the model sheet.",
      },
    ],
  ];
}

/** DOS and SAs per region, counted from the store table. */
function regionRows(data: Drill3Data): PlanCell[][] {
  const first = HEADER + 1;
  const last = HEADER + data.dos;
  const regions = [...new Set(data.stores.map((s) => s.region))];
  return [
    ["Region", "DOS", "SAs"].map(header),
    ...regions.map((region, i): PlanCell[] => {
      const at = HEADER + 1 + i;
      return [
        { value: region, style: "label" },
        {
          formula: `=COUNTIF($D$${first}:$D$${last},G${at})`,
          style: "check",
          numberFormat: FORMATS.int,
        },
        {
          formula: `=SUMIF($D$${first}:$D$${last},G${at},$E$${first}:$E$${last})`,
          style: "check",
          numberFormat: FORMATS.int,
        },
      ];
    }),
  ];
}
