import type { DrillId } from "../domain/plan/workbookPlan";
import type { PopulateState } from "./usePopulate";

export type CoachSectionProps = {
  /** The drill chosen in the Populate section. */
  drill: DrillId;
  /** The seed chosen in the Populate section (0 for the canonical figures). */
  seed: number;
  /** Set while the seed typed in the Populate section is not a usable one. */
  seedError?: string;
  /** The shared populate state: the key is written through the same path as the drill. */
  state: PopulateState;
  /** Writes the answer key for `drill` and `seed`; called only after the coach confirms. */
  onCreate: () => void;
};

/** Where the coach is: the section folded, open, or asking to confirm before writing the key. */
export type CoachStep = "closed" | "open" | "confirming";
