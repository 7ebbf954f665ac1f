/**
 * The plain read model of a workbook that every check runs on. Both adapters fill it: src/excel from
 * Office.js (values and formulas of the used ranges, names resolved) and src/xlsx from a file (the
 * values a spreadsheet program saved with each formula). The rules never see Office or ExcelJS.
 */

import type { FindingCode } from "../check/findingCodes";

/** An Excel error value such as "#REF!", "#N/A", "#DIV/0!", "#NAME?", "#VALUE!". */
export type CellError = { error: string };

export type ModelValue = number | string | boolean | null | CellError;

export type ModelCell = {
  /** The value shown (for a formula: its last computed result; null when none was saved). */
  value: ModelValue;
  /** A1 formula with leading "=", when the cell holds one. */
  formula?: string;
};

export type ModelSheet = {
  name: string;
  /** Cells by A1 address without sheet ("C10"); absent means empty (within `coverage`, if any). */
  cells: Map<string, ModelCell>;
  /**
   * Present when only part of the sheet was read (the Office.js adapter reads what a job needs, to
   * stay under Excel on the web's payload limits). Absent: every cell, with its value, was read.
   */
  coverage?: SheetCoverage;
};

/** What of a sheet a partial read holds; outside it, a cell is unknown, not empty. */
export type SheetCoverage = {
  /** Only the cells of these rectangles (A1, no sheet) were read; absent: every cell. */
  cells?: string[];
  /**
   * Formula results were read only in these rectangles; elsewhere a formula cell holds its formula
   * and a null value that means "not read". Absent: every result was read.
   */
  formulaResults?: string[];
};

export type ModelName = {
  name: string;
  /** As stored, e.g. "'D3 Model'!$C$10:$N$10" or "#REF!". */
  refersTo: string;
  /** Resolved target, when the name points at one rectangle on one existing sheet. */
  target?: { sheet: string; range: string };
};

export type WorkbookModel = {
  sheets: ModelSheet[];
  /** Workbook-scoped names, keyed by upper-case name (Excel names are case-insensitive). */
  names: Map<string, ModelName>;
  /**
   * False when the model comes from a file whose formulas carry no saved results (written by a
   * script, never opened and saved in a spreadsheet program): such a file must not be judged.
   */
  formulaValuesKnown: boolean;
};

export type Severity = "error" | "warning" | "info";

export type Finding = {
  /** One of FINDING_CODES, e.g. "share-mismatch". */
  code: FindingCode;
  severity: Severity;
  message: string;
  /** Sheet-qualified A1 addresses, e.g. "'D3 Model'!C10" or "'D3 Model'!C10:N10". Never empty. */
  cells: string[];
};

/** What a check of a whole workbook concludes. */
export type CheckResult =
  | { kind: "checked"; drills: string[]; findings: Finding[] }
  /** No drill of ours in this workbook (no drill names, no Drill info stamp). */
  | { kind: "not-a-drill"; reason: string }
  /** Formulas without saved results: never judged on missing numbers. */
  | { kind: "no-saved-values"; reason: string };
