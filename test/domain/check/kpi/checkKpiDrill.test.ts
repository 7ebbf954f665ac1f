import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import { checkKpiDrill } from "../../../../src/domain/check/kpi/checkKpiDrill";
import { kpiTotalsFromTable } from "../../../../src/domain/check/kpi/kpiTotalsFromTable";
import { KPI_TRUTH } from "../../../../src/domain/check/kpi/kpiTruth";
import { readKpiTable } from "../../../../src/domain/check/kpi/readKpiTable";
import { readKpiContext } from "../../../../src/domain/check/kpi/readKpiContext";
import { buildKpiPlan } from "../../../../src/domain/drills/kpi/buildKpiPlan";
import { KPI_DEFINITIONS } from "../../../../src/domain/drills/kpi/kpiDefinitions";
import type { Finding, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import { addressOf } from "../../../fixtures/check/drill1/namedValues";
import { setCells, setName } from "../../../fixtures/check/editModel";
import {
  buildKpiCheckModel,
  kpiData,
  kpiDataCell,
  kpiTruth,
} from "../../../fixtures/check/kpi/buildKpiCheckModel";
import { planToModel } from "../../../fixtures/check/planToModel";

const truth = kpiTruth(0);
const data = kpiData(0);
const reference = buildKpiCheckModel();
const at = (name: string) => addressOf(reference, name);
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const sumOf = (pick: (w: (typeof data.weeks)[number]) => number) =>
  data.weeks.reduce((s, w) => s + pick(w), 0);
const editData = (model: WorkbookModel, cells: Record<string, unknown>) =>
  setCells(
    model,
    "KPI Data",
    Object.fromEntries(Object.entries(cells).map(([a1, value]) => [a1, { value: value as never }]))
  );

describe("KPI drill answer key", () => {
  it("gives no finding for the answer key of seed 0", () => {
    expect(checkKpiDrill(reference)).toEqual([]);
  });

  it("gives no finding for drawn variants' answer keys", () => {
    for (const seed of [7, 2026]) expect(checkKpiDrill(buildKpiCheckModel({}, seed))).toEqual([]);
  });

  it("computes, with the KPI functions, the same truth as the drill's definitions", () => {
    for (const seed of [0, 7, 2026]) {
      const model = buildKpiCheckModel({}, seed);
      const context = readKpiContext(model);
      const expected = kpiTruth(seed);
      for (const definition of KPI_DEFINITIONS) {
        const how = KPI_TRUTH[definition.name];
        expect(how).toBeDefined();
        const value = how!.compute(context.totals).toNumber();
        expect(value).toBeCloseTo(expected[definition.name]!, 9);
      }
    }
  });
});

describe("missing-range", () => {
  it("fires on the drill's sheet when a KPI name was deleted", () => {
    const found = only(checkKpiDrill(setName(reference, "KPI_ROAS", undefined)), "missing-range");
    expect(found.map((f) => f.cells)).toEqual([["'KPI Work'!A1"]]);
    expect(found[0]?.message).toContain("KPI_ROAS");
  });
});

describe("data-missing", () => {
  it("fires on the header row when a column header was renamed", () => {
    const found = checkKpiDrill(editData(reference, { [kpiDataCell("orders", 0)]: "Purchases" }));
    expect(codes(found)).toEqual(["data-missing"]);
    expect(found[0]?.cells).toEqual(["'KPI Data'!A5:AA5"]);
    expect(found[0]?.message).toContain('"Orders"');
  });

  it("fires on the drill's anchor when no weekly table is left", () => {
    const found = checkKpiDrill(
      editData(reference, {
        [kpiDataCell("sessions", 0)]: "Visits",
        [kpiDataCell("orders", 0)]: "x",
      })
    );
    expect(only(found, "data-missing").map((f) => f.cells)).toEqual([["'KPI Work'!A1"]]);
  });

  it("finds the table wherever it moved and whatever the sheet is called", () => {
    const renamed: WorkbookModel = {
      ...reference,
      sheets: reference.sheets.map((s) => (s.name === "KPI Data" ? { ...s, name: "Export" } : s)),
    };
    const table = readKpiTable(renamed);
    expect(table.kind === "found" && table.table.weeks).toBe(26);
  });
});

describe("non-numeric", () => {
  it("fires on a weekly given that holds text, and the KPIs that need it stay silent", () => {
    const cell = kpiDataCell("sessions", 3);
    const found = checkKpiDrill(editData(reference, { [cell]: "n/a" }));
    expect(codes(found)).toEqual(["non-numeric"]);
    expect(found[0]?.cells).toEqual([`'KPI Data'!${cell}`]);
  });

  it("fires on a period fact typed as text", () => {
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_GrossMargin: "65 percent" }));
    expect(codes(found)).toEqual(["non-numeric"]);
    expect(found[0]?.cells).toEqual([at("KPI_GrossMargin")]);
  });

  it("fires on a KPI cell showing an error value", () => {
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_ROAS: { error: "#DIV/0!" } }));
    expect(codes(found)).toEqual(["non-numeric"]);
    expect(found[0]?.cells).toEqual([at("KPI_ROAS")]);
    expect(found[0]?.message).toContain("#DIV/0!");
  });
});

describe("kpi-missing", () => {
  it("fires once on every empty KPI cell", () => {
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_AOV: null, KPI_CSAT: null }));
    expect(codes(found)).toEqual(["kpi-missing"]);
    expect(found[0]?.cells).toEqual([at("KPI_AOV"), at("KPI_CSAT")]);
    expect(found[0]?.message).toContain("Average order value (USD), Customer satisfaction (CSAT)");
  });

  it("the blank template gives one kpi-missing and nothing else", () => {
    const blank = planToModel(buildKpiPlan({ seed: 0, mode: "blank", target: "file" }));
    const found = checkKpiDrill(blank);
    expect(codes(found)).toEqual(["kpi-missing"]);
    expect(found[0]?.cells).toHaveLength(KPI_DEFINITIONS.length);
  });
});

describe("kpi-mismatch", () => {
  it("names users instead of sessions as the conversion denominator", () => {
    const slip = sumOf((w) => w.orders) / sumOf((w) => w.users);
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_ConversionRate: slip }));
    expect(codes(found)).toEqual(["kpi-mismatch"]);
    expect(found[0]?.cells).toEqual([at("KPI_ConversionRate")]);
    expect(found[0]?.message).toContain("Conversion rate (KPI_ConversionRate)");
    expect(found[0]?.message).toContain(
      `should be ${(truth.KPI_ConversionRate! * 100).toFixed(2)}%`
    );
    expect(found[0]?.message).toContain("users instead of sessions");
  });

  it("names a percentage typed as a plain number (3.2 for 3.2%)", () => {
    const found = checkKpiDrill(
      buildKpiCheckModel({ KPI_BounceRate: truth.KPI_BounceRate! * 100 })
    );
    expect(found.map((f) => f.cells)).toEqual([[at("KPI_BounceRate")]]);
    expect(found[0]?.message).toContain("typed as a plain number");
  });

  it("names abandonment computed as completion", () => {
    const found = checkKpiDrill(
      buildKpiCheckModel({ KPI_CartAbandonment: 1 - truth.KPI_CartAbandonment! })
    );
    expect(found.map((f) => f.cells)).toEqual([[at("KPI_CartAbandonment")]]);
    expect(found[0]?.message).toContain("completion rate");
  });

  it("names the average of weekly values instead of the period's figure", () => {
    const weekly = data.weeks.map((w) => w.csatSatisfied / w.csatResponses);
    const average = weekly.reduce((s, v) => s + v, 0) / weekly.length;
    expect(Math.abs(average - truth.KPI_CSAT!)).toBeGreaterThan(0.0005);
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_CSAT: average }));
    expect(found.map((f) => f.cells)).toEqual([[at("KPI_CSAT")]]);
    expect(found[0]?.message).toContain("average of the 26 weekly values");
  });

  it("names a weekly average given for a period total", () => {
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_Traffic: truth.KPI_Traffic! / 26 }));
    expect(found[0]?.message).toContain("weekly average");
  });

  it("without a known slip, restates the definition", () => {
    const found = checkKpiDrill(buildKpiCheckModel({ KPI_CSAT: 0.5 }));
    expect(codes(found)).toEqual(["kpi-mismatch"]);
    expect(found[0]?.message).toContain("Check the definition");
  });

  it("stays silent within the stated tolerance and fires just beyond it", () => {
    const inside = buildKpiCheckModel({
      KPI_ConversionRate: truth.KPI_ConversionRate! + 0.0004,
      KPI_AOV: truth.KPI_AOV! - 0.45,
      KPI_FulfilmentTime: truth.KPI_FulfilmentTime! + 0.09,
    });
    expect(checkKpiDrill(inside)).toEqual([]);
    const outside = buildKpiCheckModel({ KPI_AOV: truth.KPI_AOV! - 0.6 });
    expect(codes(checkKpiDrill(outside))).toEqual(["kpi-mismatch"]);
  });

  it("judges against the workbook's own data, not the seed's", () => {
    const cell = kpiDataCell("sessions", 1);
    const edited = editData(reference, { [cell]: data.weeks[0]!.sessions + 1000 });
    expect(only(checkKpiDrill(edited), "kpi-mismatch").map((f) => f.cells)).toContainEqual([
      at("KPI_Traffic"),
    ]);
    const followed = setCells(edited, "KPI Work", {
      [at("KPI_Traffic").split("!")[1]!]: { value: truth.KPI_Traffic! + 1000, formula: "=SUM(x)" },
    });
    expect(only(checkKpiDrill(followed), "kpi-mismatch").map((f) => f.cells)).not.toContainEqual([
      at("KPI_Traffic"),
    ]);
  });
});

describe("givens-invalid", () => {
  it("fires when the data make a KPI impossible (more satisfied answers than responses)", () => {
    const responses = sumOf((w) => w.csatResponses);
    const found = checkKpiDrill(
      editData(reference, { [kpiDataCell("csatSatisfied", 1)]: responses + 1 })
    );
    const invalid = only(found, "givens-invalid");
    expect(invalid.map((f) => f.cells)).toEqual([["'KPI Data'!A5:AA5"]]);
    expect(invalid[0]?.message).toContain("Customer satisfaction");
  });
});

describe("robustness and registration", () => {
  it("never throws on an empty workbook, and every finding has a cell", () => {
    const found = checkKpiDrill({ sheets: [], names: new Map(), formulaValuesKnown: true });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.cells.length > 0)).toBe(true);
  });

  it("missing facts make only the KPIs that need them silent", () => {
    const { period } = kpiTotalsFromTable(undefined, {});
    expect(() => period.sessions).toThrow("not available");
  });

  it("checkWorkbook runs the KPI rules on a KPI workbook", () => {
    expect(checkWorkbook(reference)).toEqual({ kind: "checked", drills: ["kpi"], findings: [] });
  });
});
