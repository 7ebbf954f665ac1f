import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import { checkDrill2 } from "../../../../src/domain/check/drill2/checkDrill2";
import { buildDrill2Plan } from "../../../../src/domain/drills/drill2/buildDrill2Plan";
import { contractName, nameBox } from "../../../../src/domain/drills/contract/drillContract";
import {
  DRILL2_CONTRACT,
  type Drill2Name,
} from "../../../../src/domain/drills/drill2/drill2Contract";
import { DRILL2_SHEETS } from "../../../../src/domain/drills/drill2/drill2Layout";
import { cellA1, parseRange, rangeA1 } from "../../../../src/domain/sheet/a1";
import { absoluteRef, qualify } from "../../../../src/domain/sheet/sheetRef";
import type { Finding, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import { addressOf, withNamedValues } from "../../../fixtures/check/drill1/namedValues";
import {
  buildDrill2CheckModel,
  buildDrill2ModelFromChoices,
  drill2Reference,
} from "../../../fixtures/check/drill2/buildDrill2CheckModel";
import { setCells, setName } from "../../../fixtures/check/editModel";
import { planToModel } from "../../../fixtures/check/planToModel";

const reference = buildDrill2CheckModel();
const forecast = drill2Reference(0).forecast;
const at = (name: Drill2Name, index?: number) => addressOf(reference, name, index);
/** Weeks `from`–`to` (1-based) of a week row, where the contract puts it. */
const weekRange = (name: Drill2Name, from: number, to = from) => {
  const box = nameBox(DRILL2_CONTRACT, name);
  const range = rangeA1({ ...box, left: box.left + from - 1, right: box.left + to - 1 });
  return { sheet: contractName(DRILL2_CONTRACT, name).sheet, range };
};
/** Weeks of a week row as a finding quotes them. */
const quoted = (name: Drill2Name, from: number, to = from) => {
  const { sheet, range } = weekRange(name, from, to);
  return qualify(sheet, range);
};
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");
/** The reference row with some weeks (1-based) replaced. */
const withWeeks = (row: number[], weeks: Record<number, number | string | null>) =>
  row.map((v, w) => (w + 1 in weeks ? (weeks[w + 1] as number | string | null) : v));

describe("drill 2 answer key", () => {
  it("gives no finding for the coach's reference plan of seed 0", () => {
    expect(checkDrill2(reference)).toEqual([]);
  });

  it("gives no error for drawn variants' reference plans", () => {
    for (const seed of [5, 77])
      expect(errors(checkDrill2(buildDrill2CheckModel({}, seed)))).toEqual([]);
  });
});

describe("missing-range", () => {
  it("fires on the plan sheet when a guardrail name was deleted, and that guardrail stays silent", () => {
    const model = setName(
      buildDrill2CheckModel({
        D2_ForecastRevenue: withWeeks(forecast.revenue, { 5: forecast.baselineRevenue[4]! * 0.5 }),
      }),
      "D2_MaxRevenueDrop",
      undefined
    );
    const found = checkDrill2(model);
    expect(codes(found)).toEqual(["missing-range"]);
    expect(found[0]?.cells).toEqual([qualify(DRILL2_SHEETS.plan, "A1")]);
  });

  it("fires on the found range when a week row lost a week", () => {
    const twelve = weekRange("D2_ForecastRevenue", 1, 12);
    const model = setName(reference, "D2_ForecastRevenue", absoluteRef(twelve.sheet, twelve.range));
    expect(only(checkDrill2(model), "missing-range").map((f) => f.cells)).toEqual([
      [quoted("D2_ForecastRevenue", 1, 12)],
    ]);
  });
});

describe("non-numeric, forecast-missing and week-out-of-range", () => {
  it("non-numeric fires on a forecast week showing an error value", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ForecastCVR: withWeeks(forecast.cvr, { 3: { error: "#DIV/0!" } } as never),
      })
    );
    expect(codes(found)).toEqual(["non-numeric"]);
    expect(found[0]?.cells).toEqual([at("D2_ForecastCVR", 2)]);
  });

  it("non-numeric fires on a guardrail typed as text", () => {
    const found = checkDrill2(buildDrill2CheckModel({ D2_MinCVRRatio: "85 %" }));
    expect(codes(found)).toEqual(["non-numeric"]);
    expect(found[0]?.cells).toEqual([at("D2_MinCVRRatio")]);
  });

  it("non-numeric fires on a removal week typed as words", () => {
    const found = checkDrill2(buildDrill2CheckModel({ D2_Removals: [4, 8, 6, "week 9", 10] }));
    expect(only(found, "non-numeric").map((f) => f.cells)).toEqual([[at("D2_Removals", 3)]]);
  });

  it("forecast-missing fires on a forecast row left empty", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({ D2_ForecastRevenue: Array.from({ length: 13 }, () => null) })
    );
    expect(codes(found)).toEqual(["forecast-missing"]);
    expect(found[0]?.cells).toEqual([at("D2_ForecastRevenue")]);
  });

  it("week-out-of-range fires on a week past 13 or not whole", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_Removals: [4, 8, 6, 9, 14],
        D2_Replacements: [3, 5, 8, 10, 5, 7.5, 9],
      })
    );
    expect(only(found, "week-out-of-range").map((f) => f.cells)).toEqual([
      [at("D2_Removals", 4)],
      [at("D2_Replacements", 5)],
    ]);
  });
});

describe("typed-output and cvr-mismatch", () => {
  const typed = (model: WorkbookModel, name: Drill2Name, weeks: number[]) => {
    const target = model.names.get(name.toUpperCase())!.target!;
    const row = parseRange(target.range)!;
    const edits = Object.fromEntries(
      weeks.map((w) => {
        const a1 = cellA1({ row: row.top, column: row.left + w - 1 });
        const cell = model.sheets.find((s) => s.name === target.sheet)!.cells.get(a1)!;
        return [a1, { value: cell.value }];
      })
    );
    return setCells(model, target.sheet, edits);
  };

  it("typed-output fires on forecast weeks typed over their formula", () => {
    const found = checkDrill2(typed(reference, "D2_ForecastRevenue", [3, 4, 5, 9]));
    expect(codes(found)).toEqual(["typed-output"]);
    expect(found[0]?.cells).toEqual([
      quoted("D2_ForecastRevenue", 3, 5),
      quoted("D2_ForecastRevenue", 9),
    ]);
    expect(found[0]?.message).toContain("weeks 3–5 and 9");
  });

  it("cvr-mismatch fires when conversion is not orders / sessions", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ForecastCVR: withWeeks(forecast.cvr, { 7: forecast.cvr[6]! + 0.002 }),
      })
    );
    expect(codes(found)).toEqual(["cvr-mismatch"]);
    expect(found[0]?.cells).toEqual([at("D2_ForecastCVR", 6)]);
  });

  it("neither fires on the reference plan's formulas", () => {
    const found = checkDrill2(reference);
    expect(only(found, "typed-output")).toEqual([]);
    expect(only(found, "cvr-mismatch")).toEqual([]);
  });
});

describe("revenue-guardrail", () => {
  it("fires on the weeks whose revenue falls below (1 − max drop) × baseline", () => {
    const floor = (w: number) => forecast.baselineRevenue[w - 1]! * 0.9;
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ForecastRevenue: withWeeks(forecast.revenue, { 5: floor(5) - 1000, 6: floor(6) - 10 }),
      })
    );
    expect(codes(found)).toEqual(["revenue-guardrail"]);
    expect(found[0]?.cells).toEqual([quoted("D2_ForecastRevenue", 5, 6)]);
    expect(found[0]?.message).toContain("weeks 5–6");
    expect(found[0]?.message).toContain("worst in week 5");
  });

  it("does not fire on a week exactly at the floor", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ForecastRevenue: withWeeks(forecast.revenue, { 5: forecast.baselineRevenue[4]! * 0.9 }),
      })
    );
    expect(found).toEqual([]);
  });

  it("reads the limit from the sheet: a coach's 1% makes the reference plan breach", () => {
    const found = checkDrill2(buildDrill2CheckModel({ D2_MaxRevenueDrop: 0.01 }));
    const weeks = forecast.revenueVsBaseline.flatMap((r, w) => (r < 0.99 ? [w + 1] : []));
    expect(weeks.length).toBeGreaterThan(0);
    expect(codes(found)).toEqual(["revenue-guardrail"]);
    expect(found[0]?.cells).toEqual(weeks.map((w) => at("D2_ForecastRevenue", w - 1)));
  });
});

describe("cvr-guardrail", () => {
  it("fires on the weeks whose conversion falls below min ratio × baseline", () => {
    const low = forecast.baselineCVR[8]! * 0.8;
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ForecastOrders: withWeeks(forecast.orders, { 9: low * forecast.sessions[8]! }),
        D2_ForecastCVR: withWeeks(forecast.cvr, { 9: low }),
      })
    );
    expect(codes(found)).toEqual(["cvr-guardrail"]);
    expect(found[0]?.cells).toEqual([at("D2_ForecastCVR", 8)]);
  });

  it("stays silent on the reference plan, whose lowest week is above 85% of baseline", () => {
    expect(Math.min(...forecast.cvrVsBaseline)).toBeGreaterThan(0.85);
    expect(only(checkDrill2(reference), "cvr-guardrail")).toEqual([]);
  });
});

describe("unpaired-removal", () => {
  it("fires when a removed discount lever names no replacement", () => {
    const found = checkDrill2(
      buildDrill2ModelFromChoices((c) => {
        c.removals[1]!.replacedBy = null;
        return c;
      })
    );
    expect(only(found, "unpaired-removal").map((f) => f.cells)).toEqual([
      [at("D2_RemovalReplacedBy", 1)],
    ]);
  });

  it("fires when the named replacement is never launched", () => {
    const found = checkDrill2(
      buildDrill2ModelFromChoices((c) => {
        c.replacements[0]!.week = null;
        return c;
      })
    );
    expect(only(found, "unpaired-removal").map((f) => f.cells)).toEqual([
      [at("D2_RemovalReplacedBy", 0), at("D2_Replacements", 0)],
    ]);
    expect(only(found, "unpaired-removal")[0]?.message).toContain("never launched");
  });

  it("fires when the named replacement is not one on offer", () => {
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_RemovalReplacedBy: [
          "SA follow-up e-mail (no incentive)",
          "Capsule previews by invitation",
          "Something else entirely",
          "Editorial homepage: icons and métier",
          "Icons-first category nav",
        ],
      })
    );
    expect(only(found, "unpaired-removal").map((f) => f.cells)).toEqual([
      [at("D2_RemovalReplacedBy", 2)],
    ]);
  });

  it("does not fire for a merchandising lever removed without a pair", () => {
    const found = checkDrill2(
      buildDrill2ModelFromChoices((c) => {
        c.removals[3]!.replacedBy = null;
        return c;
      })
    );
    expect(only(found, "unpaired-removal")).toEqual([]);
  });
});

describe("replacement-late", () => {
  it("fires when the replacement goes live more weeks after the removal than allowed", () => {
    const found = checkDrill2(
      buildDrill2ModelFromChoices((c) => {
        c.removals[2]!.week = 2; // retargeting off in week 2, brand-search defence live in week 5
        return c;
      })
    );
    const late = only(found, "replacement-late");
    expect(late.map((f) => f.cells)).toEqual([[at("D2_Replacements", 4), at("D2_Removals", 2)]]);
    expect(late[0]?.message).toContain("3 weeks later");
  });

  it("does not fire within the allowed weeks, and follows the sheet's guardrail", () => {
    const model = buildDrill2ModelFromChoices((c) => {
      c.removals[2]!.week = 3; // live in week 5: 2 weeks later, exactly the limit
      return c;
    });
    expect(only(checkDrill2(model), "replacement-late")).toEqual([]);
    const stricter = withNamedValues(model, { D2_ReplaceWithinWeeks: 1 });
    expect(only(checkDrill2(stricter), "replacement-late").map((f) => f.cells)).toEqual([
      [at("D2_Replacements", 4), at("D2_Removals", 2)],
    ]);
  });
});

describe("discount-revenue-remaining", () => {
  it("fires on the forecast weeks and the lever when a discount lever is kept", () => {
    const found = checkDrill2(
      buildDrill2ModelFromChoices((c) => {
        c.removals[1]!.week = null; // influencer codes kept
        return c;
      })
    );
    const remaining = only(found, "discount-revenue-remaining");
    expect(remaining.map((f) => f.cells)).toEqual([
      [at("D2_DiscountRevenue", 12), at("D2_Removals", 1)],
    ]);
    expect(remaining[0]?.message).toContain('"Influencer codes" is never switched off');
  });

  it("reads the deadline from the sheet: week 7 makes the codes (off in week 8) too late", () => {
    const found = checkDrill2(buildDrill2CheckModel({ D2_DiscountFreeByWeek: 7 }));
    const remaining = only(found, "discount-revenue-remaining");
    expect(remaining.map((f) => f.cells)).toEqual([
      [at("D2_DiscountRevenue", 6), at("D2_Removals", 1)],
    ]);
  });

  it("fires on the plan even when the forecast formula hides the revenue", () => {
    const found = checkDrill2(buildDrill2CheckModel({ D2_Removals: [4, null, 6, 9, 10] }));
    expect(only(found, "discount-revenue-remaining").map((f) => f.cells)).toEqual([
      [at("D2_Removals", 1)],
    ]);
  });
});

describe("discount-lever and mass-dtc-lever", () => {
  it("quotes the mass-DTC words in a replacement and in a typed pairing", () => {
    const labels = drill2Reference(0).choices.removals.map((r) => r.replacedBy);
    const found = checkDrill2(
      buildDrill2CheckModel({
        D2_ReplacementLevers: [
          "SA follow-up e-mail with a 10% off code",
          "Save-the-cart / send-a-look",
          "Editorial homepage: icons and métier",
          "Icons-first category nav",
          "Brand-search defence",
          "Capsule previews by invitation",
          "Digital salon booking",
        ],
        D2_RemovalReplacedBy: [labels[0]!, labels[1]!, "Retargeting light", labels[3]!, labels[4]!],
      })
    );
    const words = only(found, "discount-lever");
    expect(words.map((f) => f.cells)).toEqual([[at("D2_ReplacementLevers", 0)]]);
    expect(words[0]?.message).toContain('"10% off code"');
    // Retargeting is a mass-DTC tactic, a code of its own.
    const tactics = only(found, "mass-dtc-lever");
    expect(tactics.map((f) => f.cells)).toEqual([[at("D2_RemovalReplacedBy", 2)]]);
    expect(tactics[0]?.message).toContain('"Retargeting"');
  });

  it('does not fire on the replacements on offer ("no incentive" is not a discount)', () => {
    expect(only(checkDrill2(reference), "discount-lever")).toEqual([]);
    expect(only(checkDrill2(reference), "mass-dtc-lever")).toEqual([]);
  });
});

describe("robustness and registration", () => {
  it("never throws on an empty workbook, and every finding has a cell", () => {
    const found = checkDrill2({ sheets: [], names: new Map(), formulaValuesKnown: true });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.cells.length > 0)).toBe(true);
  });

  it("the blank template says what is missing, without a crash", () => {
    const blank = planToModel(buildDrill2Plan({ seed: 0, mode: "blank", target: "file" }));
    const values = buildDrill2CheckModel();
    // The baseline formulas' results, as a spreadsheet would show them.
    const baselineSheet = values.sheets.find((s) => s.name === DRILL2_SHEETS.baseline)!;
    const model = {
      ...blank,
      sheets: blank.sheets.map((s) => (s.name === DRILL2_SHEETS.baseline ? baselineSheet : s)),
    };
    expect(codes(checkDrill2(model))).toEqual([
      "forecast-missing",
      "forecast-missing",
      "forecast-missing",
      "forecast-missing",
      "forecast-missing",
      "discount-revenue-remaining",
    ]);
  });

  it("checkWorkbook runs the drill-2 rules on a drill-2 workbook", () => {
    expect(checkWorkbook(reference)).toEqual({ kind: "checked", drills: ["2"], findings: [] });
  });
});
