import { contractName, nameShape, type ContractName } from "../../drills/contract/drillContract";
import {
  DRILL3_CONTRACT,
  DRILL3_NOTES,
  type Drill3ContractEntry,
  type Drill3Name,
} from "../../drills/drill3/drill3Contract";
import { DRILL3_MONTH_COLUMNS } from "../../drills/drill3/drill3Layout";

/**
 * The workbook names the drill-3 check reads and how a coach calls each one in a message, all taken
 * from drill 3's contract: the lists below are views of it by role and shape, never a second list.
 * Month rows are 1 row × 12 columns; givens and coach settings are single cells.
 */

export const MONTHS = DRILL3_MONTH_COLUMNS.last - DRILL3_MONTH_COLUMNS.first + 1;

/** The names the check reads: the contract less the plan's own extras. */
const CHECKED: readonly ContractName[] = DRILL3_CONTRACT.names.filter((n) => !n.planOnly);

type Checked = Exclude<Drill3ContractEntry, { planOnly: true }>;
type Span = `${string}:${string}`;

/** Givens and coach settings: single cells. */
export type D3ScalarName = Exclude<
  Extract<Checked, { role: "given" | "coach-setting" }>,
  { range: Span }
>["name"];
/** Month rows: one row of 12 months. */
export type D3RowName = Exclude<
  Extract<Checked, { range: Span }>["name"],
  "D3_OtherLeverLabels" | "D3_OtherLevers"
>;

/** Month rows the candidate computes. */
export type D3OutputRowName = Extract<D3RowName, Extract<Checked, { role: "output" }>["name"]>;

const isShape = (name: string, rows: number, columns: number) => {
  const shape = nameShape(DRILL3_CONTRACT, name);
  return shape.rows === rows && shape.columns === columns;
};

function namesWhere<Name extends string>(
  role: ContractName["role"],
  rows: number,
  columns: number,
  optional = false
): readonly Name[] {
  return CHECKED.filter(
    (n) => n.role === role && !!n.optional === optional && isShape(n.name, rows, columns)
  ).map((n) => n.name as Name);
}

/** A name the contract must declare, kept as a literal for the rules' types. */
function declared<Name extends Drill3Name>(name: Name): Name {
  return contractName(DRILL3_CONTRACT, name).name as Name;
}

export const D3_SCALAR_GIVENS = namesWhere<D3ScalarName>("given", 1, 1);

/** Coaching rules of thumb: every limit a rule applies comes from one of these cells. */
export const D3_COACH_SETTINGS = namesWhere<D3ScalarName>("coach-setting", 1, 1);

/**
 * Coach settings a workbook may add beyond the spec's list. When present they replace the spec's
 * fixed value (here: the 5% of `total-revenue-drop`); when absent nothing is missing.
 */
export const D3_OPTIONAL_SCALARS = namesWhere<D3ScalarName>("coach-setting", 1, 1, true);

/** Month rows the coach gives (typed numbers are expected there). */
export const D3_GIVEN_ROWS = namesWhere<D3RowName>("given", 1, MONTHS);

/** Month rows the candidate types or derives: blanks inside a started row count as 0, like Excel. */
export const D3_ASSUMPTION_ROWS = namesWhere<D3RowName>("assumption", 1, MONTHS);

/** Month rows the candidate must compute with formulas. */
export const D3_OUTPUT_ROWS = namesWhere<D3OutputRowName>("output", 1, MONTHS);

/** The lever rows a candidate may add: labels 2×1 beside values 2×12. */
export const D3_OTHER_LEVER_LABELS = declared("D3_OtherLeverLabels");
export const D3_OTHER_LEVERS = declared("D3_OtherLevers");

/**
 * Optional: a block of the candidate's notes, scanned for discount language when present. The plan
 * does not write it (a candidate adds it, of any shape): the contract lists it as a candidate name.
 */
export const D3_NOTES = DRILL3_NOTES.name;

/** What a coach calls each name the check reads, in a sentence. */
export const D3_LABELS = Object.fromEntries(CHECKED.map((n) => [n.name, n.label])) as Record<
  Checked["name"],
  string
>;

/** Month rows in reading order; the first is what a workbook of drill 3 must at least hold. */
export const D3_MONTH_ROWS: readonly D3RowName[] = [
  ...D3_GIVEN_ROWS,
  ...D3_ASSUMPTION_ROWS,
  ...D3_OUTPUT_ROWS,
];

export const D3_SCALARS: readonly D3ScalarName[] = [...D3_SCALAR_GIVENS, ...D3_COACH_SETTINGS];
