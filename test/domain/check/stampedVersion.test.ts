import { checkWorkbook, type CheckedDrill } from "../../../src/domain/check/checkWorkbook";
import { readStampedVersion } from "../../../src/domain/check/stampedVersion";
import {
  compareGeneratorVersion,
  GENERATOR_VERSIONS,
} from "../../../src/domain/drills/generatorVersions";
import type { ModelValue, WorkbookModel } from "../../../src/domain/model/workbookModel";
import {
  ANSWER_KEY_MODELS,
  CHECKED_DRILLS,
  versionName,
} from "../../fixtures/check/answerKeyModels";
import { buildDrill1CheckModel } from "../../fixtures/check/drill1/buildDrill1CheckModel";
import { addressOf, withNamedValues } from "../../fixtures/check/drill1/namedValues";
import { setName } from "../../fixtures/check/editModel";

/**
 * Every drill's check honours the generator version its Drill info stamp names: another version
 * than this build writes gives one plain `generator-version-mismatch` on the stamp's cell, never a
 * silent verdict; a current or absent stamp gives none, and nothing crashes.
 */

function findings(model: WorkbookModel) {
  const result = checkWorkbook(model);
  if (result.kind !== "checked") throw new Error(`not checked: ${result.kind}`);
  return result.findings;
}

const stamped = (drill: CheckedDrill, version: ModelValue): WorkbookModel =>
  withNamedValues(ANSWER_KEY_MODELS[drill](), { [versionName(drill)]: version });

describe("compareGeneratorVersion", () => {
  it("takes this build's version (spaces around it aside) as current, anything else as another", () => {
    for (const drill of ["1", "2", "3", "kpi", "log"] as const) {
      const current = GENERATOR_VERSIONS[drill];
      expect(compareGeneratorVersion(drill, ` ${current} `)).toEqual({ kind: "current", current });
      expect(compareGeneratorVersion(drill, `${current}-old`)).toEqual({
        kind: "other",
        stamped: `${current}-old`,
        current,
      });
    }
    expect(compareGeneratorVersion("2", 2)).toMatchObject({ kind: "other", stamped: "2" });
    expect(compareGeneratorVersion("2", { error: "#REF!" })).toMatchObject({ stamped: "#REF!" });
    expect(compareGeneratorVersion("2", null)).toMatchObject({ kind: "other", stamped: "" });
  });
});

describe.each(CHECKED_DRILLS)("drill %s's check and its stamped generator version", (drill) => {
  const name = versionName(drill);

  it("says nothing about the version of a workbook this build wrote", () => {
    const model = ANSWER_KEY_MODELS[drill]();
    expect(readStampedVersion(model, drill)).toMatchObject({ kind: "current" });
    expect(findings(model).filter((f) => f.code === "generator-version-mismatch")).toEqual([]);
  });

  it("gives one plain warning on the stamp's cell for another version, naming both and what to do", () => {
    const model = stamped(drill, "old-1");
    const version = findings(model).filter((f) => f.code === "generator-version-mismatch");
    expect(version.map((f) => [f.severity, f.cells])).toEqual([
      ["warning", [addressOf(model, name)]],
    ]);
    expect(version[0]?.message).toContain(`"old-1"`);
    expect(version[0]?.message).toContain(`knows ${GENERATOR_VERSIONS[drill]} only`);
    expect(version[0]?.message).toMatch(
      /regenerate the workbook .* or use the maison-drills release/
    );
  });

  it("takes a typed-over stamp (a number, an error value, nothing) for another version", () => {
    for (const [value, shown] of [
      [3, "3"],
      [{ error: "#N/A" }, "#N/A"],
      [null, "nothing"],
    ] as const) {
      const version = findings(stamped(drill, value)).filter(
        (f) => f.code === "generator-version-mismatch"
      );
      expect(version).toHaveLength(1);
      expect(version[0]?.message).toContain(`generator version ${shown};`);
    }
  });

  it("judges a workbook without the version name as it stands, without a version finding", () => {
    const model = setName(ANSWER_KEY_MODELS[drill](), name, undefined);
    expect(readStampedVersion(model, drill)).toEqual({ kind: "unstamped" });
    const codes = findings(model).map((f) => f.code);
    expect(codes).not.toContain("generator-version-mismatch");
    expect(codes).not.toContain("check-failed");
  });
});

describe("drill 1 on another version", () => {
  it("still judges the bridges on the workbook's own tier table", () => {
    const model = withNamedValues(buildDrill1CheckModel({ D1_AOVMix: -150 }), {
      D1_GeneratorVersion: "drill1-0.9.0",
    });
    const codes = findings(model).map((f) => f.code);
    expect(codes).toContain("generator-version-mismatch");
    expect(codes).toContain("bridge-mismatch");
    expect(codes).not.toContain("tier-table-unverified");
  });
});
