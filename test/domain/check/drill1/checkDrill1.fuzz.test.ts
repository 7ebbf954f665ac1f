import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import { buildDrill1CheckModel } from "../../../fixtures/check/drill1/buildDrill1CheckModel";
import { fuzzNamedCells } from "../../../fixtures/check/drill1/fuzzNamedCells";

it("drill-1 check: random edits of the named cells never crash it nor give a finding without a cell", () => {
  fuzzNamedCells(checkDrill1, buildDrill1CheckModel(), "D1_", 150);
});
