import { absoluteA1, mustParseRange, parseRange, rangeA1 } from "./a1";

/**
 * Sheet-qualified references ("'D3 Model'!$C$10:$N$10"): quoting a sheet name, qualifying an
 * address, and the one reader that splits such a reference into its sheet and rectangle. Every layer
 * writes and reads references through here, so a sheet with a quote or a space in its name reads
 * the same everywhere.
 */

/** A reference to one rectangle on one sheet: the sheet as spelled (unquoted), the range in A1. */
export type SheetRange = { sheet: string; range: string };

/**
 * A sheet name as Excel writes it in a reference: always quoted, inner quotes doubled.
 *
 * @example
 * quoteSheet("Bob's") //=> "'Bob''s'"
 */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name as written in a reference prefix, back to the name: quotes removed, doubled quotes
 * undone; an unquoted name is returned as it is.
 *
 * @example
 * unquoteSheet("'Bob''s'") //=> "Bob's"
 */
export function unquoteSheet(written: string): string {
  if (written.length >= 2 && written.startsWith("'") && written.endsWith("'")) {
    return written.slice(1, -1).replace(/''/g, "'");
  }
  return written;
}

/**
 * The sheet a reference prefix names, as the lexer hands it over ("'D3 Model'!", "Data!"): the
 * trailing "!" dropped and the name unquoted; undefined for no prefix ("").
 *
 * @example
 * sheetOfPrefix("'Bob''s'!") //=> "Bob's"
 */
export function sheetOfPrefix(prefix: string): string | undefined {
  if (prefix === "") return undefined;
  return unquoteSheet(prefix.endsWith("!") ? prefix.slice(0, -1) : prefix);
}

/**
 * A sheet-qualified address, for a finding or a link.
 *
 * @example
 * qualify("D3 Model", "E14") //=> "'D3 Model'!E14"
 */
export function qualify(sheet: string, a1: string): string {
  return `${quoteSheet(sheet)}!${a1}`;
}

/**
 * An absolute, sheet-qualified reference for names, charts and cross-sheet formulas; throws when
 * `range` is not an A1 rectangle (a plan with a bad address is a bug).
 *
 * @example
 * absoluteRef("D3 Model", "C10:N10") //=> "'D3 Model'!$C$10:$N$10"
 */
export function absoluteRef(sheet: string, range: string): string {
  return `${quoteSheet(sheet)}!${absoluteA1(mustParseRange(range))}`;
}

/**
 * Splits a reference to one rectangle on one sheet ("'D1 Work'!$B$20:$C$24", "=Review!A1",
 * "#'D3 Model'!C10" as a link writes it) into its sheet and its range (A1 without `$`, upper case).
 * Anything else (no sheet, several areas, whole columns, a formula) gives undefined. Linear in the
 * length of the text.
 *
 * @example
 * splitSheetRef("'D3 Model'!$C$45:$N$45") //=> { sheet: "D3 Model", range: "C45:N45" }
 * splitSheetRef("C10") //=> undefined
 */
export function splitSheetRef(reference: string): SheetRange | undefined {
  let text = reference.trim();
  if (text.startsWith("=") || text.startsWith("#")) text = text.slice(1);
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const prefix = text.slice(0, bang);
  const quoted = prefix.startsWith("'");
  if (quoted && !/^'(?:[^']|'')+'$/.test(prefix)) return undefined;
  if (!quoted && /['!:\s()"]/.test(prefix)) return undefined;
  const box = parseRange(text.slice(bang + 1).replace(/\$/g, ""));
  if (!box) return undefined;
  return { sheet: unquoteSheet(prefix), range: rangeA1(box) };
}
