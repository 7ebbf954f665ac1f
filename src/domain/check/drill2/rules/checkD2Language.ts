import type { Finding } from "../../../model/workbookModel";
import { discountLanguageFindings, type ScannedText } from "../../drill1/discountLanguageFindings";
import type { Drill2Context } from "../drill2Context";
import { leverName } from "../isDiscountLever";

/**
 * `discount-lever`: a replacement (a label in the replacements table, or the name typed in
 * "Replaced by") proposes the mass-DTC playbook — a discount, % off, a promo or influencer code, a
 * coupon, a markdown, a sale, retargeting, a marketplace — quoting the words. The levers being removed
 * are not scanned: naming them is the point of the drill.
 *
 * @example
 * checkD2Language(contextReplacingCodesWithAFlashSale)[0]?.code //=> "discount-lever"
 */
export function checkD2Language(context: Drill2Context): Finding[] {
  const texts: ScannedText[] = [
    ...(context.removals ?? []).map((removal, i) => ({
      cell: removal.D2_RemovalReplacedBy,
      what: `The replacement for ${leverName(removal.D2_RemovalLevers.value, i)}`,
    })),
    ...(context.replacements ?? []).map((replacement, j) => ({
      cell: replacement.D2_ReplacementLevers,
      what: `Replacement ${j + 1}`,
    })),
  ];
  return discountLanguageFindings(texts);
}
