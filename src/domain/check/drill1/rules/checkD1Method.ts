import { BRIDGE_METHODS, type BridgeMethod } from "../../../bridge/bridgeMethod";
import type { Finding } from "../../../model/workbookModel";
import { bridgeAnswers, BRIDGES } from "../bridgeAnswers";
import type { D1Bridge, Drill1Context } from "../drill1Context";
import { within } from "../drill1Tolerances";
import { D1_METHOD, d1Label } from "../drill1Names";

/**
 * `method-missing` (D1_Method is empty) and `method-unknown` (it holds something that is not
 * midpoint, mix-first, rate-first or three-way). Without a method the bridges cannot be judged, so
 * the message says which method the candidate's numbers match, when one does.
 *
 * @example
 * checkD1Method(contextWithBlankMethod)[0]?.code //=> "method-missing"
 */
export function checkD1Method(context: Drill1Context): Finding[] {
  const choice = context.method;
  if (choice.kind === "chosen" || choice.kind === "unread") return [];
  const fits = matchingMethods(context);
  const hint =
    fits.length > 0
      ? ` Your bridge numbers match ${fits.join(" and ")}: if that is what you used, write it in ${D1_METHOD}.`
      : "";
  const list = BRIDGE_METHODS.join(", ");
  if (choice.kind === "blank") {
    return [
      {
        code: "method-missing",
        severity: "error",
        message: `${D1_METHOD} (${d1Label(D1_METHOD)}) is empty, so your bridges cannot be judged: pick ${list} from the list.${hint}`,
        cells: [choice.cell.address],
      },
    ];
  }
  return [
    {
      code: "method-unknown",
      severity: "error",
      message: `${D1_METHOD} holds "${choice.text}", which is not a bridge method: pick ${list} from the list, so your bridges can be checked against it.${hint}`,
      cells: [choice.cell.address],
    },
  ];
}

/** The methods under which every filled effect of both bridges is within tolerance. */
function matchingMethods(context: Drill1Context): BridgeMethod[] {
  const bridges: D1Bridge[] = ["aov", "st"];
  return BRIDGE_METHODS.filter((method) => {
    let compared = 0;
    for (const bridge of bridges) {
      const outcome = context.bridges[bridge];
      if (outcome.kind !== "computed") continue;
      const expected = outcome.expected.byMethod[method];
      for (const answer of bridgeAnswers(context, bridge)) {
        if (answer.value === undefined) return false;
        if (answer.blank && answer.effect !== "interaction") continue;
        if (!within(answer.value, expected[answer.effect], BRIDGES[bridge].tolerance)) return false;
        if (!answer.blank) compared += 1;
      }
    }
    return compared > 0;
  });
}
