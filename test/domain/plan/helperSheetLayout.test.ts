import {
  bridgeHelper,
  HelperSheetLayout,
  listPlacement,
} from "../../../src/domain/plan/helperSheetLayout";
import type { PlanChart } from "../../../src/domain/plan/workbookPlan";

const chart = (source: string): PlanChart => ({
  kind: "waterfall",
  title: "AOV bridge",
  source,
  at: "E2",
  widthCells: 6,
  heightCells: 12,
});

describe("listPlacement", () => {
  it("keeps a short plain list inline", () => {
    expect(listPlacement(["midpoint", "mix-first"])).toBe("inline");
    expect(listPlacement(["x".repeat(255)])).toBe("inline");
  });

  it("sends a list over 255 characters, or one whose values hold a comma or a quote, to a helper column", () => {
    expect(listPlacement(["x".repeat(256)])).toBe("helper");
    expect(listPlacement(["Paris, France", "Lyon"])).toBe("helper");
    expect(listPlacement(['the "best"'])).toBe("helper");
  });
});

describe("bridgeHelper", () => {
  const laid = bridgeHelper(chart("'D1 Work'!$A$10:$B$13"), "D1 Chart data", 1);

  it("puts labels and the four plotted series in A:E, and what they are computed from in F:G", () => {
    expect(laid.block.at).toBe("A1");
    expect(laid.block.rows[0]?.map((cell) => cell.value).join(" ")).toBe(
      "Bridge Base Down Up Total Value Level"
    );
    expect(laid.chartRange).toBe("'D1 Chart data'!$A$1:$E$5");
    expect(laid.series).toEqual({
      categories: "'D1 Chart data'!$A$2:$A$5",
      base: "'D1 Chart data'!$B$2:$B$5",
      down: "'D1 Chart data'!$C$2:$C$5",
      up: "'D1 Chart data'!$D$2:$D$5",
      total: "'D1 Chart data'!$E$2:$E$5",
    });
    expect(laid.nextRow).toBe(7);
  });

  it("reads each value error-tolerantly and carries the level from row to row", () => {
    const [, start, mix] = laid.block.rows;
    expect(start?.map((cell) => cell.formula ?? cell.value)).toEqual([
      "=\"\"&'D1 Work'!$A$10",
      0,
      0,
      0,
      "=F2",
      "=IFERROR(N('D1 Work'!$B$10),0)",
      "=F2",
    ]);
    expect(mix?.map((cell) => cell.formula ?? cell.value)).toEqual([
      "=\"\"&'D1 Work'!$A$11",
      "=MIN(G2,G3)",
      "=MAX(-F3,0)",
      "=MAX(F3,0)",
      0,
      "=IFERROR(N('D1 Work'!$B$11),0)",
      "=G2+F3",
    ]);
  });

  it("refuses a source that is not two columns of at least two rows", () => {
    expect(() => bridgeHelper(chart("'D1 Work'!$A$10:$C$13"), "H", 1)).toThrow(/two columns/);
    expect(() => bridgeHelper(chart("'D1 Work'!$A$10:$B$10"), "H", 1)).toThrow(/two columns/);
    expect(() => bridgeHelper(chart("A10:B13"), "H", 1)).toThrow(/one range on one sheet/);
  });
});

describe("HelperSheetLayout", () => {
  it("is no sheet until something needs it", () => {
    expect(new HelperSheetLayout("Helpers").sheet()).toBeUndefined();
  });

  it("stacks charts from A1 down and lists one column each from column I, on a hidden sheet", () => {
    const helpers = new HelperSheetLayout("Bob's helpers");
    helpers.addChart(chart("'D1 Work'!$A$10:$B$13"));
    const second = helpers.addChart(chart("'D1 Work'!$A$20:$B$22"));
    const first = helpers.addList(["a", "b", "c"]);
    const next = helpers.addList(["d"]);
    const sheet = helpers.sheet();

    expect(second.block.at).toBe("A7");
    expect(first).toBe("'Bob''s helpers'!$I$1:$I$3");
    expect(next).toBe("'Bob''s helpers'!$J$1");
    expect(sheet?.hidden).toBe(true);
    expect(sheet?.blocks.map((block) => block.at)).toEqual(["A1", "A7", "I1", "J1"]);
  });
});
