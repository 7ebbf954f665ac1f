import type { Finding } from "../../../model/workbookModel";
import { isBlank } from "../../cellNumber";
import { describeMonths, quoteContent } from "../../findingText";
import { monthCells } from "../../monthCells";
import type { RangeCell } from "../../readNamedBlock";
import type { Drill3Context } from "../drill3Context";
import {
  D3_ASSUMPTION_ROWS,
  D3_LABELS,
  D3_MONTH_ROWS,
  D3_OPTIONAL_SCALARS,
  D3_OTHER_LEVERS,
  D3_OUTPUT_ROWS,
  D3_SCALARS,
} from "../drill3Names";

type Kind = "text" | "error" | "boolean" | "blank";

function kindOf(cell: RangeCell): Kind | undefined {
  const value = cell.value;
  if (isBlank(cell)) return "blank";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object" && value !== null) return "error";
  if (typeof value === "number" && !Number.isFinite(value)) return "error";
  return undefined;
}

const ASSUMPTIONS: readonly string[] = D3_ASSUMPTION_ROWS;
const OUTPUTS: readonly string[] = D3_OUTPUT_ROWS;

function rowFinding(
  name: string,
  label: string,
  row: readonly RangeCell[],
  blanks: "allowed" | "all-or-nothing" | "never"
): Finding | undefined {
  const kinds = row.map(kindOf);
  const allBlank = kinds.every((k) => k === "blank");
  const bad = (k: Kind | undefined) =>
    k !== undefined &&
    (k !== "blank" || blanks === "never" || (blanks === "all-or-nothing" && allBlank));
  const months = kinds.flatMap((k, m) => (bad(k) ? [m] : []));
  if (months.length === 0) return undefined;
  const who = `${label[0]?.toUpperCase() ?? ""}${label.slice(1)} (${name})`;
  let message: string;
  if (allBlank && blanks !== "allowed") {
    message = OUTPUTS.includes(name)
      ? `${who} is empty in every month: each month needs a formula that computes it from the assumptions.`
      : `${who} is not filled in: enter a number for each of the 12 months (0 where nothing happens yet).`;
  } else {
    const parts: string[] = [];
    for (const kind of ["text", "error", "boolean", "blank"] as const) {
      const these = months.filter((m) => kinds[m] === kind);
      if (these.length === 0) continue;
      const shown = [...new Set(these.map((m) => quoteContent(row[m]?.value)))]
        .slice(0, 3)
        .join(", ");
      const verb = {
        text: `hold${these.length === 1 ? "s" : ""} text (${shown})`,
        error: `show${these.length === 1 ? "s" : ""} ${shown}`,
        boolean: `hold${these.length === 1 ? "s" : ""} ${shown}, a yes/no rather than a number`,
        blank: `${these.length === 1 ? "is" : "are"} empty`,
      }[kind];
      parts.push(`${describeMonths(these.map((m) => m + 1))} ${verb}`);
    }
    const fix = OUTPUTS.includes(name)
      ? "Fix the formula (or the assumption it divides by) so every month shows a number."
      : "Type the number, or 0 where the lever is not live yet; an error here usually comes from a formula upstream.";
    message = `${who} must be a number every month, but ${parts.join("; ")}. ${fix}`;
  }
  return { code: "non-numeric", severity: "error", message, cells: monthCells(row, months) };
}

/**
 * `non-numeric`: a month cell (or a given, or a coach setting) that must be a number holds text, an
 * error value, TRUE/FALSE or nothing. Blanks are fine inside a started assumption row (Excel reads
 * them as 0) and in the extra lever rows; output rows and givens need every month. One finding per
 * name, on the offending cells.
 *
 * @example
 * checkNonNumeric(contextWithTextInCartValue)[0]?.cells //=> ["'D3 Model'!E16"]
 */
export function checkNonNumeric(context: Drill3Context): Finding[] {
  const findings: Finding[] = [];
  for (const name of [...D3_SCALARS, ...D3_OPTIONAL_SCALARS]) {
    const cell = context.scalars[name];
    if (!cell || kindOf(cell) === undefined) continue;
    const label = D3_LABELS[name];
    findings.push({
      code: "non-numeric",
      severity: "error",
      message: `${name} (${label}) must be a number, but it ${isBlank(cell) ? "is empty" : `holds ${quoteContent(cell.value)}`}. The check reads it for its limits and givens: type the number back.`,
      cells: [cell.address],
    });
  }
  for (const name of D3_MONTH_ROWS) {
    const row = context.rows[name];
    if (!row) continue;
    const blanks = ASSUMPTIONS.includes(name) ? "all-or-nothing" : "never";
    const finding = rowFinding(name, D3_LABELS[name], row, blanks);
    if (finding) findings.push(finding);
  }
  context.otherLevers?.forEach((row, i) => {
    const finding = rowFinding(D3_OTHER_LEVERS, `added lever ${i + 1}`, row, "allowed");
    if (finding) findings.push(finding);
  });
  return findings;
}
