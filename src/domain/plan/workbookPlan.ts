/**
 * The workbook plan: a drill described once as plain data. The Office.js writer (src/excel) and the
 * .xlsx writer (src/xlsx) both render exactly this; nothing about a drill's layout lives in a writer.
 *
 * Conventions every plan follows:
 * - Addresses are A1 without sheet (`"B4"`, `"C10:N10"`); sheet-qualified references inside formulas,
 *   names and charts always quote the sheet (`'D3 Model'!$C$10`), so a writer can rename a sheet that
 *   already exists in the workbook (see `renamePlanSheets`).
 * - Formulas are native Excel formulas in A1 with a leading `=`, English function names, comma
 *   separators. Plans for files never use `LUX.*` (a coach without the add-in must see numbers).
 * - Money cells use `FORMATS.usd`/`FORMATS.usdCents`, shares `FORMATS.pct1` …, so both writers agree.
 */

export type DrillId = "1" | "2" | "3" | "kpi" | "log";

export type CellValue = string | number | boolean | null;

/** How a cell reads: givens are styled apart from the cells a candidate fills. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "instruction"
  | "header"
  | "label"
  | "given"
  | "input"
  | "output"
  | "check"
  | "note"
  | "stamp";

export type PlanCell = {
  value?: CellValue;
  /** Native formula, A1, leading "=". When present, `value` is ignored by writers. */
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  /** A cell note/comment (e.g. what a coach setting means). */
  note?: string;
  /** Optional hyperlink target inside the workbook, e.g. `#'D3 Model'!C10`. */
  link?: string;
};

/** A rectangle of cells whose top-left cell is `at`. Rows may be ragged; missing cells stay empty. */
export type PlanBlock = {
  at: string;
  rows: PlanCell[][];
};

export type PlanTable = {
  /** Table name, unique in the workbook (writers suffix `_2` … on collision). */
  name: string;
  /** Header row plus body, e.g. "A6:L5010". */
  range: string;
  /** Excel table style, e.g. "TableStyleLight1". */
  style?: string;
  /** Show a totals row? Off by default (totals are explicit formulas in the plan). */
  totalsRow?: boolean;
};

export type PlanName = {
  /** Workbook-scoped name, e.g. "D3_SAs". */
  name: string;
  /** Sheet-qualified absolute reference, e.g. "'D3 Model'!$C$10:$N$10". */
  refersTo: string;
  comment?: string;
};

export type PlanValidation =
  | { range: string; kind: "list"; values: string[]; prompt?: string }
  | { range: string; kind: "decimal" | "whole"; min: number; max: number; prompt?: string };

export type PlanChart = {
  kind: "waterfall";
  title: string;
  /** Two columns, labels then values, first row Start and last row End, e.g. "'D1 Work'!$B$20:$C$24". */
  source: string;
  /** Where the chart's top-left corner sits on its sheet, and its size in cells. */
  at: string;
  widthCells: number;
  heightCells: number;
};

export type PlanSheet = {
  name: string;
  tabColor?: string;
  /** Column widths in Excel character units, by column letter. */
  columnWidths?: Record<string, number>;
  freeze?: { rows: number; columns: number };
  blocks: PlanBlock[];
  tables?: PlanTable[];
  validations?: PlanValidation[];
  charts?: PlanChart[];
  /** Hidden sheets hold machinery a coach need not see (e.g. kept formulas). */
  hidden?: boolean;
};

export type WorkbookPlan = {
  drill: DrillId;
  /** 0 is canonical (the seed documents' figures); any other integer a variant. */
  seed: number;
  /** "blank" or "starter" (drill 3), "answer-key" for a coach's key. */
  mode: "blank" | "starter" | "answer-key";
  generatorVersion: string;
  sheets: PlanSheet[];
  names: PlanName[];
};

/** Number formats both writers use, so files and Excel agree. */
export const FORMATS = {
  usd: "$#,##0",
  usdCents: "$#,##0.00",
  int: "#,##0",
  pct0: "0%",
  pct1: "0.0%",
  pct2: "0.00%",
  points2: '0.00" pts"',
  decimal2: "0.00",
  date: "yyyy-mm-dd",
  text: "@",
} as const;
