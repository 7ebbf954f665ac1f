import { DRILL_CONTRACTS } from "../drills/contract/drillContracts";
import {
  compareGeneratorVersion,
  OTHER_VERSION_ADVICE,
  type VersionVerdict,
} from "../drills/generatorVersions";
import type { Finding, WorkbookModel } from "../model/workbookModel";
import type { DrillId } from "../plan/workbookPlan";
import { quoteContent } from "./findingText";
import { readNamedBlock, type RangeCell } from "./readNamedBlock";

/**
 * The generator version a drill's Drill info stamp names, against the one this build writes:
 * `unstamped` when the workbook has no readable `<prefix>_GeneratorVersion` cell (an older or
 * hand-made workbook: nothing to compare), else the verdict with the stamp's cell.
 */
export type StampedVersion = { kind: "unstamped" } | (VersionVerdict & { cell: RangeCell });

/**
 * Reads a drill's stamped generator version by its name (`D1_GeneratorVersion`, `KPI_…`: the
 * drill's contract prefix), so the task pane, which reads only named cells, sees what a file reader
 * sees. Never throws.
 *
 * @example
 * readStampedVersion(model, "3") //=> { kind: "other", stamped: "drill3-1", current: "drill3-2", cell: … }
 */
export function readStampedVersion(model: WorkbookModel, drill: DrillId): StampedVersion {
  const prefix = DRILL_CONTRACTS.find((c) => c.drill === drill)?.prefix;
  if (prefix === undefined) return { kind: "unstamped" };
  const read = readNamedBlock(model, `${prefix}GeneratorVersion`, { rows: 1, columns: 1 });
  const cell = read.ok ? read.block.rows[0]?.[0] : undefined;
  if (!cell) return { kind: "unstamped" };
  return { ...compareGeneratorVersion(drill, cell.value), cell };
}

const drillWords = (drill: DrillId): string =>
  drill === "kpi" ? "the KPI drill" : `drill ${drill}`;

/**
 * The check every drill runs first: when its stamp names another generator version than this build
 * writes, one `generator-version-mismatch` warning on the stamp's cell saying what the check can and
 * cannot judge (`consequence`; by default, that the workbook is judged on its own figures by this
 * version's rules) and what to do. A current or absent stamp gives nothing.
 *
 * @example
 * generatorVersionCheck("2")(modelStampedDrill2v1).map((f) => f.code) //=> ["generator-version-mismatch"]
 */
export function generatorVersionCheck(
  drill: DrillId,
  consequence = "It is judged on its own figures by this version's rules: where a name or a rule " +
    "changed between the two versions, a finding may not apply to it"
): (model: WorkbookModel) => Finding[] {
  return (model) => {
    const stamp = readStampedVersion(model, drill);
    if (stamp.kind !== "other") return [];
    return [
      {
        code: "generator-version-mismatch",
        severity: "warning",
        message:
          `This workbook's Drill info stamp says ${drillWords(drill)} was written by generator ` +
          `version ${quoteContent(stamp.cell.value)}; this check knows ${stamp.current} only. ` +
          `${consequence}. To have it judged whole, ${OTHER_VERSION_ADVICE}.`,
        cells: [stamp.cell.address],
      },
    ];
  };
}
