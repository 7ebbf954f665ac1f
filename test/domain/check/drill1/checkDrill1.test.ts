import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import { namesOfRole, nameShape } from "../../../../src/domain/drills/contract/drillContract";
import { DRILL1_CONTRACT } from "../../../../src/domain/drills/drill1/drill1Contract";
import type { Finding, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import {
  buildDrill1CheckModel,
  drill1Truth,
} from "../../../fixtures/check/drill1/buildDrill1CheckModel";
import { addressOf } from "../../../fixtures/check/drill1/namedValues";
import { setName } from "../../../fixtures/check/editModel";

const truth = drill1Truth(0);
const aov = truth.aov.byMethod;
const st = truth.st.byMethod;
const reference = buildDrill1CheckModel();
const at = (name: string, index?: number) => addressOf(reference, name, index);

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");

describe("drill 1 answer key", () => {
  it("gives no finding for the answer key of seed 0 (midpoint, coach's moves and diagnosis)", () => {
    expect(checkDrill1(reference)).toEqual([]);
  });

  it.each(["mix-first", "rate-first", "three-way"] as const)(
    "gives no error when the whole bridge is worked with %s and says so",
    (method) => {
      expect(errors(checkDrill1(buildDrill1CheckModel({}, { method })))).toEqual([]);
    }
  );

  it("gives no error for a drawn variant's answer key (seed 4242)", () => {
    expect(errors(checkDrill1(buildDrill1CheckModel({}, { seed: 4242 })))).toEqual([]);
  });

  it("does not change the model it checks", () => {
    const model = buildDrill1CheckModel({ D1_AOVMix: -150 });
    const before = JSON.stringify([...model.sheets[1]!.cells.entries()]);
    checkDrill1(model);
    expect(JSON.stringify([...model.sheets[1]!.cells.entries()])).toBe(before);
  });
});

describe("missing-range", () => {
  it("fires on the drill's sheet when an answer name was deleted", () => {
    const findings = checkDrill1(setName(reference, "D1_AOVMix", undefined));
    const missing = only(findings, "missing-range");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain("D1_AOVMix");
    expect(missing[0]?.cells).toEqual(["'D1 Work'!A1"]);
  });

  it("fires on the found range when a tier given no longer has the tier table's length", () => {
    const names = new Map(reference.names);
    names.set("D1_SOLDTQ", {
      name: "D1_SoldTQ",
      refersTo: "'D1 Work'!$M$21:$M$23",
      target: { sheet: "D1 Work", range: "M21:M23" },
    });
    const missing = only(checkDrill1({ ...reference, names }), "missing-range");
    expect(missing.map((f) => f.cells)).toEqual([["'D1 Work'!M21:M23"]]);
  });

  it("does not fire when every name is there", () => {
    expect(only(checkDrill1(reference), "missing-range")).toEqual([]);
  });
});

describe("non-numeric", () => {
  it("fires on a tier given that shows an error value", () => {
    const orders = [...truth.tiers.ordersTQ];
    const model = buildDrill1CheckModel({
      D1_OrdersTQ: [orders[0]!, { error: "#REF!" }, orders[2]!, orders[3]!],
    });
    const found = only(checkDrill1(model), "non-numeric");
    expect(found.map((f) => f.cells)).toEqual([[at("D1_OrdersTQ", 1)]]);
    expect(found[0]?.message).toContain("#REF!");
  });

  it("fires on an effect typed as text", () => {
    const found = only(
      checkDrill1(buildDrill1CheckModel({ D1_AOVMix: "about -200" })),
      "non-numeric"
    );
    expect(found.map((f) => f.cells)).toEqual([[at("D1_AOVMix")]]);
  });

  it("does not fire on numbers", () => {
    expect(only(checkDrill1(reference), "non-numeric")).toEqual([]);
  });
});

describe("givens-invalid", () => {
  it("fires when units sold at full price exceed units received in a tier", () => {
    const sold = [...truth.tiers.soldTQ];
    sold[0] = truth.tiers.receivedTQ[0]! + 10;
    const found = only(checkDrill1(buildDrill1CheckModel({ D1_SoldTQ: sold })), "givens-invalid");
    expect(found.map((f) => f.cells)).toEqual([[at("D1_SoldTQ")]]);
    expect(found[0]?.message).toContain("D1_SoldTQ");
  });

  it("does not fire on the real givens", () => {
    expect(only(checkDrill1(reference), "givens-invalid")).toEqual([]);
  });
});

describe("method-missing and method-unknown", () => {
  it("method-missing fires on an empty D1_Method and names the method the numbers match", () => {
    const found = checkDrill1(buildDrill1CheckModel({ D1_Method: null }));
    expect(codes(found)).toEqual(["method-missing"]);
    expect(found[0]?.cells).toEqual([at("D1_Method")]);
    expect(found[0]?.message).toContain("match midpoint");
  });

  it("method-unknown fires on text that is not a method", () => {
    const found = checkDrill1(buildDrill1CheckModel({ D1_Method: "average of both" }));
    expect(codes(found)).toEqual(["method-unknown"]);
    expect(found[0]?.cells).toEqual([at("D1_Method")]);
    expect(found[0]?.message).toContain('"average of both"');
  });

  it("accepts a method typed in another case, with spaces, or as Shapley", () => {
    for (const typed of ["MidPoint", " MIDPOINT ", "Shapley"]) {
      expect(checkDrill1(buildDrill1CheckModel({ D1_Method: typed }))).toEqual([]);
    }
    const mixFirst = buildDrill1CheckModel({ D1_Method: "Mix first" }, { method: "mix-first" });
    expect(errors(checkDrill1(mixFirst))).toEqual([]);
  });
});

describe("bridge-missing", () => {
  it("fires on the empty effect cells", () => {
    const found = checkDrill1(buildDrill1CheckModel({ D1_AOVRate: null, D1_STMix: null }));
    expect(only(found, "bridge-missing").map((f) => f.cells)).toEqual([
      [at("D1_AOVRate")],
      [at("D1_STMix")],
    ]);
    expect(only(found, "bridge-mismatch")).toEqual([]);
  });

  it("does not fire for an empty interaction under a two-factor method", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_AOVInteraction: null, D1_STInteraction: null })
    );
    expect(found).toEqual([]);
  });
});

describe("bridge-mismatch", () => {
  it("names mix-first numbers entered with midpoint chosen, with expected and given values", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_STMix: st["mix-first"].mix, D1_STRate: st["mix-first"].rate })
    );
    const mismatch = only(found, "bridge-mismatch");
    expect(mismatch.map((f) => f.cells)).toEqual([[at("D1_STMix"), at("D1_STRate")]]);
    expect(mismatch[0]?.message).toContain("mix-first numbers");
    expect(mismatch[0]?.message).toContain(
      `should be -${(-st.midpoint.mix * 100).toFixed(2)} points`
    );
    expect(mismatch[0]?.message).toContain(
      `not -${(-st["mix-first"].mix * 100).toFixed(2)} points`
    );
    expect(only(found, "bridge-doesnt-close")).toEqual([]);
  });

  it("names swapped mix and rate", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_AOVMix: aov.midpoint.rate, D1_AOVRate: aov.midpoint.mix })
    );
    const mismatch = only(found, "bridge-mismatch");
    expect(mismatch.map((f) => f.cells)).toEqual([[at("D1_AOVMix"), at("D1_AOVRate")]]);
    expect(mismatch[0]?.message).toMatch(/swapped/);
  });

  it("names sell-through effects typed as points instead of percentages", () => {
    const found = checkDrill1(buildDrill1CheckModel({ D1_STMix: st.midpoint.mix * 100 }));
    const mismatch = only(found, "bridge-mismatch");
    expect(mismatch.map((f) => f.cells)).toEqual([[at("D1_STMix")]]);
    expect(mismatch[0]?.message).toContain("typed as points");
  });

  it("names reversed signs", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_AOVMix: -aov.midpoint.mix, D1_AOVRate: -aov.midpoint.rate })
    );
    expect(only(found, "bridge-mismatch")[0]?.message).toContain("signs are reversed");
  });

  it("with three-way chosen, an interaction left out (mix-first numbers) is named", () => {
    const found = checkDrill1(
      buildDrill1CheckModel(
        { D1_AOVRate: aov["mix-first"].rate, D1_AOVInteraction: null },
        { method: "three-way" }
      )
    );
    const mismatch = only(found, "bridge-mismatch");
    expect(mismatch.map((f) => f.cells)).toEqual([[at("D1_AOVRate"), at("D1_AOVInteraction")]]);
    expect(mismatch[0]?.message).toContain("mix-first numbers");
  });

  it("flags an interaction entered under a two-factor method", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({
        D1_STRate: st.midpoint.rate - 0.003,
        D1_STInteraction: 0.003,
      })
    );
    const mismatch = only(found, "bridge-mismatch");
    expect(mismatch.map((f) => f.cells)).toEqual([[at("D1_STRate"), at("D1_STInteraction")]]);
    expect(mismatch[0]?.message).toContain("three-way method only");
  });

  it("stays silent within the tolerance ($1, 0.1 point)", () => {
    const model = buildDrill1CheckModel({
      D1_AOVMix: aov.midpoint.mix + 0.9,
      D1_AOVRate: aov.midpoint.rate - 0.9,
      D1_STMix: st.midpoint.mix + 0.0009,
      D1_STRate: st.midpoint.rate - 0.0009,
    });
    expect(checkDrill1(model)).toEqual([]);
  });

  it("fires just outside the tolerance", () => {
    const model = buildDrill1CheckModel({ D1_AOVMix: aov.midpoint.mix + 1.2 });
    const found = checkDrill1(model);
    expect(only(found, "bridge-mismatch").map((f) => f.cells)).toEqual([[at("D1_AOVMix")]]);
    expect(codes(found)).toEqual(["bridge-mismatch", "bridge-doesnt-close"]);
  });
});

describe("bridge-doesnt-close", () => {
  it("fires when Start + effects leaves part of the change unexplained", () => {
    const found = only(
      checkDrill1(buildDrill1CheckModel({ D1_AOVRate: aov.midpoint.rate + 30 })),
      "bridge-doesnt-close"
    );
    expect(found.map((f) => f.cells)).toEqual([[at("D1_AOVMix"), at("D1_AOVRate")]]);
    expect(found[0]?.message).toContain("$1,800.00");
    expect(found[0]?.message).toContain("-$30.00 of the change");
  });

  it("does not fire when the effects close, even in the wrong order", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_AOVMix: aov.midpoint.rate, D1_AOVRate: aov.midpoint.mix })
    );
    expect(only(found, "bridge-doesnt-close")).toEqual([]);
  });
});

describe("moves-missing and diagnosis-missing", () => {
  it("moves-missing fires on the empty move cells", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({ D1_Moves: ["Icons first on the homepage.", null, "  "] })
    );
    expect(only(found, "moves-missing").map((f) => f.cells)).toEqual([
      [at("D1_Moves", 1), at("D1_Moves", 2)],
    ]);
  });

  it("diagnosis-missing fires on an empty diagnosis", () => {
    const found = checkDrill1(buildDrill1CheckModel({ D1_Diagnosis: null }));
    expect(only(found, "diagnosis-missing").map((f) => f.cells)).toEqual([[at("D1_Diagnosis")]]);
  });
});

describe("discount-lever and mass-dtc-lever", () => {
  it("quotes the discount phrases and the mass-DTC tactics in each move and in the diagnosis", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({
        D1_Moves: [
          "Flash sale on entry SLG with a 15% off influencer code",
          "Retargeting and remarketing on abandoned carts",
          "Move icons to a marketplace",
        ],
        D1_Diagnosis: "AOV fell because we stopped the markdown; add a coupon.",
      })
    );
    const discount = only(found, "discount-lever");
    expect(discount.map((f) => f.cells)).toEqual([[at("D1_Moves", 0)], [at("D1_Diagnosis")]]);
    expect(discount[0]?.message).toContain('"Flash sale"');
    expect(discount[0]?.message).toContain('"15% off"');
    // The diagnosis cites the markdown as a cause (and its removal): only the coupon is proposed.
    expect(discount[1]?.message).toContain('"coupon"');
    expect(discount[1]?.message).not.toContain('"markdown"');
    const massDtc = only(found, "mass-dtc-lever");
    expect(massDtc.map((f) => f.cells)).toEqual([
      [at("D1_Moves", 0)],
      [at("D1_Moves", 1)],
      [at("D1_Moves", 2)],
    ]);
    expect(massDtc[0]?.message).toContain('"influencer code"');
    expect(massDtc[1]?.message).toContain('"Retargeting"');
    expect(massDtc[1]?.message).toContain('"remarketing"');
    expect(massDtc[2]?.message).toContain('"marketplace"');
    expect([...discount, ...massDtc].every((f) => f.severity === "error")).toBe(true);
  });

  it("flags look-alikes of negation and disguised discounts the old word list let pass", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({
        D1_Moves: [
          "Don't-miss 20% discount on icons for returning clients",
          "15% courtesy for VICs who order online",
          "Friends & family pricing week in November",
        ],
      })
    );
    expect(only(found, "discount-lever").map((f) => f.cells)).toEqual([
      [at("D1_Moves", 0)],
      [at("D1_Moves", 1)],
      [at("D1_Moves", 2)],
    ]);
  });

  it("does not fire on service moves, sales language or a discount ruled out", () => {
    const found = checkDrill1(
      buildDrill1CheckModel({
        D1_Moves: [
          "Icons lead the homepage and navigation; no discounts, ever.",
          "Save-the-cart for SAs with attribution; point of sale data in Salesforce.",
          "Sale of an icon by appointment, with a private viewing in the digital salon.",
        ],
      })
    );
    expect(only(found, "discount-lever")).toEqual([]);
    expect(only(found, "mass-dtc-lever")).toEqual([]);
  });
});

describe("robustness", () => {
  const empty: WorkbookModel = { sheets: [], names: new Map(), formulaValuesKnown: true };

  it("never throws, and every finding has a cell, on an empty workbook", () => {
    const found = checkDrill1(empty);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.cells.length > 0 && f.cells.every((c) => c !== ""))).toBe(true);
  });

  it("the blank template (nothing filled) gives clear findings, not a crash", () => {
    // Every cell the candidate fills, by the contract, left empty.
    const empty = namesOfRole(DRILL1_CONTRACT, "answer").map((n) => {
      const { rows, columns } = nameShape(DRILL1_CONTRACT, n.name);
      const cells = rows * columns;
      return [n.name, cells === 1 ? null : Array<null>(cells).fill(null)] as const;
    });
    expect(empty.map(([name]) => name)).toContain("D1_AOVInteraction");
    const blank = buildDrill1CheckModel(Object.fromEntries(empty));
    expect(codes(checkDrill1(blank))).toEqual([
      "method-missing",
      "bridge-missing",
      "bridge-missing",
      "aov-currency-missing",
      "moves-missing",
      "diagnosis-missing",
    ]);
  });
});

describe("registration", () => {
  it("checkWorkbook runs the drill-1 rules on a drill-1 workbook", () => {
    expect(checkWorkbook(reference)).toEqual({ kind: "checked", drills: ["1"], findings: [] });
    const result = checkWorkbook(buildDrill1CheckModel({ D1_Method: null }));
    expect(result.kind === "checked" && codes(result.findings)).toEqual(["method-missing"]);
  });
});

describe("the currency effect (D1_AOVCurrency)", () => {
  const currencyAt = at("D1_AOVCurrency");
  const check = (value: unknown, seed = 0) =>
    only(
      checkDrill1(buildDrill1CheckModel({ D1_AOVCurrency: value as never }, { seed })),
      "aov-currency-mismatch"
    );

  it("is negative for seed 0: the dollar strengthened, local prices held", () => {
    expect(truth.currency).toBeLessThan(-10);
  });

  it("passes within $1 of the truth and fails just outside it, on the answer cell", () => {
    expect(check(truth.currency + 0.99)).toEqual([]);
    const off = check(truth.currency + 1.01);
    expect(off.map((f) => [f.code, f.severity, f.cells])).toEqual([
      ["aov-currency-mismatch", "error", [currencyAt]],
    ]);
    expect(off[0]?.message).toMatch(/should be -\$\d+\.\d\d per order/);
  });

  it("names the slip: a reversed sign, or the revenue effect instead of the AOV's", () => {
    expect(check(-truth.currency)[0]?.message).toMatch(/sign is reversed/);
    const orders = truth.tiers.ordersTQ.reduce((a, b) => a + b, 0);
    expect(check(truth.currency * orders)[0]?.message).toMatch(/divide by this quarter's orders/);
  });

  it("asks for it when empty, and for a number when it holds text", () => {
    const empty = checkDrill1(buildDrill1CheckModel({ D1_AOVCurrency: null }));
    expect(only(empty, "aov-currency-missing").map((f) => f.cells)).toEqual([[currencyAt]]);
    const text = checkDrill1(buildDrill1CheckModel({ D1_AOVCurrency: "about -20" }));
    expect(only(text, "non-numeric").map((f) => f.cells)).toEqual([[currencyAt]]);
  });

  it("is not judged against the seed once the control totals show edited raw rows", () => {
    const edited = checkDrill1(
      buildDrill1CheckModel({ D1_AOVCurrency: 0, D1_ControlRevenue: [1, 2] })
    );
    expect(codes(edited)).toContain("raw-data-edited");
    expect(codes(edited)).not.toContain("aov-currency-mismatch");
  });

  it("checks a drawn variant against its own currency move", () => {
    const variant = drill1Truth(4242);
    expect(check(variant.currency, 4242)).toEqual([]);
    expect(check(variant.currency - 5, 4242)).toHaveLength(1);
  });
});
