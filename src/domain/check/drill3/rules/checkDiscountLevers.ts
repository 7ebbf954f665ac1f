import type { Finding } from "../../../model/workbookModel";
import { findDiscountLanguage } from "../../vocabulary/discountVocabulary";
import type { Drill3Context } from "../drill3Context";

/**
 * `discount-lever`: a lever label or a note proposes the mass-DTC playbook — a discount, % off, a
 * promo or influencer code, a coupon, a markdown, a sale, a retargeting blast — quoting the words.
 *
 * @example
 * checkDiscountLevers(contextWithFlashSaleLever)[0]?.message //=> "The lever \"Flash sale for top clients\" proposes …"
 */
export function checkDiscountLevers(context: Drill3Context): Finding[] {
  const texts = [
    ...(context.otherLeverLabels ?? []).map((cell) => ({ cell, kind: "lever" as const })),
    ...context.notes.map((cell) => ({ cell, kind: "note" as const })),
  ];
  const findings: Finding[] = [];
  for (const { cell, kind } of texts) {
    if (typeof cell.value !== "string") continue;
    const words = findDiscountLanguage(cell.value);
    if (words.length === 0) continue;
    const quoted = words.map((w) => `"${w}"`).join(", ");
    const shown =
      cell.value.trim().length > 60 ? `${cell.value.trim().slice(0, 57)}…` : cell.value.trim();
    findings.push({
      code: "discount-lever",
      severity: "error",
      message:
        `${kind === "lever" ? "The lever" : "The note"} "${shown}" proposes ${quoted}: this maison has no ` +
        `discount lever — no markdown, promo code, coupon, sale or retargeting blast. Top clients move ` +
        `to digital through service (save-the-cart, digital salons, previews and invitations), never ` +
        `through price. Replace it with a service lever.`,
      cells: [cell.address],
    });
  }
  return findings;
}
