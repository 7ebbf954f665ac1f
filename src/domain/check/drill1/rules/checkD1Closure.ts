import type { Finding } from "../../../model/workbookModel";
import { cellNumber } from "../../cellNumber";
import { bridgeAnswers, BRIDGES } from "../bridgeAnswers";
import type { D1Bridge, Drill1Context } from "../drill1Context";
import { within } from "../drill1Tolerances";
import { showEffect, showLevel } from "../showEffect";

/**
 * `bridge-doesnt-close`: Start + mix + rate (+ interaction) is not End, within the bridge's tolerance.
 * Start and End are the sheet's own cells (D1_AOVStart …) when they hold numbers, otherwise the
 * values the tier givens imply. Silent while an effect is empty or not a number (other findings say so).
 *
 * @example
 * checkD1Closure(contextWhoseEffectsLeave30Unexplained)[0]?.code //=> "bridge-doesnt-close"
 */
export function checkD1Closure(context: Drill1Context): Finding[] {
  return (["aov", "st"] as const).flatMap((bridge) => {
    const finding = closure(context, bridge);
    return finding ? [finding] : [];
  });
}

function closure(context: Drill1Context, bridge: D1Bridge): Finding | undefined {
  const answers = bridgeAnswers(context, bridge);
  const core = answers.filter((a) => a.effect !== "interaction");
  if (core.length < 2 || answers.some((a) => a.value === undefined)) return undefined;
  if (core.some((a) => a.blank)) return undefined;
  const spec = BRIDGES[bridge];
  const outcome = context.bridges[bridge];
  const computed = outcome.kind === "computed" ? outcome.expected : undefined;
  const start = cellNumber(context.ends[spec.start]) ?? computed?.start;
  const end = cellNumber(context.ends[spec.end]) ?? computed?.end;
  if (start === undefined || end === undefined) return undefined;
  const explained = answers.reduce((sum, a) => sum + (a.value ?? 0), 0);
  const change = end - start;
  if (within(explained, change, spec.tolerance)) return undefined;
  const filled = answers.filter((a) => !a.blank && (a.effect !== "interaction" || a.value !== 0));
  return {
    code: "bridge-doesnt-close",
    severity: "error",
    message:
      `The ${spec.title} does not close: Start ${showLevel(bridge, start)} plus your effects ` +
      `(${filled.map((a) => `${a.effect} ${showEffect(bridge, a.value ?? 0)}`).join(", ")}) gives ` +
      `${showLevel(bridge, start + explained)}, but End is ${showLevel(bridge, end)}: ` +
      `${showEffect(bridge, change - explained)} of the change (${showEffect(bridge, change)}) is left ` +
      `unexplained. Every method closes exactly: Start + effects = End.`,
    cells: filled.map((a) => a.cell.address),
  };
}
