import { columnLetters } from "../../../../src/domain/sheet/a1";
import { KPI_LAYOUT } from "../../../../src/domain/drills/kpi/kpiContract";
import { KPI_COLUMNS } from "../../../../src/domain/drills/kpi/kpiDefinitions";
import { checkKpiDrill } from "../../../../src/domain/check/kpi/checkKpiDrill";
import { buildKpiCheckModel } from "../../../fixtures/check/kpi/buildKpiCheckModel";
import { fuzzNamedCells } from "../../../fixtures/check/drill1/fuzzNamedCells";

it("KPI check: random edits of the named cells and of the weekly table never crash it nor give a finding without a cell", () => {
  const table: [string, string][] = KPI_COLUMNS.flatMap((column, i) =>
    [0, 1, 2, 26].map((week): [string, string] => [
      "KPI Data",
      `${columnLetters(i + 1)}${KPI_LAYOUT.firstWeekRow + week - 1}`,
    ])
  );
  fuzzNamedCells(checkKpiDrill, buildKpiCheckModel(), "KPI_", 150, table);
});
