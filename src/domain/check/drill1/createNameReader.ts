import type { Finding, WorkbookModel } from "../../model/workbookModel";
import { anchorCell } from "../anchorCell";
import { nameProblemFinding } from "../nameProblemFinding";
import { type BlockShape, type RangeCell, readNamedBlock } from "../readNamedBlock";

/** Reads a drill's names and keeps the `missing-range` findings of those it could not read. */
export type NameReader = {
  /** Where a finding points when its own cell is unknown ("'D1 Work'!A1"). */
  readonly anchor: string;
  /** The `missing-range` findings so far, in reading order. */
  readonly problems: readonly Finding[];
  /** One cell, or undefined (with a finding) when the name is missing, broken or not 1×1. */
  cell(name: string, label: string): RangeCell | undefined;
  /** An exact block, rows of cells. */
  block(name: string, label: string, shape: BlockShape): RangeCell[][] | undefined;
  /**
   * A column (n×1) of any length from 1 to `maxRows`, or exactly `rows` long when given. Used for
   * per-tier and per-week givens whose length the generator chooses.
   */
  column(name: string, label: string, rows?: number, maxRows?: number): RangeCell[] | undefined;
  /** Like `column`, for a row (1×n). */
  row(name: string, label: string, columns?: number, maxColumns?: number): RangeCell[] | undefined;
  /** True when the workbook defines the name at all (for optional names). */
  has(name: string): boolean;
};

const DEFAULT_MAX = 400;

/**
 * A reader for one drill's names: each failed read becomes one `missing-range` finding (from the
 * shared `nameProblemFinding`) pointing at the drill's anchor cell, and the rule that needed the name
 * stays silent. Never throws.
 *
 * @example
 * const reader = createNameReader(model, "D1_");
 * reader.cell("D1_Method", "bridge method")?.value //=> "midpoint"
 * reader.column("D1_OrdersLQ", "orders last quarter")?.length //=> 4
 */
export function createNameReader(model: WorkbookModel, prefix: string): NameReader {
  const anchor = anchorCell(model, prefix);
  const problems: Finding[] = [];
  const block = (name: string, label: string, shape: BlockShape): RangeCell[][] | undefined => {
    const result = readNamedBlock(model, name, shape);
    if (result.ok) return result.block.rows;
    problems.push(nameProblemFinding(result.problem, label, shape, anchor));
    return undefined;
  };
  const line = (
    name: string,
    label: string,
    direction: "column" | "row",
    length: number | undefined,
    max: number
  ): RangeCell[] | undefined => {
    const shapeOf = (n: number): BlockShape =>
      direction === "column" ? { rows: n, columns: 1 } : { rows: 1, columns: n };
    if (length !== undefined) {
      const rows = block(name, label, shapeOf(length));
      return rows && (direction === "column" ? rows.map((r) => r[0] as RangeCell) : rows[0]);
    }
    const first = readNamedBlock(model, name, shapeOf(1));
    if (first.ok) return first.block.rows.flat();
    const { problem } = first;
    const found = problem.reason === "wrong-shape" ? problem : undefined;
    const fits =
      found !== undefined &&
      (direction === "column" ? found.columns === 1 : found.rows === 1) &&
      found.rows * found.columns <= max;
    if (!fits) {
      const wanted = shapeOf(found ? Math.min(max, Math.max(found.rows, found.columns)) : 1);
      problems.push(nameProblemFinding(problem, label, wanted, anchor));
      return undefined;
    }
    const again = block(name, label, { rows: found.rows, columns: found.columns });
    return again?.flat();
  };
  return {
    anchor,
    get problems() {
      return problems;
    },
    cell: (name, label) => block(name, label, { rows: 1, columns: 1 })?.[0]?.[0],
    block,
    column: (name, label, rows, maxRows = DEFAULT_MAX) =>
      line(name, label, "column", rows, maxRows),
    row: (name, label, columns, maxColumns = DEFAULT_MAX) =>
      line(name, label, "row", columns, maxColumns),
    has: (name) => model.names.has(name.toUpperCase()),
  };
}
