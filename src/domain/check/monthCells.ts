import { parseCell, rangeA1 } from "../sheet/a1";
import { qualify, splitSheetRef } from "../sheet/sheetRef";
import type { RangeCell } from "./readNamedBlock";

/**
 * Sheet-qualified addresses of some months of a month row, consecutive months joined into one range
 * ("'D3 Model'!E14:G14"), so a finding selects them in one click. `months` are 0-based indexes.
 *
 * @example
 * monthCells(row, [2, 3, 4, 8]) //=> ["'D3 Model'!E14:G14", "'D3 Model'!K14"]
 */
export function monthCells(row: readonly RangeCell[], months: readonly number[]): string[] {
  const sorted = [...new Set(months)].filter((m) => row[m] !== undefined).sort((a, b) => a - b);
  const addresses: string[] = [];
  let runStart = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const current = sorted[i] as number;
    if (sorted[i + 1] === current + 1) continue;
    const first = row[sorted[runStart] as number] as RangeCell;
    const last = row[current] as RangeCell;
    addresses.push(spanAddress(first, last));
    runStart = i + 1;
  }
  return addresses;
}

function spanAddress(first: RangeCell, last: RangeCell): string {
  if (first === last) return first.address;
  const a = parseCell(first.a1);
  const b = parseCell(last.a1);
  const sheet = splitSheetRef(first.address)?.sheet;
  if (!a || !b || sheet === undefined) return first.address;
  return qualify(sheet, rangeA1({ top: a.row, left: a.column, bottom: b.row, right: b.column }));
}
