import type { DrillId, PlanName, WorkbookPlan } from "../../plan/workbookPlan";
import { mustParseRange, rangeA1, type RangeBox } from "../../sheet/a1";
import { absoluteRef } from "../../sheet/sheetRef";

/**
 * A drill's contract: the one declaration of every workbook name a drill defines, where it sits and
 * what it means. The plan builder places its cells and writes its names from it, the check reads
 * the names (and their shapes and labels) from it, and the docs test compares the README and
 * docs/checks.md with it, so a row number or a name lives in one place. A later issue that adds a
 * block to a drill adds its names here, not around it.
 */

/**
 * What a name holds, for the builder (how the cell is styled and protected), the check (what it may
 * expect there) and the docs:
 * - given: a fact of the drill, typed by the generator;
 * - coach-setting: a limit a rule applies, which a coach may edit;
 * - assumption: what the candidate decides (typed or derived);
 * - output: what the candidate computes, with formulas;
 * - answer: what the candidate concludes (a figure, a choice or text the check judges);
 * - stamp: the Drill info block (drill, seed, generator version, mode).
 */
export type NameRole = "given" | "coach-setting" | "assumption" | "output" | "answer" | "stamp";

export type ContractName = {
  /** Workbook-scoped name, e.g. "D3_SAs". */
  name: string;
  role: NameRole;
  /**
   * The role the name takes in a blank workbook, when it differs from `role`: drill 1's tier table
   * is a given computed by formulas in starter and answer-key workbooks, and the candidate's own
   * work ("output") in a blank one. The builder styles it from this, the check words its findings
   * from the workbook's mode.
   */
  blankRole?: NameRole;
  /** The sheet it sits on, as the plan names it. */
  sheet: string;
  /** A1 rectangle on that sheet, without `$` ("C10", "C45:N45"); its size is the name's shape. */
  range: string;
  /** How a coach calls it in a sentence ("boutiques live"), used in findings and docs. */
  label: string;
  /** The comment a spreadsheet shows for the name (Name Manager). */
  comment: string;
  /** A name the check reads only when a workbook has it: its absence is not a finding. */
  optional?: boolean;
  /**
   * A name the plan writes for its own formulas or the candidate's convenience (month numbers for
   * a LUX helper, a roster column) that the check never reads: a workbook without it is whole.
   */
  planOnly?: boolean;
  /**
   * A name whose height comes from the generated data (one row per roster line): `range` is its
   * first row, and the builder gives the row count to `contractPlanNames`.
   */
  rowsFromData?: boolean;
};

/**
 * A name a candidate may add to their workbook (the plan never writes it, and it has no fixed place
 * or shape); the check reads it when present.
 */
export type CandidateName = { name: string; label: string; comment: string };

export type DrillContract = {
  drill: DrillId;
  /** The prefix every name of the drill starts with ("D3_"); it reveals the drill to the check. */
  prefix: string;
  names: readonly ContractName[];
  /** Names a candidate may add, read when present (e.g. drill 3's notes). */
  candidateNames?: readonly CandidateName[];
};

/**
 * The entry of one name; throws when the contract does not declare it (a programming error).
 *
 * @example
 * contractName(DRILL3_CONTRACT, "D3_SAs").range //=> "C8"
 */
export function contractName(contract: DrillContract, name: string): ContractName {
  const entry = contract.names.find((n) => n.name === name);
  if (!entry) throw new RangeError(`drill ${contract.drill} declares no name ${name}`);
  return entry;
}

/**
 * Where a name sits, as a box of 1-based rows and columns.
 *
 * @example
 * nameBox(DRILL3_CONTRACT, "D3_LeverCart") //=> { top: 45, left: 3, bottom: 45, right: 14 }
 */
export function nameBox(contract: DrillContract, name: string): RangeBox {
  return mustParseRange(contractName(contract, name).range);
}

/**
 * A name's shape: its rows and columns.
 *
 * @example
 * nameShape(DRILL3_CONTRACT, "D3_OtherLevers") //=> { rows: 2, columns: 12 }
 */
export function nameShape(
  contract: DrillContract,
  name: string
): { rows: number; columns: number } {
  const box = nameBox(contract, name);
  return { rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
}

/**
 * The role a name takes in a workbook of a mode (its `blankRole` in a blank one, else its `role`).
 *
 * @example
 * roleIn(contractName(DRILL1_CONTRACT, "D1_OrdersLQ"), "blank") //=> "output"
 * roleIn(contractName(DRILL1_CONTRACT, "D1_OrdersLQ"), "starter") //=> "given"
 */
export function roleIn(entry: ContractName, mode: WorkbookPlan["mode"]): NameRole {
  return mode === "blank" && entry.blankRole ? entry.blankRole : entry.role;
}

/**
 * The names of a role, in declaration order.
 *
 * @example
 * namesOfRole(DRILL3_CONTRACT, "coach-setting").map((n) => n.name)[0] //=> "D3_MaxDigitalHoursPerSAWeek"
 */
export function namesOfRole(contract: DrillContract, role: NameRole): ContractName[] {
  return contract.names.filter((n) => n.role === role);
}

/**
 * The workbook names a plan writes for a contract: absolute, sheet-quoted references with their
 * comments, in declaration order. `dataRows` gives the row count of each `rowsFromData` name (its
 * declared range is the first row); a missing count throws (a programming error).
 *
 * @example
 * contractPlanNames(DRILL3_CONTRACT, { D3_RosterSAs: 80 })[0]
 * //=> { name: "D3_SAs", refersTo: "'D3 Model'!$C$8", comment: "…" }
 */
export function contractPlanNames(
  contract: DrillContract,
  dataRows: Readonly<Record<string, number>> = {}
): PlanName[] {
  return contract.names.map((n) => ({
    name: n.name,
    refersTo: absoluteRef(n.sheet, n.rowsFromData ? grownRange(n, dataRows[n.name]) : n.range),
    comment: n.comment,
  }));
}

/** A `rowsFromData` name's range, grown from its first row to `rows` rows. */
function grownRange(entry: ContractName, rows: number | undefined): string {
  if (rows === undefined || !Number.isInteger(rows) || rows < 1)
    throw new RangeError(`${entry.name} needs its row count from the data, got ${rows}`);
  const box = mustParseRange(entry.range);
  return rangeA1({ ...box, bottom: box.top + rows - 1 });
}
