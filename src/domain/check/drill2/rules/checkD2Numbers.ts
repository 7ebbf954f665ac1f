import type { Finding } from "../../../model/workbookModel";
import { isBlank } from "../../cellNumber";
import { quoteContent } from "../../findingText";
import { monthCells } from "../../monthCells";
import { nonNumericFinding } from "../../drill1/nonNumericCells";
import type { Drill2Context } from "../drill2Context";
import {
  D2_BASELINE_ROWS,
  D2_FORECAST_ROWS,
  D2_GUARDRAILS,
  D2_LABELS,
  D2_WEEKS,
} from "../drill2Names";
import { plannedWeek } from "../weekText";

const GIVEN_FIX =
  "It is a given: type the number back (or populate the drill again in a new sheet).";

/**
 * The numbers the drill-2 check needs: `non-numeric` on a guardrail, a baseline week, a forecast week
 * or a lever given that holds text, an error or nothing; `forecast-missing` when a forecast row is
 * empty in every week; `week-out-of-range` when a removal or launch week is not a whole week 1–13.
 *
 * @example
 * checkD2Numbers(contextWithTextInForecastRevenue)[0]?.code //=> "non-numeric"
 */
export function checkD2Numbers(context: Drill2Context): Finding[] {
  const findings: Finding[] = [];
  for (const name of D2_GUARDRAILS) {
    const cell = context.guardrails[name];
    const finding =
      cell &&
      nonNumericFinding(
        name,
        D2_LABELS[name],
        [cell],
        "refused",
        "The check reads this guardrail for its limits: type the number back."
      );
    if (finding) findings.push(finding);
  }
  for (const name of D2_BASELINE_ROWS) {
    const row = context.rows[name];
    const finding = row && nonNumericFinding(name, D2_LABELS[name], row, "refused", GIVEN_FIX);
    if (finding) findings.push(finding);
  }
  for (const name of D2_FORECAST_ROWS) {
    const row = context.rows[name];
    if (!row) continue;
    if (row.every((cell) => isBlank(cell))) {
      findings.push({
        code: "forecast-missing",
        severity: "error",
        message: `${name} (${D2_LABELS[name]}) is empty in all ${D2_WEEKS} weeks: fill it with one formula copied across the weeks, reading the plan grid and the lever tables.`,
        cells: monthCells(
          row,
          row.map((_, w) => w)
        ),
      });
      continue;
    }
    const finding = nonNumericFinding(
      name,
      D2_LABELS[name],
      row,
      "refused",
      "Every week needs a number: fix the formula (or what it divides by)."
    );
    if (finding) findings.push(finding);
  }
  for (const removal of context.removals ?? []) {
    for (const name of ["D2_RemovalRevenue", "D2_RemovalDiscountDriven"] as const) {
      const finding = nonNumericFinding(
        name,
        D2_LABELS[name],
        [removal[name]],
        "refused",
        GIVEN_FIX
      );
      if (finding) findings.push(finding);
    }
  }
  const weekCells = [
    ...(context.removals ?? []).map((r) => ({
      cell: r.D2_Removals,
      lever: r.D2_RemovalLevers,
      what: "switched off",
    })),
    ...(context.replacements ?? []).map((r) => ({
      cell: r.D2_Replacements,
      lever: r.D2_ReplacementLevers,
      what: "live",
    })),
  ];
  for (const { cell, lever, what } of weekCells) {
    const week = plannedWeek(cell);
    if (week.kind !== "invalid") continue;
    const label = typeof lever.value === "string" ? `"${lever.value}"` : "this lever";
    findings.push(
      week.reason === "not-a-number"
        ? {
            code: "non-numeric",
            severity: "error",
            message: `The week ${label} goes ${what} must be a week number, but the cell holds ${quoteContent(cell.value)}. Type a week from 1 to ${D2_WEEKS}, or leave it empty.`,
            cells: [cell.address],
          }
        : {
            code: "week-out-of-range",
            severity: "error",
            message: `The week ${label} goes ${what} is ${quoteContent(cell.value)}: the plan runs over weeks 1 to ${D2_WEEKS}, in whole weeks. Type a week from 1 to ${D2_WEEKS}, or leave it empty.`,
            cells: [cell.address],
          }
    );
  }
  return findings;
}
