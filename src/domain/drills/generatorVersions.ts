import type { DrillId } from "../plan/workbookPlan";
import { DRILL1_GENERATOR_VERSION } from "./drill1/generateDrill1Data";
import { DRILL2_GENERATOR_VERSION } from "./drill2/generateDrill2Data";
import { DRILL3_GENERATOR_VERSION } from "./drill3/generateDrill3Data";
import { KPI_GENERATOR_VERSION } from "./kpi/generateKpiData";
import { LOG_GENERATOR_VERSION } from "./log/buildLogPlan";

/**
 * The generator version this build writes for each drill, as its Drill info stamp records it. Each
 * drill's generator owns its constant and bumps it whenever the same seed would give other figures;
 * this table only gathers them, so the check and `answer-key --for` ask one place.
 */
export const GENERATOR_VERSIONS: Readonly<Record<DrillId, string>> = {
  "1": DRILL1_GENERATOR_VERSION,
  "2": DRILL2_GENERATOR_VERSION,
  "3": DRILL3_GENERATOR_VERSION,
  kpi: KPI_GENERATOR_VERSION,
  log: LOG_GENERATOR_VERSION,
};

/** A stamped generator version against the one this build writes for the drill. */
export type VersionVerdict =
  { kind: "current"; current: string } | { kind: "other"; stamped: string; current: string };

/**
 * Whether a stamped generator version is the one this build writes for the drill (spaces around it
 * do not matter, anything else does: a version names exact figures). What is not text (a number
 * typed over the stamp, an error value) is another version.
 *
 * @example
 * compareGeneratorVersion("2", GENERATOR_VERSIONS["2"]).kind //=> "current"
 * compareGeneratorVersion("2", "drill2-1") //=> { kind: "other", stamped: "drill2-1", current: "drill2-2" }
 */
export function compareGeneratorVersion(drill: DrillId, stamped: unknown): VersionVerdict {
  const current = GENERATOR_VERSIONS[drill];
  const text = typeof stamped === "string" ? stamped.trim() : undefined;
  if (text === current) return { kind: "current", current };
  return { kind: "other", stamped: text ?? stampedText(stamped), current };
}

/** What to do with a workbook another generator version wrote, said the same way everywhere. */
export const OTHER_VERSION_ADVICE =
  "regenerate the workbook with this version of maison-drills (same drill and seed), or use the " +
  "maison-drills release that wrote it";

function stampedText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "error" in value) return String(value.error);
  return String(value);
}
