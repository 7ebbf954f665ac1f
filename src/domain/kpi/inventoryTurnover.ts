import type { Decimal, DecimalInput } from "../decimal";
import { ratioOf } from "./ratioOf";

/**
 * Inventory turnover: cost of goods sold / average inventory at cost, over the same period.
 *
 * @example
 * inventoryTurnover(900000, 300000).toNumber() //=> 3
 */
export function inventoryTurnover(
  costOfGoodsSold: DecimalInput,
  averageInventory: DecimalInput
): Decimal {
  return ratioOf(costOfGoodsSold, averageInventory, {
    numerator: "cost_of_goods_sold",
    denominator: "average_inventory",
    kind: "free",
  });
}
