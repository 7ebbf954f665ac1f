import { compareGeneratorVersion, OTHER_VERSION_ADVICE } from "../domain/drills/generatorVersions";
import { DRILL_IDS, drillIdOf } from "../domain/plan/drillIds";
import type { DrillId } from "../domain/plan/workbookPlan";
import type { DrillStamp } from "../domain/sharing/readDrillStamps";
import { CliError } from "./cliError";
import { MAX_SEED } from "./cliOptions";

/** One drill to write and the seed to write it for. */
export type DrillRequest = { drill: DrillId; seed: number };

/**
 * The answer key a workbook's Drill info stamps ask for: each stamped drill with its own stamped
 * seed (a workbook populated drill by drill may hold drill 1 of seed 3 beside drill 2 of seed 5, and
 * its key holds the same), in the order `--drill all` writes them; a drill stamped twice alike (a
 * second populate) is written once. Refused, with every reason in one line (exit 2), when there is no
 * stamp, a stamp names a drill or seed this tool does not write, one drill is stamped with two seeds
 * (a key holds one copy of a drill), or a stamp names another generator version than this tool
 * writes: a key of other figures would not be that workbook's key.
 *
 * @example
 * keyRequestsFor("work.xlsx", [{ sheet: "D3 Model", drill: "3", seed: 7, generatorVersion: GENERATOR_VERSIONS["3"], … }])
 * //=> [{ drill: "3", seed: 7 }]
 */
export function keyRequestsFor(file: string, stamps: readonly DrillStamp[]): DrillRequest[] {
  if (stamps.length === 0) {
    throw new CliError(
      "unusable-input",
      `${file} has no Drill info stamp (drill, variant seed, generator version), so the drills and ` +
        "seed of its key are unknown: write the key with --drill and --seed instead"
    );
  }
  const reasons: string[] = [];
  let otherVersion = false;
  const chosen = new Map<DrillId, { seed: number; sheet: string }>();
  for (const stamp of stamps) {
    const where = `sheet "${stamp.sheet}"`;
    const drill = drillIdOf(stamp.drill.toLowerCase());
    if (drill === undefined) {
      reasons.push(
        `${where} is stamped drill "${stamp.drill}", which this tool does not write (drills: ${DRILL_IDS.join(", ")})`
      );
      continue;
    }
    const { seed } = stamp;
    if (typeof seed !== "number" || !Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
      reasons.push(
        `${where} is stamped variant seed "${String(seed)}", not a whole number from 0 to ${MAX_SEED}`
      );
      continue;
    }
    const version = compareGeneratorVersion(drill, stamp.generatorVersion);
    if (version.kind === "other") {
      otherVersion = true;
      reasons.push(
        `${where} is stamped generator version "${version.stamped}", and this maison-drills ` +
          `writes ${version.current} for drill ${drill}, so its key would hold other figures`
      );
      continue;
    }
    const earlier = chosen.get(drill);
    if (earlier === undefined) chosen.set(drill, { seed, sheet: stamp.sheet });
    else if (earlier.seed !== seed) {
      reasons.push(
        `drill ${drill} is stamped with seed ${earlier.seed} (sheet "${earlier.sheet}") and seed ` +
          `${seed} (${where}), and a key holds one copy of a drill: write each with ` +
          `--drill ${drill} --seed N`
      );
    }
  }
  if (reasons.length > 0) {
    const advice = otherVersion ? `; ${OTHER_VERSION_ADVICE}` : "";
    throw new CliError(
      "unusable-input",
      `no answer key for ${file}: ${reasons.join("; ")}${advice}`
    );
  }
  return DRILL_IDS.flatMap((drill) => {
    const found = chosen.get(drill);
    return found ? [{ drill, seed: found.seed }] : [];
  });
}
