import type { Finding } from "../../model/workbookModel";
import type { RangeCell } from "../readNamedBlock";
import type { D3RowName, D3ScalarName } from "./drill3Names";

/**
 * Everything the drill-3 rules read, resolved once: each name's cells (absent when the name could not
 * be read — its `missing-range` finding is in `readProblems`, and rules that need it stay silent).
 */
export type Drill3Context = {
  /** Where a finding points when its own cell is unknown ("'D3 Model'!A1"). */
  anchor: string;
  scalars: Partial<Record<D3ScalarName, RangeCell>>;
  /** Month rows, exactly 12 cells each. */
  rows: Partial<Record<D3RowName, readonly RangeCell[]>>;
  /** D3_OtherLeverLabels, 2 cells. */
  otherLeverLabels?: readonly RangeCell[];
  /** D3_OtherLevers, 2 rows of 12 cells. */
  otherLevers?: readonly (readonly RangeCell[])[];
  /** D3_Notes when the workbook has it, flattened; empty otherwise. */
  notes: readonly RangeCell[];
  readProblems: readonly Finding[];
};

/** A drill-3 rule: pure, reads the context, returns its findings (none when its inputs are absent). */
export type Drill3Rule = (context: Drill3Context) => Finding[];
