import { cellNumber } from "../cellNumber";
import type { D2Removal } from "./drill2Context";

/**
 * True for a lever of the removals table that lives on a discount or a retargeting blast: its type
 * says so, or its discount-driven flag is 1.
 *
 * @example
 * isDiscountLever(influencerCodesRow) //=> true
 * isDiscountLever(carouselsRow) //=> false
 */
export function isDiscountLever(removal: D2Removal): boolean {
  const kind = removal.D2_RemovalKinds.value;
  if (typeof kind === "string" && /^\s*(discount|retargeting)\s*$/i.test(kind)) return true;
  return cellNumber(removal.D2_RemovalDiscountDriven) === 1;
}

/**
 * A lever's label for a message: its text, quoted, or its row when the label is gone.
 *
 * @example
 * leverName(influencerCodesRow.D2_RemovalLevers.value, 2) //=> "\"Influencer codes\""
 */
export function leverName(label: unknown, index: number): string {
  return typeof label === "string" && label.trim() !== ""
    ? `"${label.trim()}"`
    : `lever ${index + 1}`;
}
