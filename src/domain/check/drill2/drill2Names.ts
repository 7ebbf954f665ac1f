import { nameShape } from "../../drills/contract/drillContract";
import {
  DRILL2_CONTRACT,
  type Drill2Name,
  type Drill2NameRead,
  type Drill2Read,
} from "../../drills/drill2/drill2Contract";

/**
 * The workbook names the drill-2 check reads, taken from drill 2's contract (which declares how the
 * check reads each one) with their labels and shapes. Week rows are 1 row × 13 weeks; the lever
 * tables are columns, one row per lever, all the same length within a table.
 */

/**
 * The names the check reads one way, in contract order.
 *
 * @example
 * namesRead("replacement-column") //=> ["D2_ReplacementLevers", "D2_Replacements"]
 */
function namesRead<R extends Drill2Read>(read: R): Drill2NameRead<R>[] {
  return DRILL2_CONTRACT.names
    .filter((n) => n.read === read)
    .map((n) => n.name as Drill2NameRead<R>);
}

const WEEK_ROWS = namesRead("week-row");
const isRole = (role: string) => (name: string) =>
  DRILL2_CONTRACT.names.some((n) => n.name === name && n.role === role);

/** The weeks of a week row: the contract's width of the week numbers. */
export const D2_WEEKS = nameShape(DRILL2_CONTRACT, "D2_Weeks").columns;

/** Guardrails a coach may edit on the sheet; every limit the check applies comes from them. */
export const D2_GUARDRAILS = namesRead("cell");

/** Baseline week rows (givens). */
export const D2_BASELINE_ROWS = WEEK_ROWS.filter(isRole("given"));

/** The candidate's weekly forecast rows. */
export const D2_FORECAST_ROWS = WEEK_ROWS.filter(isRole("output"));

/** The removals table: lever label first (its length sets the table's), then the other columns. */
export const D2_REMOVAL_COLUMNS = namesRead("removal-column");

/** The replacements table: label, then the week each goes live. */
export const D2_REPLACEMENT_COLUMNS = namesRead("replacement-column");

export type D2GuardrailName = Drill2NameRead<"cell">;
export type D2RowName = Drill2NameRead<"week-row">;
export type D2RemovalColumn = Drill2NameRead<"removal-column">;
export type D2ReplacementColumn = Drill2NameRead<"replacement-column">;

/** How a coach calls each name, as findings say it. */
export const D2_LABELS = Object.fromEntries(
  DRILL2_CONTRACT.names.map((n) => [n.name, n.label])
) as Record<Drill2Name, string>;
