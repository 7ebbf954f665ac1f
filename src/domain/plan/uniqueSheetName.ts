/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/**
 * The name a new sheet gets so that it never replaces a sheet that exists: `wanted` when it is free,
 * otherwise `wanted (2)`, `wanted (3)` … (shortened to Excel's 31 characters). Sheet names compare
 * case-insensitively, as in Excel.
 *
 * @example
 * uniqueSheetName(["D1 Data", "D1 Work"], "D1 Data") //=> "D1 Data (2)"
 * uniqueSheetName(["D1 Data", "d1 data (2)"], "D1 Data") //=> "D1 Data (3)"
 */
export function uniqueSheetName(existing: Iterable<string>, wanted: string): string {
  const taken = new Set(Array.from(existing, (name) => name.toUpperCase()));
  if (!taken.has(wanted.toUpperCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = wanted.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * The name a new table gets so that it never clashes with a table (or workbook name) that exists:
 * `wanted` when free, otherwise `wanted_2`, `wanted_3` … Table names compare case-insensitively.
 *
 * @example
 * uniqueTableName(["D1Orders"], "D1Orders") //=> "D1Orders_2"
 */
export function uniqueTableName(existing: Iterable<string>, wanted: string): string {
  const taken = new Set(Array.from(existing, (name) => name.toUpperCase()));
  if (!taken.has(wanted.toUpperCase())) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}
