/** A1 address arithmetic for the file adapter (rows and columns are 1-based). */

export type CellPosition = { row: number; col: number };
export type RangePosition = { top: number; left: number; bottom: number; right: number };

/** "A" → 1, "AB" → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 28 → "AB". */
export function columnLetters(n: number): string {
  let letters = "";
  let rest = n;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "$C$10" or "C10" → { row: 10, col: 3 }. Throws on anything else. */
export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`"${address}" is not an A1 cell address`);
  return { col: columnNumber(match[1] as string), row: Number(match[2]) };
}

/** "C10:N10", "$C$10" … → its rectangle. */
export function parseRange(address: string): RangePosition {
  const [first, second] = address.split(":");
  const a = parseCell(first ?? "");
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function absoluteAddress(row: number, col: number): string {
  return `$${columnLetters(col)}$${row}`;
}

export function rangeAddress(range: RangePosition): string {
  const tl = cellAddress(range.top, range.left);
  const br = cellAddress(range.bottom, range.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/**
 * Splits a sheet-qualified reference ("'D1 Work'!$B$20:$C$24", "Review!A1") into sheet and range.
 * Returns undefined for anything that is not one rectangle on one sheet.
 */
export function splitSheetReference(
  reference: string
): { sheet: string; range: string } | undefined {
  const text = reference.trim().replace(/^=/, "").replace(/^#/, "");
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  const plain = quoted ? undefined : /^([^'!:\s()"]+)!(.+)$/.exec(text);
  const match = quoted ?? plain;
  if (!match) return undefined;
  const sheet = (match[1] as string).replace(/''/g, "'");
  const range = (match[2] as string).replace(/\$/g, "");
  if (!/^[A-Za-z]{1,3}\d+(:[A-Za-z]{1,3}\d+)?$/.test(range)) return undefined;
  return { sheet, range: range.toUpperCase() };
}
