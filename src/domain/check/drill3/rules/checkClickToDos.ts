import type { Finding } from "../../../model/workbookModel";
import { formatUsd } from "../../findingText";
import { monthCells } from "../../monthCells";
import { findClickToDosLanguage } from "../../vocabulary/clickToDosVocabulary";
import type { Drill3Context } from "../drill3Context";
import { otherLeverValues } from "../drill3Values";

/**
 * `click-to-dos-counted-digital`: a lever the candidate added is labelled as click-to-DOS,
 * ship-from-store or another handoff that closes in the boutique, and its row adds digital revenue.
 *
 * @example
 * checkClickToDos(contextWithClickToDosLever)[0]?.cells //=> ["'D3 Model'!B27", "'D3 Model'!F27:N27"]
 */
export function checkClickToDos(context: Drill3Context): Finding[] {
  const labels = context.otherLeverLabels;
  const rows = context.otherLevers;
  const values = otherLeverValues(context);
  if (!labels || !rows || !values) return [];
  const findings: Finding[] = [];
  labels.forEach((label, i) => {
    const text = typeof label.value === "string" ? label.value : "";
    const phrase = findClickToDosLanguage(text);
    const row = rows[i];
    const months = (values[i] ?? []).flatMap((v, m) => (v !== undefined && v !== 0 ? [m] : []));
    if (phrase === undefined || !row || months.length === 0) return;
    const total = months.reduce((sum, m) => sum + ((values[i]?.[m] as number) ?? 0), 0);
    findings.push({
      code: "click-to-dos-counted-digital",
      severity: "error",
      message:
        `The lever "${text.trim()}" adds ${formatUsd(total)} to digital revenue over the year, but ` +
        `"${phrase}" sales close in the boutique: they are boutique revenue, not digital. Keep the ` +
        `handoff as a driver of boutique visits and leave its revenue out of D3_TCDigitalRevenue ` +
        `(set this row to 0, or remove it).`,
      cells: [label.address, ...monthCells(row, months)],
    });
  });
  return findings;
}
