import { KPI_COLUMNS, KPI_FACTS } from "../../../drills/kpi/kpiDefinitions";
import type { Finding } from "../../../model/workbookModel";
import { nonNumericFinding } from "../../drill1/nonNumericCells";
import type { KpiContext } from "../kpiContext";

const DATA_FIX =
  "KPI Data holds the givens: restore the value (or populate the drill again in a new sheet) so the KPIs can be checked.";

/**
 * The givens of the KPI drill: `data-missing` when the weekly table cannot be found by its headers
 * (a header renamed or a column deleted), `non-numeric` on weekly cells and period facts that hold
 * text, an error or nothing.
 *
 * @example
 * checkKpiData(contextWithSessionsHeaderRenamed)[0]?.code //=> "data-missing"
 */
export function checkKpiData(context: KpiContext): Finding[] {
  const findings: Finding[] = [];
  const table = context.table;
  if (table.kind === "missing") {
    const list = table.missingHeaders.map((h) => `"${h}"`).join(", ");
    findings.push({
      code: "data-missing",
      severity: "error",
      message: table.headerAddress
        ? `The weekly table of KPI Data lacks the column${table.missingHeaders.length === 1 ? "" : "s"} ${list}: a header was renamed or a column deleted, so the KPIs that need ${table.missingHeaders.length === 1 ? "it" : "them"} cannot be checked. ${DATA_FIX}`
        : `No weekly table with the drill's headers (${list}) was found, so no KPI can be checked against the data. ${DATA_FIX}`,
      cells: [table.headerAddress ?? context.anchor],
    });
  } else {
    for (const column of KPI_COLUMNS) {
      if (column.key === "week" || column.key === "weekStart") continue;
      const finding = nonNumericFinding(
        `"${column.header}"`,
        "weekly given on KPI Data",
        table.table.columns[column.key],
        "refused",
        DATA_FIX
      );
      if (finding) findings.push(finding);
    }
  }
  for (const fact of KPI_FACTS) {
    const cell = context.facts[fact.key];
    const finding =
      cell && nonNumericFinding(fact.name, fact.label.toLowerCase(), [cell], "refused", DATA_FIX);
    if (finding) findings.push(finding);
  }
  return findings;
}
