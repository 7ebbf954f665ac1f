import { FORMATS, type PlanBlock, type PlanCell } from "../../../plan/workbookPlan";
import type { PlanMode } from "../../buildPlan";
import { DRILL1_CURRENCIES } from "../drill1Catalogue";
import { D1_CURRENCY, D1_CURRENCY_COLUMNS as C, D1_LAYOUT } from "../drill1Layout";
import { given, header, input, label, note } from "./cells";
import type { Drill1DataRefs } from "./dataSheet";

const RATE_FORMAT = "0.000000";

/**
 * The currency effect, beside the AOV bridge: this quarter's sales in each local currency, valued at
 * last quarter's rates, give this quarter's AOV at constant FX; the answer is the actual AOV minus
 * that (negative when the dollar strengthened). The rates are given from D1 Data in every mode; the
 * local sales and their value at last quarter's rates are the candidate's working in a blank
 * workbook, formulas in a starter and the answer key. Only the answer is read by the check.
 *
 * @example
 * currencyBlock(dataRefs(data), "answer-key").rows.at(-2)?.[4]?.formula //=> "=C11-P41/C9"
 */
export function currencyBlock(ref: Drill1DataRefs, mode: PlanMode): PlanBlock {
  const worked = mode !== "blank";
  const rows: PlanCell[][] = DRILL1_CURRENCIES.map((currency, i) => {
    const row = D1_CURRENCY.firstRow + i;
    const rate = (range: string) =>
      given(`=SUMIFS(${range},${ref.fxCurrency},$${C.currency}${row})`, RATE_FORMAT);
    const local = `=SUMIFS(${ref.local},${ref.quarter},"TQ",${ref.currency},$${C.currency}${row})`;
    const atLQ = `=${C.local}${row}*${C.rateLQ}${row}`;
    return [
      label(currency),
      worked ? given(local, FORMATS.int) : input({ numberFormat: FORMATS.int }),
      rate(ref.fxLQ),
      rate(ref.fxTQ),
      worked ? given(atLQ, FORMATS.usdCents) : input({ numberFormat: FORMATS.usdCents }),
    ];
  });
  const atLQ = (row: number) => `${C.atLQ}${row}`;
  const aov = D1_LAYOUT.headlineRows.aov;
  const orders = D1_LAYOUT.headlineRows.orders;
  const answer =
    mode === "answer-key"
      ? input({
          formula: `=C${aov}-${atLQ(D1_CURRENCY.totalRow)}/C${orders}`,
          numberFormat: FORMATS.usdCents,
        })
      : input({ numberFormat: FORMATS.usdCents });
  const blank = (): PlanCell => ({});
  return {
    at: D1_CURRENCY.at,
    rows: [
      ["Currency", "TQ sales, local", "LQ rate", "TQ rate", "TQ sales at LQ rates (USD)"].map(
        header
      ),
      ...rows,
      [
        label("Total at LQ rates"),
        blank(),
        blank(),
        blank(),
        given(`=SUM(${atLQ(D1_CURRENCY.firstRow)}:${atLQ(D1_CURRENCY.lastRow)})`, FORMATS.usdCents),
      ],
      [label("Currency effect on TQ AOV (USD)"), blank(), blank(), blank(), answer],
      [
        note(
          "TQ AOV at TQ rates minus TQ AOV at LQ rates: the part of the rate effect that is translation, not the business."
        ),
      ],
    ],
  };
}
