import { BRIDGE_METHODS } from "../../../bridge/bridgeMethod";
import type { PlanMode } from "../../buildPlan";
import { FORMATS, type PlanBlock, type PlanCell } from "../../../plan/workbookPlan";
import {
  D1_DIAGNOSIS_FLOOR,
  D1_DIAGNOSIS_MIN_WORDS_DEFAULT,
  D1_LAYOUT,
  D1_MOVE_COUNT,
} from "../drill1Layout";
import { input, instruction, label, note, subtitle } from "./cells";
import { luxBridgeFormula } from "./bridgeBlocks";

const L = D1_LAYOUT;

/**
 * The title and the task, at the top of D1 Work. In a blank workbook the tier table is the
 * candidate's to build, and the task says so first.
 *
 * @example
 * introBlock("starter").rows[0]?.[0]?.style //=> "title"
 */
export function introBlock(mode: PlanMode): PlanBlock {
  return {
    at: `A${L.intro.title}`,
    rows: [
      [{ value: "Drill 1 — Quarter diagnosis (last quarter → this quarter)", style: "title" }],
      [
        instruction(
          "Online AOV, full-price sell-through and top-client digital share all fell this quarter. " +
            (mode === "blank"
              ? "Build the tier table below from D1 Data first (COUNTIFS / SUMIFS over the raw rows): the diagnosis rests on it."
              : "The figures below come from D1 Data through ordinary formulas.")
        ),
      ],
      [
        instruction(
          "Your task: split the AOV change and the sell-through change into mix (which tiers were " +
            "ordered or received) and rate (how each tier did), with the method you pick."
        ),
      ],
      [
        instruction(
          "Then write your diagnosis, citing the figures that carry it (and the explanations the " +
            "evidence on D1 Data rules out), and your first three moves, each tied to a cause " +
            "you diagnosed and without any price lever: the maison never discounts."
        ),
      ],
      [
        instruction(
          "Cells styled as inputs are yours; everything else is given. Enter sell-through effects as " +
            "percentages (e.g. -4.25%)."
        ),
      ],
    ],
  };
}

/**
 * "Your answer": what to do, then the bridge method cell (pre-filled in starter and answer key).
 *
 * @example
 * methodBlock("midpoint").rows[2]?.[1]?.value //=> "midpoint"
 */
export function methodBlock(method: string | undefined): PlanBlock {
  return {
    at: `A${L.methodRow - 2}`,
    rows: [
      [subtitle("Your answer")],
      [
        instruction(
          "Pick a bridge method, then fill the mix and rate effects of both bridges (and the " +
            "interaction if you chose three-way). Start + effects must equal End."
        ),
      ],
      [
        label("Bridge method"),
        input(method ? { value: method } : {}),
        note(`${BRIDGE_METHODS.slice(0, -1).join(", ")} or ${BRIDGE_METHODS.at(-1)}`),
      ],
    ],
  };
}

const textInput = (text: string): PlanCell => input(text ? { value: text } : {});

/**
 * The candidate's three moves, filled with a coach's in the answer key.
 *
 * @example
 * movesBlock([]).rows.length //=> 4
 */
export function movesBlock(moves: readonly string[]): PlanBlock {
  const texts = Array.from({ length: D1_MOVE_COUNT }, (_, i) => moves[i] ?? "");
  return {
    at: `A${L.movesRow - 1}`,
    rows: [
      [subtitle("Your first three moves (no discount lever)")],
      ...texts.map((move, i) => [label(`Move ${i + 1}`), textInput(move)]),
    ],
  };
}

/**
 * The candidate's diagnosis, filled with a coach's in the answer key. It comes before the moves:
 * the interviewer tests the reading of the quarter first.
 *
 * @example
 * diagnosisBlock("").rows[1]?.[0]?.value //=> "Diagnosis"
 */
export function diagnosisBlock(diagnosis: string): PlanBlock {
  return {
    at: `A${L.diagnosisRow - 1}`,
    rows: [
      [subtitle("Your diagnosis (before the moves: what the data says, with its figures)")],
      [label("Diagnosis"), textInput(diagnosis)],
    ],
  };
}

/**
 * The coach setting beside the diagnosis: its word floor, editable, with why.
 *
 * @example
 * diagnosisFloorBlock().rows[0]?.[1]?.value //=> 50
 */
export function diagnosisFloorBlock(): PlanBlock {
  return {
    at: D1_DIAGNOSIS_FLOOR.labelAt,
    rows: [
      [
        label("Coach setting: fewest words"),
        { value: D1_DIAGNOSIS_MIN_WORDS_DEFAULT, numberFormat: FORMATS.int, style: "given" },
        note(
          "A diagnosis that weighs the quarter's evidence, each point with its figure, needs about this many words."
        ),
      ],
    ],
  };
}

/** The AOV spill takes four rows (Start, Mix, Rate, End); the next one starts after a gap. */
const AOV_SPILL_GAP = 4;

/**
 * The add-in's bridge functions, for a starter to check itself against (add-in plans only).
 *
 * @example
 * luxExampleBlock().rows[1]?.[1]?.formula?.startsWith("=LUX.AOVBRIDGE(") //=> true
 */
export function luxExampleBlock(): PlanBlock {
  const gap: PlanCell[][] = Array.from({ length: AOV_SPILL_GAP }, () => []);
  return {
    at: `A${L.luxExampleRow - 1}`,
    rows: [
      [subtitle("Check yourself with the add-in's bridge functions")],
      [label("LUX.AOVBRIDGE (midpoint)"), { formula: luxBridgeFormula("aov"), style: "output" }],
      ...gap,
      [label("LUX.STBRIDGE (midpoint)"), { formula: luxBridgeFormula("st"), style: "output" }],
    ],
  };
}
