import type { D1Bridge } from "../../drills/drill1/drill1Contract";
import type { Finding } from "../../model/workbookModel";
import type { BridgeMethod } from "../../bridge/bridgeMethod";
import type { RangeCell } from "../readNamedBlock";
import type { D1ControlName, D1EffectName, D1EndName, D1TierName } from "./drill1Names";
import type { Drill1Truth } from "./drill1Truth";

/** Which of the two bridges of drill 1. */
export type { D1Bridge };

/** The four effects of one bridge under every method, as plain numbers (converted at the edge). */
export type D1Expected = {
  start: number;
  end: number;
  byMethod: Record<BridgeMethod, { mix: number; rate: number; interaction: number }>;
};

/** The bridge the givens imply, or why it cannot be computed. */
export type D1BridgeOutcome =
  | { kind: "computed"; expected: D1Expected }
  /** Givens missing or not numbers: other findings already say so. */
  | { kind: "unavailable" }
  /** The engine refused the givens (sold above received, revenue without orders…). */
  | { kind: "refused"; message: string; cells: string[] };

/** The method cell, read: blank, a known method, or text that is none of them. */
export type D1MethodChoice =
  | { kind: "chosen"; method: BridgeMethod; cell: RangeCell }
  | { kind: "blank"; cell: RangeCell }
  | { kind: "unknown"; cell: RangeCell; text: string }
  | { kind: "unread" };

/**
 * The generator's truth for the workbook's stamped seed, or why it cannot be had (no stamp, a seed
 * that is not one, another generator version): then the tier table is not compared.
 */
export type D1TruthOutcome =
  | { kind: "known"; seed: number; truth: Drill1Truth }
  | { kind: "unknown"; reason: string; cells: string[] }
  /** The stamp names another generator version: `generator-version-mismatch` reports it. */
  | { kind: "other-version" };

/** Everything the drill-1 rules read, resolved once. */
export type Drill1Context = {
  anchor: string;
  method: D1MethodChoice;
  /** True when the stamp says the workbook was populated blank (the tier table is the candidate's). */
  blankMode: boolean;
  tiers: Partial<Record<D1TierName, readonly RangeCell[]>>;
  /** The control totals over the raw rows, LQ and TQ cells. */
  controls: Partial<Record<D1ControlName, readonly RangeCell[]>>;
  truth: D1TruthOutcome;
  ends: Partial<Record<D1EndName, RangeCell>>;
  effects: Partial<Record<D1EffectName, RangeCell>>;
  bridges: Record<D1Bridge, D1BridgeOutcome>;
  /** The currency effect answer, when the workbook has the name (workbooks before it do not). */
  currency?: RangeCell;
  /** The coach's word floor for the diagnosis, when the workbook has the setting. */
  diagnosisMinWords?: RangeCell;
  moves?: readonly RangeCell[];
  diagnosis?: RangeCell;
  readProblems: readonly Finding[];
};
