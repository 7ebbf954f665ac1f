import type { Finding, Severity } from "../domain/model/workbookModel";
import { safeText } from "./visibleText";

const SECTIONS: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
  { severity: "info", title: "Info" },
];

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The human-readable report of a check: a summary line, then the findings grouped by severity, each
 * with its code, the coach's message and its cells. Text that came from the file (names, formulas,
 * sheet names) shows control characters as escapes, and long formulas and names shortened; the first
 * {@link MAX_CELLS_SHOWN} cells of a finding are listed.
 *
 * @example
 * formatFindings("drill.xlsx", ["3"], findings)
 * //=> "drill.xlsx — drill 3: 1 error, 0 warnings, 1 info\n\nErrors\n  typed-output: …"
 */
export function formatFindings(
  file: string,
  drills: readonly string[],
  findings: readonly Finding[]
): string {
  const count = (severity: Severity): number =>
    findings.filter((f) => f.severity === severity).length;
  const lines = [
    `${safeText(file)} — drill${drills.length === 1 ? "" : "s"} ${safeText(drills.join(", "))}: ` +
      `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${count("info")} info`,
  ];
  for (const { severity, title } of SECTIONS) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push("", title);
    for (const finding of group) {
      lines.push(`  ${finding.code}: ${safeText(finding.message)}`);
      lines.push(`    cells: ${cellList(finding.cells)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** More cells than this in one finding are counted, not listed. */
export const MAX_CELLS_SHOWN = 20;

function cellList(cells: readonly string[]): string {
  const shown = cells.slice(0, MAX_CELLS_SHOWN).map((cell) => safeText(cell, 120));
  const more = cells.length - shown.length;
  return shown.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/**
 * The `--json` shape: exactly {code, severity, message, cells} per finding, the text exact (JSON
 * escapes C0 control characters itself; a program reading it decides how to show the rest).
 */
export function findingsJson(findings: readonly Finding[]): string {
  const plain = findings.map(({ code, severity, message, cells }) => ({
    code,
    severity,
    message,
    cells,
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
