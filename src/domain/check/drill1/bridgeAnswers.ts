import type { BridgeMethod } from "../../bridge/bridgeMethod";
import { cellNumber, isBlank } from "../cellNumber";
import type { RangeCell } from "../readNamedBlock";
import type { D1Bridge, Drill1Context } from "./drill1Context";
import { d1BridgeName } from "../../drills/drill1/drill1Contract";
import type { D1EffectName, D1EndName } from "./drill1Names";
import { AOV_TOLERANCE_USD, ST_TOLERANCE } from "./drill1Tolerances";

/** One effect of the candidate's bridge: its name, cell, and the number it holds (blank = 0). */
export type EffectAnswer = {
  effect: "mix" | "rate" | "interaction";
  name: D1EffectName;
  cell: RangeCell;
  /** undefined when the cell holds text, an error or a boolean. */
  value: number | undefined;
  blank: boolean;
};

/** A bridge's cells, by the contract's names. */
const bridgeNames = (bridge: D1Bridge) => ({
  names: {
    mix: d1BridgeName(bridge, "Mix"),
    rate: d1BridgeName(bridge, "Rate"),
    interaction: d1BridgeName(bridge, "Interaction"),
  },
  start: d1BridgeName(bridge, "Start"),
  end: d1BridgeName(bridge, "End"),
});

/** How the two bridges are named, tolerated and labelled. */
export const BRIDGES: Record<
  D1Bridge,
  {
    title: string;
    tolerance: number;
    toleranceText: string;
    names: { mix: D1EffectName; rate: D1EffectName; interaction: D1EffectName };
    start: D1EndName;
    end: D1EndName;
  }
> = {
  aov: {
    title: "AOV bridge",
    tolerance: AOV_TOLERANCE_USD,
    toleranceText: "$1",
    ...bridgeNames("aov"),
  },
  st: {
    title: "sell-through bridge",
    tolerance: ST_TOLERANCE,
    toleranceText: "0.1 point",
    ...bridgeNames("st"),
  },
};

/**
 * The candidate's effects of one bridge, in the order mix, rate, interaction (the interaction only
 * when the workbook names that cell).
 *
 * @example
 * bridgeAnswers(context, "aov").map((a) => [a.effect, a.value]) //=> [["mix", -172.31], ["rate", -47.69], ["interaction", 0]]
 */
export function bridgeAnswers(context: Drill1Context, bridge: D1Bridge): EffectAnswer[] {
  const answers: EffectAnswer[] = [];
  for (const effect of ["mix", "rate", "interaction"] as const) {
    const name = BRIDGES[bridge].names[effect];
    const cell = context.effects[name];
    if (!cell) continue;
    const blank = isBlank(cell);
    answers.push({ effect, name, cell, value: blank ? 0 : cellNumber(cell), blank });
  }
  return answers;
}

/** Method names as a coach reads them in a sentence. */
export const METHOD_FORMULAS: Record<BridgeMethod, string> = {
  midpoint:
    "Mix = Σ(share TQ − share LQ) × (rate LQ + rate TQ)/2 and Rate = Σ(rate TQ − rate LQ) × (share LQ + share TQ)/2",
  "mix-first": "Mix = Σ(share TQ − share LQ) × rate LQ and Rate = Σ share TQ × (rate TQ − rate LQ)",
  "rate-first":
    "Rate = Σ share LQ × (rate TQ − rate LQ) and Mix = Σ(share TQ − share LQ) × rate TQ",
  "three-way":
    "Mix = Σ(share TQ − share LQ) × rate LQ, Rate = Σ share LQ × (rate TQ − rate LQ) and Interaction = Σ(share TQ − share LQ) × (rate TQ − rate LQ)",
};
