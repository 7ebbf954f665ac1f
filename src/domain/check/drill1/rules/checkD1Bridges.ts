import type { Finding } from "../../../model/workbookModel";
import { quoteContent } from "../../findingText";
import { bridgeAnswers, BRIDGES, METHOD_FORMULAS, type EffectAnswer } from "../bridgeAnswers";
import type { D1Bridge, Drill1Context } from "../drill1Context";
import { D1_METHOD, d1Label } from "../drill1Names";
import { within } from "../drill1Tolerances";
import { likelySlip } from "../likelySlip";
import { showEffect } from "../showEffect";

/**
 * The candidate's bridge answers against the bridge the tier givens imply under the method they
 * chose (tolerance $1 for AOV, 0.1 point for sell-through):
 * - `non-numeric`: an effect cell holds text, an error or TRUE/FALSE;
 * - `bridge-missing`: mix or rate is empty (the interaction may stay empty unless it is needed);
 * - `bridge-mismatch`: one finding per bridge on the cells that are off, naming the expected and the
 *   given value of each and the likely slip (another method's numbers, swapped mix and rate,
 *   reversed signs, points typed instead of percentages).
 *
 * @example
 * checkD1Bridges(contextWithMixFirstNumbersUnderMidpoint)[0]?.message
 * //=> "The AOV bridge does not match the midpoint method: D1_AOVMix should be -$172.31, not -$150.00 … These are the mix-first numbers …"
 */
export function checkD1Bridges(context: Drill1Context): Finding[] {
  return (["aov", "st"] as const).flatMap((bridge) => checkOne(context, bridge));
}

function checkOne(context: Drill1Context, bridge: D1Bridge): Finding[] {
  const findings: Finding[] = [];
  const answers = bridgeAnswers(context, bridge);
  const { title } = BRIDGES[bridge];

  const notNumbers = answers.filter((a) => a.value === undefined);
  for (const answer of notNumbers) {
    findings.push({
      code: "non-numeric",
      severity: "error",
      message: `${answer.name} (${d1Label(answer.name)}) must be a number, but it holds ${quoteContent(answer.cell.value)}.${bridge === "st" ? " Enter sell-through effects as percentages (e.g. -4.25%)." : ""}`,
      cells: [answer.cell.address],
    });
  }
  const blanks = answers.filter((a) => a.blank && a.effect !== "interaction");
  if (blanks.length > 0) {
    findings.push({
      code: "bridge-missing",
      severity: "error",
      message: `The ${title} is not filled in: ${blanks.map((a) => a.name).join(" and ")} ${blanks.length === 1 ? "is" : "are"} empty. Compute ${blanks.length === 1 ? "it" : "them"} from the tier table with the method in ${D1_METHOD} (a formula, not a typed number, so it follows the data).`,
      cells: blanks.map((a) => a.cell.address),
    });
  }
  const outcome = context.bridges[bridge];
  const choice = context.method;
  if (outcome.kind !== "computed" || choice.kind !== "chosen") return findings;
  if (notNumbers.length > 0 || blanks.length > 0) return findings;

  const method = choice.method;
  const expected = outcome.expected.byMethod[method];
  const value = (effect: EffectAnswer["effect"]): number =>
    answers.find((a) => a.effect === effect)?.value ?? 0;
  const off = answers.filter(
    (a) => !within(a.value ?? 0, expected[a.effect], BRIDGES[bridge].tolerance)
  );
  if (off.length === 0) return findings;

  const details = off
    .map(
      (a) =>
        `${a.name} should be ${showEffect(bridge, expected[a.effect])}, not ${a.blank ? "empty" : showEffect(bridge, a.value ?? 0)}`
    )
    .join("; ");
  const given = { mix: value("mix"), rate: value("rate"), interaction: value("interaction") };
  const slip =
    likelySlip(bridge, method, given, outcome.expected) ??
    `Recompute from the tier table with ${method}: ${METHOD_FORMULAS[method]}, shares being each tier's share of all tiers.`;
  findings.push({
    code: "bridge-mismatch",
    severity: "error",
    message: `The ${title} does not match the ${method} method (tolerance ${BRIDGES[bridge].toleranceText}): ${details}. ${slip}`,
    cells: off.map((a) => a.cell.address),
  });
  return findings;
}
