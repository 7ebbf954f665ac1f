import type { Finding, Severity } from "../domain/model/workbookModel";

const SECTIONS: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
  { severity: "info", title: "Info" },
];

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The human-readable report of a check: a summary line, then the findings grouped by severity, each
 * with its code, the coach's message and its cells.
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
    `${file} — drill${drills.length === 1 ? "" : "s"} ${drills.join(", ")}: ` +
      `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${count("info")} info`,
  ];
  for (const { severity, title } of SECTIONS) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push("", title);
    for (const finding of group) {
      lines.push(`  ${finding.code}: ${finding.message}`);
      lines.push(`    cells: ${finding.cells.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The `--json` shape: exactly {code, severity, message, cells} per finding. */
export function findingsJson(findings: readonly Finding[]): string {
  const plain = findings.map(({ code, severity, message, cells }) => ({
    code,
    severity,
    message,
    cells,
  }));
  return `${JSON.stringify(plain, null, 2)}\n`;
}
