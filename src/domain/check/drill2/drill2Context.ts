import type { Finding } from "../../model/workbookModel";
import type { RangeCell } from "../readNamedBlock";
import type {
  D2GuardrailName,
  D2RemovalColumn,
  D2ReplacementColumn,
  D2RowName,
} from "./drill2Names";

/** One row of the removals table, a cell per column. */
export type D2Removal = Record<D2RemovalColumn, RangeCell>;

/** One row of the replacements table. */
export type D2Replacement = Record<D2ReplacementColumn, RangeCell>;

/** Everything the drill-2 rules read, resolved once (absent when a name could not be read). */
export type Drill2Context = {
  anchor: string;
  guardrails: Partial<Record<D2GuardrailName, RangeCell>>;
  /** Week rows, exactly 13 cells each. */
  rows: Partial<Record<D2RowName, readonly RangeCell[]>>;
  removals?: readonly D2Removal[];
  replacements?: readonly D2Replacement[];
  readProblems: readonly Finding[];
};
