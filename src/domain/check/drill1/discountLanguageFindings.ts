import type { Finding } from "../../model/workbookModel";
import type { RangeCell } from "../readNamedBlock";
import { findDiscountLanguage } from "../vocabulary/discountVocabulary";

/** A text cell to scan and how a coach calls it ("Move 2", "the lever removed in week 3"). */
export type ScannedText = { cell: RangeCell; what: string };

/**
 * `discount-lever` findings for text cells that propose the mass-DTC playbook (discount, % off, promo
 * or influencer code, coupon, markdown, sale, retargeting, marketplace…), one per cell, quoting the
 * words found. The vocabulary is the shared one of drill 3, so every drill judges words alike.
 *
 * @example
 * discountLanguageFindings([{ cell: moveCell, what: "Move 1" }])[0]?.message
 * //=> "Move 1 (\"Flash sale on icons\") proposes \"Flash sale\": …"
 */
export function discountLanguageFindings(texts: readonly ScannedText[]): Finding[] {
  const findings: Finding[] = [];
  for (const { cell, what } of texts) {
    if (typeof cell.value !== "string") continue;
    const words = findDiscountLanguage(cell.value);
    if (words.length === 0) continue;
    const quoted = words.map((w) => `"${w}"`).join(", ");
    const text = cell.value.trim();
    const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    findings.push({
      code: "discount-lever",
      severity: "error",
      message:
        `${what} ("${shown}") proposes ${quoted}: this maison has no discount lever — no markdown, ` +
        `promo or influencer code, coupon, sale, retargeting blast or marketplace. Clients come back ` +
        `for the product, the story and the service (icons first, clienteling, appointments, ` +
        `previews), never for price. Rewrite it as a service or assortment move.`,
      cells: [cell.address],
    });
  }
  return findings;
}
