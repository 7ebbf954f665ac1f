import { DRILL1_TIERS } from "../../../drills/drill1/drill1Catalogue";
import { D1_CONTROL_NAMES, D1_TIER_GIVENS } from "../../../drills/drill1/drill1Contract";
import type { Finding } from "../../../model/workbookModel";
import { cellNumber, isBlank } from "../../cellNumber";
import { formatNumber, formatUsd } from "../../findingText";
import type { RangeCell } from "../../readNamedBlock";
import type { Drill1Context } from "../drill1Context";
import type { Drill1Truth } from "../drill1Truth";
import { TIER_REVENUE_TOLERANCE_USD, within } from "../drill1Tolerances";

/** A figure as a coach writes it: dollars for revenue, a plain count otherwise. */
const show = (measure: string, value: number): string =>
  measure === "revenue" ? formatUsd(value) : formatNumber(value, 0);

const tolerance = (measure: string): number =>
  measure === "revenue" ? TIER_REVENUE_TOLERANCE_USD : 0;

/** How many differences a message spells out; the finding's cells list them all. */
const SHOWN = 4;

type Difference = { cell: RangeCell; what: string; expected: string; found: string };

const listed = (differences: readonly Difference[]): string => {
  const shown = differences
    .slice(0, SHOWN)
    .map((d) => `${d.cell.a1} (${d.what}) should be ${d.expected}, it is ${d.found}`);
  const more = differences.length - shown.length;
  return shown.join("; ") + (more > 0 ? `; and ${more} more` : "");
};

/** The control totals that differ from the truth; undefined when one is not a number. */
function controlDifferences(context: Drill1Context, truth: Drill1Truth): Difference[] | undefined {
  const differences: Difference[] = [];
  for (const { name, total, label } of D1_CONTROL_NAMES) {
    const cells = context.controls[name];
    if (!cells) return undefined;
    for (const [i, cell] of cells.entries()) {
      const found = cellNumber(cell);
      if (found === undefined) return undefined;
      const expected = truth.controls[name][i] as number;
      if (within(found, expected, tolerance(total))) continue;
      differences.push({
        cell,
        what: `${label.replace("control total: ", "")}, ${i === 0 ? "LQ" : "TQ"}`,
        expected: show(total, expected),
        found: show(total, found),
      });
    }
  }
  return differences;
}

/**
 * The generator's truth for the workbook when the control totals vouch that D1 Data is still that
 * seed's raw rows; undefined otherwise (no truth, a total missing, or edited rows: the tier-table
 * rule says which).
 */
export function vouchedTruth(context: Drill1Context): Drill1Truth | undefined {
  if (context.truth.kind !== "known") return undefined;
  const controls = controlDifferences(context, context.truth.truth);
  return controls !== undefined && controls.length === 0 ? context.truth.truth : undefined;
}

/**
 * The tier table against the generator's truth for the workbook's stamped seed and version:
 * - `tier-table-missing` on its empty cells (in a blank workbook it is the candidate's legwork);
 * - `tier-table-unverified` when the stamp gives no truth to compare with (no stamp, no seed);
 *   nothing when it names another generator version (`generator-version-mismatch` says so);
 * - `raw-data-edited` when the control totals over D1 Data no longer match the seed's raw rows, and
 *   then nothing else: the table cannot be judged against figures the workbook no longer holds;
 * - `tier-table-mismatch` on the figures that differ from the truth (counts exact, revenue $1).
 * The check never reads D1 Data: the control totals stand for it.
 *
 * @example
 * checkD1TierTable(contextWithOneOrderTooMany).map((f) => f.code) //=> ["tier-table-mismatch"]
 */
export function checkD1TierTable(context: Drill1Context): Finding[] {
  const findings: Finding[] = [];
  const read = D1_TIER_GIVENS.filter((g) => context.tiers[g.name]);
  if (read.length === 0) return findings;
  const cells = read.flatMap((g) => context.tiers[g.name] ?? []);
  const empty = cells.filter((cell) => isBlank(cell));
  if (empty.length > 0) {
    const how = context.blankMode
      ? "The tier table is your legwork: count orders and sum order values (USD) by tier and " +
        "quarter with COUNTIFS / SUMIFS over the order rows of D1 Data, and units received and " +
        "sold with SUMIFS over its inventory rows. The bridges are judged on these figures."
      : "These cells are computed from D1 Data: restore their formulas (or repopulate the drill).";
    findings.push({
      code: "tier-table-missing",
      severity: "error",
      message: `${empty.length} of the tier table's ${cells.length} figures are empty. ${how}`,
      cells: empty.map((cell) => cell.address),
    });
  }
  const outcome = context.truth;
  if (outcome.kind === "other-version") return findings;
  if (outcome.kind === "unknown") {
    findings.push({
      code: "tier-table-unverified",
      severity: "warning",
      message:
        `The tier table cannot be compared with the variant's raw data: ${outcome.reason}. ` +
        "The bridges are still judged on the tier table as the workbook shows it.",
      cells: outcome.cells,
    });
    return findings;
  }
  const controls = controlDifferences(context, outcome.truth);
  // A control total that is missing or not a number has its own finding; without it the raw rows
  // cannot be vouched for, so the table is not judged against the seed.
  if (controls === undefined) return findings;
  if (controls.length > 0) {
    findings.push({
      code: "raw-data-edited",
      severity: "error",
      message:
        `The control totals over D1 Data no longer match variant ${outcome.seed}'s raw rows: ` +
        `${listed(controls)}. The raw rows (or the Drill info stamp) were changed, so the tier ` +
        "table and the bridges cannot be judged against the drill's own figures. Repopulate the " +
        "drill, or undo the edit to D1 Data.",
      cells: controls.map((d) => d.cell.address),
    });
    return findings;
  }
  const differences: Difference[] = [];
  for (const given of read) {
    const column = context.tiers[given.name] ?? [];
    const truth = outcome.truth.tiers[given.name];
    for (const [i, cell] of column.entries()) {
      const found = cellNumber(cell);
      const expected = truth[i];
      if (found === undefined) continue;
      if (expected !== undefined && within(found, expected, tolerance(given.measure))) continue;
      differences.push({
        cell,
        what: `${given.label}, ${DRILL1_TIERS[i] ?? `row ${i + 1}`}`,
        expected: expected === undefined ? "nothing (no such tier)" : show(given.measure, expected),
        found: show(given.measure, found),
      });
    }
  }
  if (differences.length > 0) {
    findings.push({
      code: "tier-table-mismatch",
      severity: "error",
      message:
        `${differences.length} tier-table figure${differences.length === 1 ? "" : "s"} differ from ` +
        `variant ${outcome.seed}'s raw rows: ${listed(differences)}. Counts must be exact and ` +
        `revenue within ${formatUsd(TIER_REVENUE_TOLERANCE_USD)}; check each COUNTIFS / SUMIFS ` +
        "(the quarter, the tier, the column summed). The control totals (the tier checksum " +
        "among them) match, so D1 Data is untouched and the difference is in the formulas.",
      cells: differences.map((d) => d.cell.address),
    });
  }
  return findings;
}
