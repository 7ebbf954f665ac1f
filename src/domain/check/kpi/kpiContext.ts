import type { KpiFacts } from "../../drills/kpi/generateKpiData";
import type { KpiDefinition, KpiTotals } from "../../drills/kpi/kpiDefinitions";
import type { Finding } from "../../model/workbookModel";
import type { RangeCell } from "../readNamedBlock";
import type { KpiTableResult } from "./readKpiTable";

/** One KPI the candidate answers: the drill's definition and the cell it names. */
export type KpiAnswer = { definition: KpiDefinition; cell: RangeCell };

/** Everything the KPI rules read, resolved once. */
export type KpiContext = {
  anchor: string;
  answers: readonly KpiAnswer[];
  table: KpiTableResult;
  facts: Partial<Record<keyof KpiFacts, RangeCell>>;
  /** Totals of the workbook's table; reading a given that is unavailable throws MissingGiven. */
  totals: KpiTotals;
  weeklyTotals: readonly KpiTotals[];
  readProblems: readonly Finding[];
};
