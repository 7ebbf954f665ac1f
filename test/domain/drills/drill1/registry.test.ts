import { DRILL_IDS, buildPlan } from "../../../../src/domain/drills/buildPlan";
import { buildDrill1Plan } from "../../../../src/domain/drills/drill1/buildDrill1Plan";
import { buildKpiPlan } from "../../../../src/domain/drills/kpi/buildKpiPlan";
import { buildLogPlan } from "../../../../src/domain/drills/log/buildLogPlan";

describe("drill 1, KPI and log plans in the registry", () => {
  const options = { seed: 0, mode: "blank", target: "file" } as const;

  it("are what buildPlan returns for their ids", () => {
    expect(JSON.stringify(buildPlan("1", options))).toBe(JSON.stringify(buildDrill1Plan(options)));
    expect(buildPlan("kpi", options)).toEqual(buildKpiPlan(options));
    expect(buildPlan("log", options)).toEqual(buildLogPlan(options));
  });

  it("share no sheet, table or name with any other drill, so all drills fit in one workbook", () => {
    const plans = DRILL_IDS.map((id) => buildPlan(id, options));
    const all = (pick: (p: (typeof plans)[number]) => string[]) =>
      plans.flatMap(pick).map((s) => s.toUpperCase());
    const duplicates = (list: string[]) => list.filter((x, i) => list.indexOf(x) !== i);
    expect(duplicates(all((p) => p.sheets.map((s) => s.name)))).toEqual([]);
    // Excel keeps table names and defined names in one namespace.
    expect(
      duplicates(
        all((p) => [
          ...p.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name)),
          ...p.names.map((n) => n.name),
        ])
      )
    ).toEqual([]);
  });
});
