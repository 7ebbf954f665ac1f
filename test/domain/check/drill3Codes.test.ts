import { checkWorkbook } from "../../../src/domain/check/checkWorkbook";
import type { CheckResult, Finding } from "../../../src/domain/model/workbookModel";
import { DRILL3_FIXTURES } from "../../fixtures/check/drill3Fixtures";

function findingsOf(result: CheckResult): Finding[] {
  if (result.kind !== "checked") throw new Error(`expected a checked workbook, got ${result.kind}`);
  return result.findings;
}

const uniqueSorted = (cells: string[]) => [...new Set(cells)].sort();

describe("drill-3 codes: each fixture triggers its code on the right cells", () => {
  it.each(DRILL3_FIXTURES.map((f) => [f.code, f.title, f] as const))(
    "%s — %s",
    (_code, _title, fixture) => {
      const findings = findingsOf(checkWorkbook(fixture.model()));
      const mine = findings.filter((f) => f.code === fixture.code);
      expect(mine.length).toBeGreaterThan(0);
      expect(uniqueSorted(mine.flatMap((f) => f.cells))).toEqual(uniqueSorted(fixture.cells));
      for (const text of fixture.says ?? []) {
        expect(mine.map((f) => f.message).join("\n")).toContain(text);
      }
      const allowed = new Set([fixture.code, ...(fixture.alsoFires ?? [])]);
      const falseAlarms = findings.filter((f) => f.severity !== "info" && !allowed.has(f.code));
      expect(falseAlarms).toEqual([]);
    }
  );

  it("covers every drill-3 code of PRODUCT.md section 4", () => {
    const spec = [
      "missing-range",
      "non-numeric",
      "typed-output",
      "constant-in-formula",
      "inconsistent-formula",
      "share-mismatch",
      "levers-dont-sum",
      "baseline-mismatch",
      "share-out-of-range",
      "rollout-exceeds-dos",
      "rollout-too-fast",
      "capacity-exceeded",
      "jump-too-large",
      "conversion-implausible",
      "no-attribution",
      "click-to-dos-counted-digital",
      "discount-lever",
      "mass-dtc-lever",
      "total-revenue-drop",
      "target-met",
      "target-missed",
    ];
    const covered = new Set(DRILL3_FIXTURES.map((f) => f.code));
    expect(spec.filter((code) => !covered.has(code))).toEqual([]);
  });
});
