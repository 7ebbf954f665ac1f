import {
  contractName,
  contractPlanNames,
  nameBox,
  namesOfRole,
} from "../../../../src/domain/drills/contract/drillContract";
import { buildKpiPlan } from "../../../../src/domain/drills/kpi/buildKpiPlan";
import {
  KPI_CONTRACT,
  KPI_DATA_SHEET,
  KPI_WORK_SHEET,
} from "../../../../src/domain/drills/kpi/kpiContract";
import { KPI_DEFINITIONS, KPI_FACTS } from "../../../../src/domain/drills/kpi/kpiDefinitions";
import { cellA1 } from "../../../../src/domain/sheet/a1";
import { planCells } from "../common/planCells";

const MODES = ["blank", "starter", "answer-key"] as const;

describe("KPI drill contract", () => {
  it.each(MODES)("is exactly what the %s plan names", (mode) => {
    const plan = buildKpiPlan({ seed: 3, mode, target: "file" });
    expect(plan.names).toEqual(contractPlanNames(KPI_CONTRACT));
  });

  it("declares each name once, with the drill's prefix", () => {
    const names = KPI_CONTRACT.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !n.startsWith(KPI_CONTRACT.prefix))).toEqual([]);
  });

  it("puts every fact's name beside its label and every KPI's beside its own", () => {
    const cells = planCells(buildKpiPlan({ seed: 0, mode: "blank", target: "file" }));
    const labelLeftOf = (sheet: string, name: string, offset: number): unknown => {
      const box = nameBox(KPI_CONTRACT, name);
      return cells.get(sheet)?.get(cellA1({ row: box.top, column: box.left - offset }))?.value;
    };
    for (const fact of KPI_FACTS) {
      expect(contractName(KPI_CONTRACT, fact.name).sheet).toBe(KPI_DATA_SHEET);
      expect(labelLeftOf(KPI_DATA_SHEET, fact.name, 1)).toBe(fact.label);
    }
    for (const kpi of KPI_DEFINITIONS) {
      expect(contractName(KPI_CONTRACT, kpi.name).role).toBe("answer");
      expect(labelLeftOf(KPI_WORK_SHEET, kpi.name, 2)).toBe(kpi.label);
    }
  });

  it("stamps the drill and seed where the Drill info block shows them", () => {
    const cells = planCells(buildKpiPlan({ seed: 7, mode: "starter", target: "file" }));
    const valueOf = (name: string): unknown => {
      const { sheet, range } = contractName(KPI_CONTRACT, name);
      return cells.get(sheet)?.get(range)?.value;
    };
    expect(namesOfRole(KPI_CONTRACT, "stamp").map((n) => n.name)).toEqual([
      "KPI_Drill",
      "KPI_Seed",
      "KPI_GeneratorVersion",
      "KPI_Mode",
    ]);
    expect([valueOf("KPI_Drill"), valueOf("KPI_Seed"), valueOf("KPI_Mode")]).toEqual([
      "kpi",
      7,
      "starter",
    ]);
  });
});
