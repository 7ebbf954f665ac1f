import { isBlank } from "../cellNumber";
import type { RangeCell } from "../readNamedBlock";
import type { Drill3Context } from "./drill3Context";
import { D3_LABELS, D3_OTHER_LEVERS, D3_OUTPUT_ROWS, type D3OutputRowName } from "./drill3Names";

export type OutputRow = {
  name: string;
  /** "Save-the-cart revenue (D3_LeverCart)", ready to start a sentence. */
  title: string;
  /** What the month formula should compute, for the coach's advice. */
  recipe: string;
  row: readonly RangeCell[];
};

const RECIPES: Record<D3OutputRowName, string> = {
  D3_LeverCart:
    "active SAs (SAs × boutiques live ÷ boutiques × active SA rate) × carts per SA a week × 52/12 × cart conversion × cart value",
  D3_LeverSalon: "salon sessions × salon conversion × salon ticket",
  D3_LeverOrganic: "top-client revenue × (baseline share + organic drift)",
  D3_TCDigitalRevenue: "the sum of every lever row",
  D3_TCTotalRevenue: "the baseline top-client revenue, less any cannibalisation you model",
  D3_TCDigitalShare: "digital revenue ÷ total revenue",
};

const title = (label: string, name: string) =>
  `${label[0]?.toUpperCase() ?? ""}${label.slice(1)} (${name})`;

/**
 * The rows the candidate must compute with formulas: the six output rows, plus each extra lever row
 * the candidate has started (a label or any value). Used by `typed-output`, `constant-in-formula`
 * and `inconsistent-formula`.
 *
 * @example
 * outputRows(context).map((r) => r.name) //=> ["D3_LeverCart", …, "D3_TCDigitalShare"]
 */
export function outputRows(context: Drill3Context): OutputRow[] {
  const rows: OutputRow[] = [];
  for (const name of D3_OUTPUT_ROWS) {
    const row = context.rows[name];
    if (row) rows.push({ name, title: title(D3_LABELS[name], name), recipe: RECIPES[name], row });
  }
  context.otherLevers?.forEach((row, i) => {
    const labelCell = context.otherLeverLabels?.[i];
    const used = row.some((cell) => !isBlank(cell)) || (labelCell && !isBlank(labelCell));
    if (!used) return;
    const label =
      typeof labelCell?.value === "string" && labelCell.value.trim() !== ""
        ? `Added lever "${labelCell.value.trim()}"`
        : `Added lever ${i + 1}`;
    rows.push({
      name: D3_OTHER_LEVERS,
      title: `${label} (${D3_OTHER_LEVERS} row ${i + 1})`,
      recipe: "the lever's own assumptions, each in a cell of its own",
      row,
    });
  });
  return rows;
}
