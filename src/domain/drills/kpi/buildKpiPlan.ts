import type {
  PlanBlock,
  PlanCell,
  PlanSheet,
  PlanTable,
  WorkbookPlan,
} from "../../plan/workbookPlan";
import type { PlanOptions } from "../buildPlan";
import { columnLetters } from "../../sheet/a1";
import { absoluteRef } from "../../sheet/sheetRef";
import { drillInfoBlock } from "../common/drillInfoBlock";
import { contractName, contractPlanNames } from "../contract/drillContract";
import { KPI_GENERATOR_VERSION, generateKpiData, type KpiData } from "./generateKpiData";
import {
  KPI_CONTRACT,
  KPI_DATA_SHEET,
  KPI_FACTS_LAST_ROW,
  KPI_INFO_PLACEMENT,
  KPI_LAYOUT,
  KPI_WORK_SHEET,
} from "./kpiContract";
import { KPI_COLUMNS, KPI_DEFINITIONS, KPI_FACTS, type KpiRefs } from "./kpiDefinitions";

const L = KPI_LAYOUT;

/**
 * Builds the specialist KPI drill: `KPI Data` with 26 weeks of a .com's traffic, marketing, service,
 * inventory and fulfilment figures and the period facts, and `KPI Work` listing each seed-002 KPI with
 * its definition and a named input cell (`KPI_ConversionRate` …) and the tolerance the check allows.
 * A starter adds a period-totals row under the weekly table; the answer key fills every KPI with a
 * native formula.
 *
 * @example
 * buildKpiPlan({ seed: 0, mode: "blank", target: "file" }).sheets.map((s) => s.name)
 * //=> ["KPI Data", "KPI Work"]
 */
export function buildKpiPlan(options: PlanOptions): WorkbookPlan {
  const data = generateKpiData(options.seed);
  const lastWeekRow = L.firstWeekRow + data.weeks.length - 1;
  if (lastWeekRow >= L.totalsRow) throw new RangeError("the KPI layout holds at most 26 weeks");
  const columnOf = (key: string): string =>
    columnLetters(KPI_COLUMNS.findIndex((c) => c.key === key) + 1);
  const refs: KpiRefs = {
    column: (key) =>
      absoluteRef(
        KPI_DATA_SHEET,
        `${columnOf(key)}${L.firstWeekRow}:${columnOf(key)}${lastWeekRow}`
      ),
    // The fact's cell is where the contract puts its name (contractName throws on an unknown key).
    fact: (key) =>
      absoluteRef(
        KPI_DATA_SHEET,
        contractName(KPI_CONTRACT, KPI_FACTS.find((f) => f.key === key)?.name ?? "").range
      ),
  };
  const dataSheet = buildDataSheet(data, options, lastWeekRow);
  const workSheet = buildWorkSheet(options, refs);
  return {
    drill: "kpi",
    seed: options.seed,
    mode: options.mode,
    generatorVersion: KPI_GENERATOR_VERSION,
    sheets: [dataSheet, workSheet],
    names: contractPlanNames(KPI_CONTRACT),
  };
}

const header = (value: string): PlanCell => ({ value, style: "header" });
/** A row of one instruction line. */
const instructionRow = (value: string): PlanCell[] => [{ value, style: "instruction" }];

/** KPI Data's title, what the figures are, and the subtitle over the weekly table. */
function dataIntroBlock(): PlanBlock {
  return {
    at: "A1",
    rows: [
      [{ value: "Specialist KPI drill: weekly .com figures", style: "title" }],
      instructionRow(
        "Twenty-six weeks of the maison's .com as the analytics, CRM, service, social and " +
          "warehouse tools export them, plus a few facts about the whole period."
      ),
      instructionRow(
        "These are the givens: compute every KPI on KPI Work from them, over the whole period."
      ),
      [{ value: "Weekly figures", style: "subtitle" }],
    ],
  };
}

/** The weekly table: one header per KPI column, then one row per week. */
function weeklyBlock(data: KpiData): PlanBlock {
  const weekRows: PlanCell[][] = data.weeks.map((week) =>
    KPI_COLUMNS.map((column) => ({ value: week[column.key], numberFormat: column.format }))
  );
  return {
    at: `A${L.weeklyHeaderRow}`,
    rows: [KPI_COLUMNS.map((c) => header(c.header)), ...weekRows],
  };
}

/** The period facts under their subtitle: label, value and a note each. */
function factsBlock(data: KpiData): PlanBlock {
  return {
    at: `A${L.factsHeaderRow - 1}`,
    rows: [
      [{ value: "Period facts", style: "subtitle" }],
      ["Fact", "Value", "Note"].map(header),
      ...KPI_FACTS.map((fact) => [
        { value: fact.label, style: "label" } as PlanCell,
        { value: data.facts[fact.key], numberFormat: fact.format, style: "given" } as PlanCell,
        { value: fact.note, style: "note" } as PlanCell,
      ]),
    ],
  };
}

/** A starter's (and the key's) period totals under the weekly table: a SUM per figure column. */
function totalsBlock(lastWeekRow: number): PlanBlock {
  return {
    at: `A${L.totalsRow}`,
    rows: [
      KPI_COLUMNS.map((column, i): PlanCell => {
        if (i === 0) return { value: "Total", style: "label" };
        if (column.key === "weekStart") return {};
        const letter = columnLetters(i + 1);
        return {
          formula: `=SUM(${letter}${L.firstWeekRow}:${letter}${lastWeekRow})`,
          numberFormat: column.format,
          style: "output",
        };
      }),
    ],
  };
}

/** The weekly table and the facts table, each an Excel table over its header and rows. */
function dataTables(lastWeekRow: number): PlanTable[] {
  const lastColumn = columnLetters(KPI_COLUMNS.length);
  return [
    {
      name: "tblKpiWeekly",
      range: `A${L.weeklyHeaderRow}:${lastColumn}${lastWeekRow}`,
      style: "TableStyleLight1",
    },
    {
      name: "tblKpiFacts",
      range: `A${L.factsHeaderRow}:C${KPI_FACTS_LAST_ROW}`,
      style: "TableStyleLight1",
    },
  ];
}

/** Wide label and date columns, then one width for every figure column. */
function dataColumnWidths(): Record<string, number> {
  const widths: Record<string, number> = { A: 30, B: 13 };
  KPI_COLUMNS.forEach((_, i) => {
    if (i >= 2) widths[columnLetters(i + 1)] = 16;
  });
  return widths;
}

function buildDataSheet(data: KpiData, options: PlanOptions, lastWeekRow: number): PlanSheet {
  const blocks = [dataIntroBlock(), weeklyBlock(data), factsBlock(data)];
  if (options.mode !== "blank") blocks.push(totalsBlock(lastWeekRow));
  return {
    name: KPI_DATA_SHEET,
    tabColor: "#3E5C7A",
    columnWidths: dataColumnWidths(),
    freeze: { rows: L.weeklyHeaderRow, columns: 2 },
    blocks,
    tables: dataTables(lastWeekRow),
  };
}

/** KPI Work's title and how to answer: period formulas, units, the check's tolerance. */
function workIntroBlock(): PlanBlock {
  return {
    at: "A1",
    rows: [
      [{ value: "Specialist KPI drill", style: "title" }],
      instructionRow(
        "Compute each KPI over the whole 26-week period from KPI Data, with formulas that point at " +
          "the data (sum first, then divide: an average of weekly rates is not the period's rate)."
      ),
      instructionRow(
        "Enter rates as percentages (e.g. 1.25%), money in USD, durations in the unit shown. The " +
          "check compares each answer with the true value within the tolerance shown."
      ),
      instructionRow("Cells styled as inputs are yours; everything else is given."),
    ],
  };
}

/** The KPIs under their subtitle: label, definition, the answer cell (a formula in the key), tolerance. */
function kpiBlocks(options: PlanOptions, refs: KpiRefs): PlanBlock[] {
  const answerKey = options.mode === "answer-key";
  const rows: PlanCell[][] = KPI_DEFINITIONS.map((kpi) => [
    { value: kpi.label, style: "label" },
    { value: kpi.definition, style: "note" },
    answerKey
      ? { formula: kpi.formula(refs), numberFormat: kpi.format, style: "input" }
      : { numberFormat: kpi.format, style: "input" },
    { value: kpi.toleranceText, style: "note" },
  ]);
  return [
    { at: `A${L.kpiHeaderRow - 1}`, rows: [[{ value: "Your KPIs", style: "subtitle" }]] },
    {
      at: `A${L.kpiHeaderRow}`,
      rows: [["KPI", "What it measures", "Your answer", "Check tolerance"].map(header), ...rows],
    },
  ];
}

function buildWorkSheet(options: PlanOptions, refs: KpiRefs): PlanSheet {
  const info = drillInfoBlock(
    {
      drill: "kpi",
      title: "Specialist KPIs from a weekly e-commerce export",
      seed: options.seed,
      generatorVersion: KPI_GENERATOR_VERSION,
      mode: options.mode,
    },
    KPI_INFO_PLACEMENT
  );
  return {
    name: KPI_WORK_SHEET,
    tabColor: "#5C7A3E",
    columnWidths: { A: 38, B: 80, C: 16, D: 16, E: 3, F: 18, G: 14, H: 30 },
    freeze: { rows: L.kpiHeaderRow, columns: 1 },
    blocks: [workIntroBlock(), ...kpiBlocks(options, refs), info.block],
  };
}
