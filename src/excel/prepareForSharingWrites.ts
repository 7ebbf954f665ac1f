import type { RangeWrite } from "../domain/sharing/rangeWrite";

/**
 * Queues sharing writes on the request context (no sync): "values" through `range.values`, with a
 * text that starts with "=" kept as text by a leading apostrophe; "formulas" through
 * `range.formulas`. Empty cells are written as "" (Office.js reads null as "leave unchanged").
 */
export function writeRangeWrites(
  context: Excel.RequestContext,
  writes: readonly RangeWrite[]
): void {
  for (const write of writes) {
    const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.range);
    const rows = write.rows.map((row) =>
      row.map((entry) => {
        if (entry === null) return "";
        if (write.kind === "values" && typeof entry === "string" && entry.startsWith("="))
          return `'${entry}`;
        return entry;
      })
    );
    if (write.kind === "values") range.values = rows;
    else range.formulas = rows;
  }
}
