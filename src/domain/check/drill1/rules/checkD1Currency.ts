import type { Finding } from "../../../model/workbookModel";
import { cellNumber, isBlank } from "../../cellNumber";
import { formatUsd, quoteContent } from "../../findingText";
import type { Drill1Context } from "../drill1Context";
import { AOV_TOLERANCE_USD, within } from "../drill1Tolerances";
import { D1_AOV_CURRENCY, d1Label } from "../drill1Names";
import { vouchedTruth } from "./checkD1TierTable";

const HOW =
  "Sum this quarter's sales in each local currency, value them at last quarter's rates (D1 Data's " +
  "exchange-rate table), divide by this quarter's orders, and take that from this quarter's AOV.";

/** What a wrong currency answer most likely is, from the numbers alone. */
function likelyCurrencySlip(found: number, expected: number, orders: number | undefined): string {
  if (within(found, -expected, AOV_TOLERANCE_USD)) {
    return "The sign is reversed: actual minus constant FX, so a stronger dollar gives a negative effect.";
  }
  if (orders && within(found, expected * orders, AOV_TOLERANCE_USD * orders)) {
    return "That is the effect on this quarter's revenue: divide by this quarter's orders for the AOV.";
  }
  return HOW;
}

/**
 * The currency effect on this quarter's AOV (this quarter's AOV at its own rates minus at last
 * quarter's) against the variant's raw rows, within $1:
 * - `non-numeric` when the cell holds text, an error or TRUE/FALSE;
 * - `aov-currency-missing` when it is empty: local price lists are held while the dollar moves, so
 *   part of the rate effect is translation, and a diagnosis that does not separate it misreads it;
 * - `aov-currency-mismatch` when it is off, with the likely slip (sign reversed, revenue not AOV).
 * It is compared only while the control totals vouch for D1 Data (the tier-table rule reports
 * edited rows or a missing truth).
 *
 * @example
 * checkD1Currency(contextWithReversedSign)[0]?.code //=> "aov-currency-mismatch"
 */
export function checkD1Currency(context: Drill1Context): Finding[] {
  const cell = context.currency;
  if (!cell) return [];
  if (isBlank(cell)) {
    return [
      {
        code: "aov-currency-missing",
        severity: "error",
        message:
          `${D1_AOV_CURRENCY} (${d1Label(D1_AOV_CURRENCY)}) is empty. The maison holds its local ` +
          "price lists while the dollar moves, so part of the AOV's rate effect is translation, not " +
          `the business: separate it before you diagnose the rate. ${HOW}`,
        cells: [cell.address],
      },
    ];
  }
  const found = cellNumber(cell);
  if (found === undefined) {
    return [
      {
        code: "non-numeric",
        severity: "error",
        message: `${D1_AOV_CURRENCY} (${d1Label(D1_AOV_CURRENCY)}) must be a number in USD per order, but it holds ${quoteContent(cell.value)}.`,
        cells: [cell.address],
      },
    ];
  }
  const truth = vouchedTruth(context);
  if (!truth) return [];
  const expected = truth.currencyEffect;
  if (within(found, expected, AOV_TOLERANCE_USD)) return [];
  const orders = truth.controls.D1_ControlOrders[1];
  return [
    {
      code: "aov-currency-mismatch",
      severity: "error",
      message:
        `${D1_AOV_CURRENCY} should be ${formatUsd(expected, 2)} per order, not ${formatUsd(found, 2)} ` +
        `(tolerance ${formatUsd(AOV_TOLERANCE_USD)}). ${likelyCurrencySlip(found, expected, orders)}`,
      cells: [cell.address],
    },
  ];
}
