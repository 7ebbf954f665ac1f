import { checkWorkbook } from "../../../../src/domain/check/checkWorkbook";
import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import { DRILL1_TIERS } from "../../../../src/domain/drills/drill1/drill1Catalogue";
import { D1_TIER_GIVENS } from "../../../../src/domain/drills/drill1/drill1Contract";
import {
  DRILL1_GENERATOR_VERSION,
  generateDrill1Data,
} from "../../../../src/domain/drills/drill1/generateDrill1Data";
import type { Finding } from "../../../../src/domain/model/workbookModel";
import {
  buildDrill1CheckModel,
  drill1Truth,
} from "../../../fixtures/check/drill1/buildDrill1CheckModel";
import { addressOf } from "../../../fixtures/check/drill1/namedValues";
import { setName } from "../../../fixtures/check/editModel";

/**
 * The tier table against the generator's truth, and the control totals that vouch for the raw
 * rows: every fixture is the answer key with named cells edited, as Excel would show them.
 */

const truth = drill1Truth(0);
const reference = buildDrill1CheckModel();
const at = (name: string, index?: number) => addressOf(reference, name, index);
const RULE_CODES = [
  "tier-table-missing",
  "tier-table-mismatch",
  "raw-data-edited",
  "tier-table-unverified",
];
const ours = (findings: Finding[]) => findings.filter((f) => RULE_CODES.includes(f.code));
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

/** A column of the truth with one tier's figure changed. */
const edited = (column: readonly number[], tier: number, by: number): number[] =>
  column.map((x, i) => (i === tier ? x + by : x));

describe("answer keys", () => {
  it.each([0, 4242, 17, 90210, -3])(
    "seed %p passes the tier table and control totals clean",
    (seed) => {
      expect(ours(checkDrill1(buildDrill1CheckModel({}, { seed })))).toEqual([]);
    }
  );
});

describe("tier-table-mismatch", () => {
  it("fires on a wrong tier figure, with the expected and found values", () => {
    const model = buildDrill1CheckModel({ D1_OrdersTQ: edited(truth.tiers.ordersTQ, 2, 1) });
    const findings = only(checkDrill1(model), "tier-table-mismatch");
    expect(findings.map((f) => f.cells)).toEqual([[at("D1_OrdersTQ", 2)]]);
    expect(findings[0]?.severity).toBe("error");
    const expected = (truth.tiers.ordersTQ[2] as number).toLocaleString("en-US");
    const found = ((truth.tiers.ordersTQ[2] as number) + 1).toLocaleString("en-US");
    expect(findings[0]?.message).toContain(`should be ${expected}, it is ${found}`);
    expect(findings[0]?.message).toContain(DRILL1_TIERS[2]);
  });

  it("allows revenue within $1 and counts nothing off by a dollar; fires past it", () => {
    const near = buildDrill1CheckModel({ D1_RevenueLQ: edited(truth.tiers.revenueLQ, 0, 0.99) });
    expect(ours(checkDrill1(near))).toEqual([]);
    const far = buildDrill1CheckModel({ D1_RevenueLQ: edited(truth.tiers.revenueLQ, 0, 1.5) });
    expect(only(checkDrill1(far), "tier-table-mismatch").map((f) => f.cells)).toEqual([
      [at("D1_RevenueLQ", 0)],
    ]);
  });

  it("lists every differing cell in one finding", () => {
    const model = buildDrill1CheckModel({
      D1_SoldLQ: edited(truth.tiers.soldLQ, 1, -5),
      D1_ReceivedTQ: edited(truth.tiers.receivedTQ, 3, 10),
    });
    const findings = only(checkDrill1(model), "tier-table-mismatch");
    expect(findings.map((f) => f.cells)).toEqual([[at("D1_ReceivedTQ", 3), at("D1_SoldLQ", 1)]]);
  });
});

describe("raw-data-edited", () => {
  // One Icons & haute order of last quarter deleted from D1 Data: the control totals and the tier
  // table's formulas both show it, so the table matches the data but not the seed's truth.
  const order = generateDrill1Data(0).orders.find(
    (o) => o.quarter === "LQ" && o.tier === DRILL1_TIERS[0]
  )!;
  const [ordersLQ, ordersTQ] = [truth.tiers.ordersLQ, truth.tiers.ordersTQ].map((c) =>
    c.reduce((s, x) => s + x, 0)
  );
  const revenueLQ = truth.tiers.revenueLQ.reduce((s, x) => s + x, 0);
  const revenueTQ = truth.tiers.revenueTQ.reduce((s, x) => s + x, 0);
  const deleted = buildDrill1CheckModel({
    D1_OrdersLQ: edited(truth.tiers.ordersLQ, 0, -1),
    D1_RevenueLQ: edited(truth.tiers.revenueLQ, 0, -order.usd),
    D1_ControlOrders: [(ordersLQ as number) - 1, ordersTQ as number],
    D1_ControlRevenue: [revenueLQ - order.usd, revenueTQ],
  });

  it("fires on the control totals that moved, and the tier table is not judged", () => {
    const findings = checkDrill1(deleted);
    const edits = only(findings, "raw-data-edited");
    expect(edits.map((f) => f.cells)).toEqual([
      [at("D1_ControlOrders", 0), at("D1_ControlRevenue", 0)],
    ]);
    expect(edits[0]?.severity).toBe("error");
    expect(edits[0]?.message).toContain("cannot be judged");
    expect(only(findings, "tier-table-mismatch")).toEqual([]);
  });

  it("fires on an inventory edit too (units received)", () => {
    const model = buildDrill1CheckModel({
      D1_ControlReceived: [1, truth.tiers.receivedTQ.reduce((s, x) => s + x, 0)],
      D1_ReceivedLQ: edited(truth.tiers.receivedLQ, 0, 7),
    });
    const findings = checkDrill1(model);
    expect(only(findings, "raw-data-edited").map((f) => f.cells)).toEqual([
      [at("D1_ControlReceived", 0)],
    ]);
    expect(only(findings, "tier-table-mismatch")).toEqual([]);
  });

  it("fires when the stamped seed was changed (the totals belong to another variant)", () => {
    const findings = checkDrill1(buildDrill1CheckModel({ D1_Seed: 5 }));
    expect(only(findings, "raw-data-edited")).toHaveLength(1);
    expect(only(findings, "tier-table-mismatch")).toEqual([]);
  });

  it("a control total that is not a number is non-numeric, and the table is not judged", () => {
    const model = buildDrill1CheckModel({
      D1_ControlSold: [{ error: "#REF!" }, 1],
      D1_SoldTQ: edited(truth.tiers.soldTQ, 0, 3),
    });
    const findings = checkDrill1(model);
    expect(only(findings, "non-numeric").map((f) => f.cells)).toEqual([[at("D1_ControlSold", 0)]]);
    expect(ours(findings)).toEqual([]);
  });
});

describe("tier-table-missing", () => {
  const empty = (n: number) => Array<null>(n).fill(null);

  it("in a blank workbook, tells the candidate the table is theirs to build, in one finding", () => {
    const model = buildDrill1CheckModel({
      D1_Mode: "blank",
      D1_OrdersLQ: empty(4),
      D1_RevenueTQ: [null, 1, 2, 3],
    });
    const findings = checkDrill1(model);
    const missing = only(findings, "tier-table-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0]?.cells).toEqual([
      ...[0, 1, 2, 3].map((i) => at("D1_OrdersLQ", i)),
      at("D1_RevenueTQ", 0),
    ]);
    expect(missing[0]?.message).toMatch(
      /^5 of the tier table's 32 figures are empty\. The tier table is your legwork/
    );
    expect(missing[0]?.message).toContain("COUNTIFS");
    // Filled figures are still compared with the truth.
    expect(only(findings, "tier-table-mismatch").map((f) => f.cells)).toEqual([
      [1, 2, 3].map((i) => at("D1_RevenueTQ", i)),
    ]);
    expect(only(findings, "non-numeric")).toEqual([]);
  });

  it("passes clean a blank workbook whose candidate typed the right figures (a pivot's values pasted in)", () => {
    const typed = Object.fromEntries(
      D1_TIER_GIVENS.map(({ name, column }) => [name, [...truth.tiers[column]]])
    );
    const model = buildDrill1CheckModel({ D1_Mode: "blank", ...typed });
    expect(ours(checkDrill1(model))).toEqual([]);
  });

  it("in a starter workbook, says to restore the formulas", () => {
    const findings = checkDrill1(buildDrill1CheckModel({ D1_SoldLQ: empty(4) }));
    expect(only(findings, "tier-table-missing")[0]?.message).toContain("restore their formulas");
  });
});

describe("another generator version", () => {
  it("is said once, plainly, by the shared version check, and the tier table is not compared", () => {
    const model = buildDrill1CheckModel({
      D1_GeneratorVersion: "drill1-0.9.0",
      D1_OrdersLQ: edited(truth.tiers.ordersLQ, 0, 1),
      D1_ControlOrders: [1, 2],
    });
    expect(ours(checkDrill1(model))).toEqual([]);
    const result = checkWorkbook(model);
    const findings = result.kind === "checked" ? result.findings : [];
    const version = [...ours(findings), ...only(findings, "generator-version-mismatch")];
    expect(version.map((f) => [f.code, f.severity, f.cells])).toEqual([
      ["generator-version-mismatch", "warning", [at("D1_GeneratorVersion")]],
    ]);
    expect(version[0]?.message).toContain(`"drill1-0.9.0"`);
    expect(version[0]?.message).toContain(DRILL1_GENERATOR_VERSION);
    expect(version[0]?.message).toContain("tier table is not compared");
  });
});

describe("tier-table-unverified", () => {
  it("fires on a seed that is not a whole number, and without a stamp", () => {
    const typed = ours(checkDrill1(buildDrill1CheckModel({ D1_Seed: "seven" })));
    expect(typed.map((f) => [f.code, f.cells])).toEqual([
      ["tier-table-unverified", [at("D1_Seed")]],
    ]);
    const unstamped = ours(checkDrill1(setName(reference, "D1_Seed", undefined)));
    expect(unstamped.map((f) => [f.code, f.cells])).toEqual([
      ["tier-table-unverified", ["'D1 Work'!A1"]],
    ]);
  });
});
