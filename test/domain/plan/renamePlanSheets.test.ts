import fc from "fast-check";
import { placePlan } from "../../../src/domain/plan/placePlan";
import { renamePlanSheets, renameSheetReferences } from "../../../src/domain/plan/renamePlanSheets";
import { renameTableReferences } from "../../../src/domain/plan/renamePlanTables";
import { uniqueSheetName, uniqueTableName } from "../../../src/domain/plan/uniqueSheetName";
import { sampleDrillPlan } from "../../support/samplePlans";

describe("renameSheetReferences", () => {
  const renames = { "D1 Data": "D1 Data (2)", Review: "Review (2)" };

  it("rewrites quoted and unquoted sheet-qualified references, case-insensitively", () => {
    expect(renameSheetReferences("=SUM('D1 Data'!C4:C9)+'d1 data'!$A$1", renames)).toBe(
      "=SUM('D1 Data (2)'!C4:C9)+'D1 Data (2)'!$A$1"
    );
    expect(renameSheetReferences("=Review!A1&REVIEW!B2", renames)).toBe(
      "='Review (2)'!A1&'Review (2)'!B2"
    );
    expect(renameSheetReferences("#'D1 Data'!C10", renames)).toBe("#'D1 Data (2)'!C10");
  });

  it("leaves string literals, other sheets and look-alike words alone", () => {
    expect(renameSheetReferences("=\"'D1 Data'!A1 \"&'D1 Work'!A1&Review", renames)).toBe(
      "=\"'D1 Data'!A1 \"&'D1 Work'!A1&Review"
    );
    expect(renameSheetReferences("=MyReview!A1", renames)).toBe("=MyReview!A1");
  });

  it("doubles apostrophes in new names", () => {
    expect(renameSheetReferences("='D1 Data'!A1", { "D1 Data": "Coach's copy" })).toBe(
      "='Coach''s copy'!A1"
    );
    expect(renameSheetReferences("='Coach''s copy'!A1", { "Coach's copy": "X" })).toBe("='X'!A1");
  });

  it("is the identity for any text when nothing is renamed, or the rename is to the same name", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(renameSheetReferences(text, {})).toBe(text);
        expect(renameSheetReferences(text, { "D1 Data": "D1 Data" })).toBe(text);
      }),
      { numRuns: 200 }
    );
  });
});

describe("renamePlanSheets", () => {
  it("renames sheets and rewrites formulas, links, names and chart sources without mutating the plan", () => {
    const plan = sampleDrillPlan(0);
    const before = JSON.stringify(plan);
    const renamed = renamePlanSheets(plan, { "S Data": "S Data (2)", "S Work": "S Work (2)" });
    expect(JSON.stringify(plan)).toBe(before);
    expect(renamed.sheets.map((sheet) => sheet.name)).toEqual([
      "S Data (2)",
      "S Work (2)",
      "S Kept",
    ]);
    const work = renamed.sheets[1];
    expect(work?.blocks[0]?.rows[3]?.[1]?.formula).toBe(
      "=COUNTIFS('S Data (2)'!$C$2:$C$41,\"LQ\")"
    );
    expect(work?.blocks[0]?.rows[8]?.[0]?.link).toBe("#'S Data (2)'!A1");
    expect(work?.charts?.[0]?.source).toBe("'S Work (2)'!$A$12:$B$15");
    expect(renamed.sheets[2]?.blocks[0]?.rows[0]?.[1]?.formula).toBe("='S Work (2)'!B5*2");
    expect(renamed.names.map((name) => name.refersTo)).toEqual([
      "'S Work (2)'!$B$4",
      "'S Work (2)'!$B$5:$B$6",
      "'S Work (2)'!$B$7",
      "'S Data (2)'!$D$2:$D$41",
    ]);
  });

  it("returns the same plan when there is nothing to rename", () => {
    const plan = sampleDrillPlan(0);
    expect(renamePlanSheets(plan, {})).toBe(plan);
  });
});

describe("uniqueSheetName / uniqueTableName", () => {
  it("keeps a free name and numbers a taken one, ignoring case", () => {
    expect(uniqueSheetName([], "D1 Data")).toBe("D1 Data");
    expect(uniqueSheetName(["D1 Data", "D1 Work"], "D1 Data")).toBe("D1 Data (2)");
    expect(uniqueSheetName(["D1 Data", "d1 data (2)"], "D1 Data")).toBe("D1 Data (3)");
    expect(uniqueTableName(["D1Orders"], "d1orders")).toBe("d1orders_2");
    expect(uniqueTableName([], "D1Orders")).toBe("D1Orders");
  });

  it("never returns a taken name and stays within Excel's 31 characters", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 31 }), { maxLength: 20 }),
        fc.string({ minLength: 1, maxLength: 31 }),
        (existing, wanted) => {
          const name = uniqueSheetName(existing, wanted);
          expect(existing.map((e) => e.toUpperCase())).not.toContain(name.toUpperCase());
          expect(name.length).toBeLessThanOrEqual(31);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe("placePlan", () => {
  it("renames only what collides and reports what the workbook then holds", () => {
    const placed = placePlan(sampleDrillPlan(0), {
      sheets: ["S Data", "Summary"],
      tables: ["SOrders"],
    });
    expect(placed.sheetRenames).toEqual({ "S Data": "S Data (2)" });
    expect(placed.tableRenames).toEqual({ SOrders: "SOrders_2" });
    expect(placed.plan.sheets[0]?.tables?.[0]?.name).toBe("SOrders_2");
    expect(placed.plan.sheets[1]?.blocks[0]?.rows[5]?.[1]?.formula).toContain("SOrders_2[Revenue]");
    expect(placed.occupied.sheets).toEqual(["S Data", "Summary", "S Data (2)", "S Work", "S Kept"]);
    expect(placed.occupied.tables).toEqual(["SOrders", "SOrders_2"]);
  });

  it("rewrites structured references outside strings only", () => {
    const lookup = new Map([["ORDERS", "Orders_2"]]);
    expect(renameTableReferences('=SUM(Orders[Revenue])&"Orders[x]"&MyOrders[y]', lookup)).toBe(
      '=SUM(Orders_2[Revenue])&"Orders[x]"&MyOrders[y]'
    );
    expect(renameTableReferences("=Orders[[#Headers],[Orders]]", lookup)).toBe(
      "=Orders_2[[#Headers],[Orders]]"
    );
  });
});
