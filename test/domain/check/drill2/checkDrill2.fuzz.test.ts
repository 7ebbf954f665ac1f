import { checkDrill2 } from "../../../../src/domain/check/drill2/checkDrill2";
import { DRILL2_CONTRACT } from "../../../../src/domain/drills/drill2/drill2Contract";
import { buildDrill2CheckModel } from "../../../fixtures/check/drill2/buildDrill2CheckModel";
import { fuzzNamedCells } from "../../../fixtures/check/drill1/fuzzNamedCells";

it("drill-2 check: random edits of the named cells never crash it nor give a finding without a cell", () => {
  fuzzNamedCells(checkDrill2, buildDrill2CheckModel(), DRILL2_CONTRACT.prefix, 150);
});
