import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkDrill1 } from "../../../../src/domain/check/drill1/checkDrill1";
import { drill1Truth } from "../../../../src/domain/check/drill1/drill1Truth";
import { buildDrill1Plan } from "../../../../src/domain/drills/drill1/buildDrill1Plan";
import { D1_CONTROL_NAMES } from "../../../../src/domain/drills/drill1/drill1Contract";
import { D1_DATA_SHEET } from "../../../../src/domain/drills/drill1/drill1Layout";
import type { Finding, WorkbookModel } from "../../../../src/domain/model/workbookModel";
import type { WorkbookPlan } from "../../../../src/domain/plan/workbookPlan";
import { splitSheetRef } from "../../../../src/domain/sheet/sheetRef";
import { readXlsx } from "../../../../src/xlsx/readXlsx";
import { writeXlsx } from "../../../../src/xlsx/writeXlsx";
import { recalculateWithLibreOffice } from "../../../support/libreoffice";
import { addressOf } from "../../../fixtures/check/drill1/namedValues";

// Drill 1's tier table and control totals on real files, recalculated by LibreOffice headless: the
// control totals compute in a blank workbook, and an order value edited in D1 Data is caught by
// them (the check never reads D1 Data). Needs `soffice`.

const TIMEOUT = 300_000;
let dir: string;
const models = new Map<string, WorkbookModel>();

/**
 * The answer key with one cell of the first order row changed in D1 Data, as a user might: by
 * default its USD value (column J, the tenth) raised by $100.
 */
function withEditedOrder(
  plan: WorkbookPlan,
  column = 9,
  change: (value: unknown) => unknown = (value) => (value as number) + 100
): WorkbookPlan {
  const sheets = plan.sheets.map((sheet) => {
    if (sheet.name !== D1_DATA_SHEET) return sheet;
    const blocks = sheet.blocks.map((block) => {
      if (block.at !== "A5") return block;
      const rows = block.rows.map((row, i) => {
        if (i !== 1) return row;
        return row.map((cell, c) =>
          c === column ? { ...cell, value: change(cell.value) as string | number } : cell
        );
      });
      return { ...block, rows };
    });
    return { ...sheet, blocks };
  });
  return { ...plan, sheets };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "maison-d1-legwork-"));
  const plans: Record<string, WorkbookPlan> = {
    blank: buildDrill1Plan({ seed: 0, mode: "blank", target: "file" }),
    edited: withEditedOrder(buildDrill1Plan({ seed: 0, mode: "answer-key", target: "file" })),
    // Column D (the fourth) holds the tier: the first order moves to another tier, totals unchanged.
    moved: withEditedOrder(
      buildDrill1Plan({ seed: 0, mode: "answer-key", target: "file" }),
      3,
      (tier) => (tier === "Ready-to-wear & shoes" ? "Core leather goods" : "Ready-to-wear & shoes")
    ),
  };
  await Promise.all(
    Object.entries(plans).map(async ([key, plan]) => {
      const file = join(dir, `${key}.xlsx`);
      writeFileSync(file, await writeXlsx([plan]));
      const recalculated = await recalculateWithLibreOffice(file, join(dir, `out-${key}`));
      models.set(key, await readXlsx(readFileSync(recalculated)));
    })
  );
}, TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe("drill 1 recalculated by LibreOffice", () => {
  it("a blank workbook's control totals compute to the seed's truth", () => {
    const model = models.get("blank")!;
    const truth = drill1Truth(0);
    for (const { name } of D1_CONTROL_NAMES) {
      const [lq, tq] = [0, 1].map((i) => {
        const ref = splitSheetRef(addressOf(model, name, i));
        return model.sheets.find((s) => s.name === ref?.sheet)?.cells.get(ref?.range ?? "")?.value;
      });
      expect([name, lq, tq]).toEqual([name, ...truth.controls[name]]);
    }
  });

  it("a blank workbook asks for the tier table, and nothing says the raw rows moved", () => {
    const found = codes(checkDrill1(models.get("blank")!));
    expect(found).toContain("tier-table-missing");
    for (const code of ["raw-data-edited", "tier-table-unverified", "non-numeric"]) {
      expect(found).not.toContain(code);
    }
  });

  it("an order value edited in D1 Data is raw-data-edited on the revenue total, nothing more", () => {
    const findings = checkDrill1(models.get("edited")!);
    expect(codes(findings)).toEqual(["raw-data-edited"]);
    const model = models.get("edited")!;
    expect(findings[0]?.cells).toHaveLength(1);
    expect([
      addressOf(model, "D1_ControlRevenue", 0),
      addressOf(model, "D1_ControlRevenue", 1),
    ]).toContain(findings[0]?.cells[0]);
  });

  it("an order moved to another tier is raw-data-edited on the tier checksum, not a candidate's mismatch", () => {
    const model = models.get("moved")!;
    const findings = checkDrill1(model);
    expect(codes(findings)).toEqual(["raw-data-edited"]);
    expect(findings[0]?.cells).toEqual([addressOf(model, "D1_ControlTiers", 0)]);
  });
});
