import type { Finding } from "../../../model/workbookModel";
import { languageFindings, type JudgedCell } from "../../languageFindings";
import type { Drill2Context } from "../drill2Context";
import { leverName } from "../isDiscountLever";

/**
 * `discount-lever` / `mass-dtc-lever`: a replacement (a label in the replacements table, or the name
 * typed in "Replaced by") proposes a discount in any disguise or a mass-DTC tactic, as the language
 * judge reads it, quoting the phrases. The levers being removed are not judged: naming them is the
 * point of the drill.
 *
 * @example
 * checkD2Language(contextReplacingCodesWithAFlashSale)[0]?.code //=> "discount-lever"
 */
export function checkD2Language(context: Drill2Context): Finding[] {
  const texts: JudgedCell[] = [
    ...(context.removals ?? []).map((removal, i) => ({
      cell: removal.D2_RemovalReplacedBy,
      label: `The replacement for ${leverName(removal.D2_RemovalLevers.value, i)}`,
    })),
    ...(context.replacements ?? []).map((replacement, j) => ({
      cell: replacement.D2_ReplacementLevers,
      label: `Replacement ${j + 1}`,
    })),
  ];
  return languageFindings(texts);
}
