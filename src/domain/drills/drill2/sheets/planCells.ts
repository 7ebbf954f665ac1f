import type { PlanOptions } from "../../buildPlan";
import type { PlanCell } from "../../../plan/workbookPlan";
import { FORMATS } from "../../../plan/workbookPlan";
import { drill2WeekRange } from "../drill2Layout";

/**
 * The cells of the plan sheet that depend on the mode and the target: "blank" leaves every formula
 * to the candidate (its output cells stay empty, its plan grid is typed), "starter" and
 * "answer-key" wire them; an add-in plan may use LUX functions.
 */
export type PlanCells = {
  wired: boolean;
  lux: boolean;
  /** A cell the candidate types, holding the key's choice when there is one. */
  input: (value: string | number | null | undefined, numberFormat?: string) => PlanCell;
  /** An output cell: the formula when wired, empty otherwise. */
  out: (formula: string, numberFormat: string) => PlanCell;
  /** A plan-grid cell: the formula when wired, a typed cell otherwise. */
  planned: (formula: string) => PlanCell;
  /** The 13-week total of a row when wired. */
  total: (row: number, numberFormat: string) => PlanCell | undefined;
};

/**
 * The plan sheet's cell makers for a mode and a target.
 *
 * @example
 * planCells({ seed: 0, mode: "blank", target: "file" }).out("=C1", "0") //=> { style: "output", numberFormat: "0" }
 */
export function planCells(options: PlanOptions): PlanCells {
  const wired = options.mode !== "blank";
  const out = (formula: string, numberFormat: string): PlanCell =>
    wired ? { formula, style: "output", numberFormat } : { style: "output", numberFormat };
  return {
    wired,
    lux: options.target === "addin",
    input: (value, numberFormat) => ({
      ...(value === null || value === undefined ? {} : { value }),
      style: "input",
      ...(numberFormat ? { numberFormat } : {}),
    }),
    out,
    planned: (formula) =>
      wired
        ? { formula, style: "output", numberFormat: FORMATS.decimal2 }
        : { style: "input", numberFormat: FORMATS.decimal2 },
    total: (row, numberFormat) =>
      wired
        ? { formula: `=SUM(${drill2WeekRange(row)})`, style: "output", numberFormat }
        : undefined,
  };
}
