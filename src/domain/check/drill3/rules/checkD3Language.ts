import type { Finding } from "../../../model/workbookModel";
import { languageFindings } from "../../languageFindings";
import type { Drill3Context } from "../drill3Context";

/**
 * `discount-lever` / `mass-dtc-lever`: a lever label or a note proposes a discount in any disguise
 * or a mass-DTC tactic, as the language judge reads it, quoting the phrases.
 *
 * @example
 * checkD3Language(contextWithFlashSaleLever)[0]?.message //=> "The lever (\"Flash sale for top clients\") proposes …"
 */
export function checkD3Language(context: Drill3Context): Finding[] {
  return languageFindings([
    ...(context.otherLeverLabels ?? []).map((cell) => ({ cell, label: "The lever" })),
    ...context.notes.map((cell) => ({ cell, label: "The note" })),
  ]);
}
