import { drillInfoNames, type DrillInfoPlacement } from "../common/drillInfoBlock";
import type { ContractName, DrillContract } from "../contract/drillContract";
import { KPI_DEFINITIONS, KPI_FACTS } from "./kpiDefinitions";

export const KPI_DATA_SHEET = "KPI Data";
export const KPI_WORK_SHEET = "KPI Work";

/**
 * Where everything of the KPI drill sits: rows of both sheets, the columns the names point at and the
 * Drill info block. The plan builder, the contract below and the tests read these.
 */
export const KPI_LAYOUT = {
  /** KPI Data: header of the weekly table, its first week, and the starter's totals row. */
  weeklyHeaderRow: 5,
  firstWeekRow: 6,
  totalsRow: 33,
  /** KPI Data: header of the facts table (fact, value, note); the facts follow in KPI_FACTS order. */
  factsHeaderRow: 36,
  factValueColumn: "B",
  /** KPI Work: header of the KPI table (KPI, definition, answer, tolerance); KPIs in definition order. */
  kpiHeaderRow: 7,
  firstKpiRow: 8,
  kpiLabelColumn: "A",
  kpiAnswerColumn: "C",
  /** KPI Work: top-left cell of the Drill info block. */
  drillInfoAt: "F6",
} as const;

const L = KPI_LAYOUT;

/** The Drill info block of KPI Work, with its stamp names `KPI_Drill` … */
export const KPI_INFO_PLACEMENT: DrillInfoPlacement = {
  sheet: KPI_WORK_SHEET,
  at: L.drillInfoAt,
  namePrefix: "KPI",
};

/** The row of the last KPI on KPI Work. */
export const KPI_LAST_ROW = L.firstKpiRow + KPI_DEFINITIONS.length - 1;

/** The row of the last fact on KPI Data. */
export const KPI_FACTS_LAST_ROW = L.factsHeaderRow + KPI_FACTS.length;

const facts: ContractName[] = KPI_FACTS.map((fact, i) => ({
  name: fact.name,
  role: "given",
  sheet: KPI_DATA_SHEET,
  range: `${L.factValueColumn}${L.factsHeaderRow + 1 + i}`,
  label: fact.label.toLowerCase(),
  comment: `Given: ${fact.label.toLowerCase()}.`,
}));

const answers: ContractName[] = KPI_DEFINITIONS.map((kpi, i) => ({
  name: kpi.name,
  role: "answer",
  sheet: KPI_WORK_SHEET,
  range: `${L.kpiAnswerColumn}${L.firstKpiRow + i}`,
  label: kpi.label.toLowerCase(),
  comment: `Candidate: ${kpi.label.toLowerCase()} (tolerance ${kpi.toleranceText}).`,
}));

/**
 * The KPI drill's names: the period facts on KPI Data (the weekly columns are not named: the check
 * finds the table by its headers), one answer cell per KPI on KPI Work, the label and answer columns
 * whole, and the Drill info stamp, in the order the plan writes them.
 *
 * @example
 * contractName(KPI_CONTRACT, "KPI_ConversionRate").range //=> "C8"
 */
export const KPI_CONTRACT: DrillContract = {
  drill: "kpi",
  prefix: "KPI_",
  names: [
    ...facts,
    ...answers,
    {
      name: "KPI_Labels",
      role: "given",
      sheet: KPI_WORK_SHEET,
      range: `${L.kpiLabelColumn}${L.firstKpiRow}:${L.kpiLabelColumn}${KPI_LAST_ROW}`,
      label: "KPI labels",
      comment: "Given: KPI labels.",
    },
    {
      name: "KPI_Answers",
      role: "answer",
      sheet: KPI_WORK_SHEET,
      range: `${L.kpiAnswerColumn}${L.firstKpiRow}:${L.kpiAnswerColumn}${KPI_LAST_ROW}`,
      label: "every KPI",
      comment: "Candidate: every KPI, in label order.",
    },
    ...drillInfoNames(KPI_INFO_PLACEMENT),
  ],
};
