import { checkKpiDrill } from "../../../../src/domain/check/kpi/checkKpiDrill";
import { buildKpiCheckModel } from "../../../fixtures/check/kpi/buildKpiCheckModel";
import { fuzzNamedCells } from "../../../fixtures/check/drill1/fuzzNamedCells";

it("KPI check: random edits of the named cells never crash it nor give a finding without a cell", () => {
  fuzzNamedCells(checkKpiDrill, buildKpiCheckModel(), "KPI_", 150);
});
