import { qualify } from "../sheet/sheetRef";
import type { Finding, Severity } from "../model/workbookModel";
import type { PlanCell, PlanSheet } from "../plan/workbookPlan";
import { FORMATS } from "../plan/workbookPlan";
import type { DrillStamp } from "./readDrillStamps";

/** The title in A1 of a Review sheet. */
export const REVIEW_TITLE = "Review";

/** The code a Review row carries for a `LUX.*` cell whose result could not be kept as a number. */
export const NOT_COMPUTED_CODE = "lux-not-computed";

/** A `LUX.*` cell whose result was an error value or missing when the workbook was prepared. */
export type SharingProblem = {
  sheet: string;
  /** A1 without sheet. */
  cell: string;
  formula: string;
  /** What the cell showed: an error value ("#VALUE!") or "no value". */
  shownBefore: string;
  /** What the cell holds now (an explanation, never a number). */
  written: string;
  message: string;
};

export type ReviewContent = {
  preparedAt: string;
  findings: readonly Finding[];
  problems: readonly SharingProblem[];
  stamps: readonly DrillStamp[];
  /** How many `LUX.*` formulas were kept, and on which hidden sheet (none when nothing was kept). */
  kept: { formulas: number; sheet?: string };
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The Review sheet a coach reads first: when the workbook was prepared, the drill and variant stamp
 * (drill, seed, generator version, mode — enough to regenerate the drill and its answer key), the
 * `LUX.*` cells that could not be kept as numbers, and the latest check findings (errors first) with
 * each finding's first cell as an internal hyperlink and all its cells listed.
 *
 * @example
 * const sheet = reviewSheet("Review", { preparedAt, findings, problems: [], stamps, kept: { formulas: 0 } });
 * // a finding on "'D3 Model'!E14" becomes a row whose cell D links to "#'D3 Model'!E14"
 */
export function reviewSheet(name: string, content: ReviewContent): PlanSheet {
  const rows: PlanCell[][] = [];
  const line = (...cells: PlanCell[]) => rows.push(cells);
  const gap = () => rows.push([]);
  const header = (...labels: string[]) =>
    line(...labels.map((value): PlanCell => ({ value, style: "header" })));

  line({ value: REVIEW_TITLE, style: "title" });
  line({
    value: `Prepared for sharing at ${content.preparedAt}. LUX.* results are kept as values, so this workbook reads the same without the Maison Drills add-in; with the add-in, "Restore formulas" brings the formulas back. Click a cell to go to it.`,
    style: "instruction",
  });
  gap();

  line({ value: "Drill and variant", style: "subtitle" });
  header("Drill", "Variant seed", "Generator version", "Mode", "Stamp");
  if (content.stamps.length === 0) {
    line({
      value:
        "No Drill info block was found: this workbook does not say which drill or variant it holds.",
      style: "note",
    });
  }
  for (const stamp of content.stamps) {
    const where = qualify(stamp.sheet, stamp.cell);
    line(
      { value: stamp.drill, style: "stamp", numberFormat: FORMATS.text },
      {
        value: stamp.seed,
        style: "stamp",
        numberFormat: typeof stamp.seed === "number" ? "0" : FORMATS.text,
      },
      { value: stamp.generatorVersion, style: "stamp", numberFormat: FORMATS.text },
      { value: stamp.mode, style: "stamp", numberFormat: FORMATS.text },
      { value: where, link: `#${where}` }
    );
  }
  gap();

  if (content.problems.length > 0) {
    line({ value: "LUX cells that could not be kept as numbers", style: "subtitle" });
    header("Code", "Severity", "Message", "Cell");
    for (const problem of content.problems) {
      const where = qualify(problem.sheet, problem.cell);
      line(
        { value: NOT_COMPUTED_CODE, numberFormat: FORMATS.text },
        { value: "error", numberFormat: FORMATS.text },
        { value: problem.message },
        { value: where, link: `#${where}` }
      );
    }
    gap();
  }

  const findings = [...content.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  line({ value: "Check findings (the latest check)", style: "subtitle" });
  line({
    value: `${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes.`,
    style: "note",
  });
  header("Code", "Severity", "Message", "Cell", "All cells");
  if (findings.length === 0) line({ value: "No findings.", style: "note" });
  for (const finding of findings) {
    const first = finding.cells[0];
    line(
      { value: finding.code, numberFormat: FORMATS.text },
      { value: finding.severity, numberFormat: FORMATS.text },
      { value: finding.message },
      first === undefined ? {} : { value: first, link: `#${first}` },
      finding.cells.length > 1 ? { value: finding.cells.join(", "), style: "note" } : {}
    );
  }
  gap();

  line(
    { value: "LUX formulas kept as values", style: "label" },
    { value: content.kept.formulas, numberFormat: FORMATS.int },
    {
      value:
        content.kept.sheet === undefined
          ? "None: this workbook had no LUX.* formula to keep."
          : `Kept on the hidden sheet "${content.kept.sheet}".`,
      style: "note",
    }
  );

  return {
    name,
    tabColor: "#B08D57",
    columnWidths: { A: 24, B: 12, C: 90, D: 24, E: 40 },
    freeze: { rows: 1, columns: 0 },
    blocks: [{ at: "A1", rows }],
  };
}
