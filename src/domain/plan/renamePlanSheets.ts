import type { PlanCell, PlanChart, PlanName, PlanSheet, WorkbookPlan } from "./workbookPlan";

/** Old sheet name → new sheet name. Matching is case-insensitive, as in Excel. */
export type SheetRenames = Readonly<Record<string, string>>;

/**
 * Renames sheets of a plan and rewrites every sheet-qualified reference to them: in cell formulas,
 * cell links, workbook names and chart sources. String literals inside formulas are left alone, and
 * references to sheets that are not renamed keep their exact spelling. The plan is not mutated.
 *
 * Writers use it when a sheet of the plan already exists in the workbook (`D1 Data` → `D1 Data (2)`),
 * so the second copy's formulas point at its own sheets, never at the first copy's.
 *
 * @example
 * renamePlanSheets(plan, { "D1 Data": "D1 Data (2)" }).names[0].refersTo
 * //=> "'D1 Data (2)'!$C$4" (was "'D1 Data'!$C$4")
 */
export function renamePlanSheets(plan: WorkbookPlan, renames: SheetRenames): WorkbookPlan {
  const lookup = toLookup(renames);
  if (lookup.size === 0) return plan;
  const rewrite = (text: string): string => renameSheetReferences(text, lookup);
  const renameSheet = (name: string): string => lookup.get(name.toUpperCase()) ?? name;

  const sheets: PlanSheet[] = plan.sheets.map((sheet) => ({
    ...sheet,
    name: renameSheet(sheet.name),
    blocks: sheet.blocks.map((block) => ({
      ...block,
      rows: block.rows.map((row) => row.map((cell) => renameCell(cell, rewrite))),
    })),
    ...(sheet.charts
      ? {
          charts: sheet.charts.map((chart): PlanChart => ({
            ...chart,
            source: rewrite(chart.source),
          })),
        }
      : {}),
  }));
  const names: PlanName[] = plan.names.map((name) => ({
    ...name,
    refersTo: rewrite(name.refersTo),
  }));
  return { ...plan, sheets, names };
}

/**
 * Rewrites the sheet-qualified references of one formula or reference text (`'D1 Data'!$C$4`,
 * `Review!A1`, `#'D3 Work'!C10`). Text inside double-quoted string literals is never touched.
 *
 * @example
 * renameSheetReferences("=SUM('D1 Data'!C4:C9)&\"'D1 Data'!\"", { "D1 Data": "D1 Data (2)" })
 * //=> "=SUM('D1 Data (2)'!C4:C9)&\"'D1 Data'!\""
 */
export function renameSheetReferences(
  text: string,
  renames: SheetRenames | ReadonlyMap<string, string>
): string {
  const lookup = renames instanceof Map ? renames : toLookup(renames as SheetRenames);
  if (lookup.size === 0) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = endOfString(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = endOfQuotedName(text, i);
      const name = text.slice(i + 1, end - 1).replace(/''/g, "'");
      const renamed = text[end] === "!" ? lookup.get(name.toUpperCase()) : undefined;
      out += renamed === undefined ? text.slice(i, end) : quoteSheetName(renamed);
      i = end;
    } else if (/[A-Za-z0-9_.\\]/.test(ch)) {
      let end = i;
      while (end < text.length && /[A-Za-z0-9_.\\]/.test(text[end] as string)) end += 1;
      const word = text.slice(i, end);
      const renamed = text[end] === "!" ? lookup.get(word.toUpperCase()) : undefined;
      out += renamed === undefined ? word : quoteSheetName(renamed);
      i = end;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

/**
 * Quotes a sheet name for use in a reference, doubling any apostrophe.
 *
 * @example
 * quoteSheetName("Maison's KPIs") //=> "'Maison''s KPIs'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function renameCell(cell: PlanCell, rewrite: (text: string) => string): PlanCell {
  if (cell.formula === undefined && cell.link === undefined) return cell;
  return {
    ...cell,
    ...(cell.formula !== undefined ? { formula: rewrite(cell.formula) } : {}),
    ...(cell.link !== undefined ? { link: rewrite(cell.link) } : {}),
  };
}

function toLookup(renames: SheetRenames): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const [from, to] of Object.entries(renames)) {
    if (from !== to) lookup.set(from.toUpperCase(), to);
  }
  return lookup;
}

/** Index just past the closing quote of the string literal that opens at `start` ("" escapes). */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}

/** Index just past the closing apostrophe of the quoted sheet name that opens at `start`. */
function endOfQuotedName(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i += 1;
  }
  return text.length;
}
