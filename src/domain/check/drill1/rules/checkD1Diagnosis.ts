import { D1_DIAGNOSIS_MIN_WORDS_DEFAULT } from "../../../drills/drill1/drill1Layout";
import type { Drill1EvidencePoint } from "../../../drills/drill1/drill1EvidencePoints";
import type { Finding } from "../../../model/workbookModel";
import { cellNumber, isBlank } from "../../cellNumber";
import { CITED_TEXT_LIMIT, citedNumbers, cites } from "../../citedFigures";
import { quoteContent } from "../../findingText";
import type { RangeCell } from "../../readNamedBlock";
import type { Drill1Context } from "../drill1Context";
import { D1_DIAGNOSIS_MIN_WORDS } from "../drill1Names";
import type { Drill1Truth } from "../drill1Truth";
import { vouchedTruth } from "./checkD1TierTable";

const textOf = (cell: RangeCell | undefined): string =>
  cell && typeof cell.value === "string" ? cell.value.slice(0, CITED_TEXT_LIMIT) : "";

/** Words as a reader counts them: runs of non-space characters holding a letter or a digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

/** True when the text names the point's idea or cites one of its figures. */
function addresses(text: string, point: Drill1EvidencePoint): boolean {
  if (point.concept.some((groups) => groups.every((word) => word.test(text)))) return true;
  const numbers = citedNumbers(text);
  return point.figures.some((figure) => numbers.some((n) => cites(n, figure)));
}

/** Sentences of a text, as a coach reads them (a full stop, ! ? ; or a line break ends one). */
const sentences = (text: string): string[] => text.split(/[.!?;\n]+(?:\s|$)/);

/** A negation in the sentence before the claim ("not price", "rather than price cuts"). */
const NEGATED =
  /\b(not|no|never|nor|rather than|instead of|isn't|wasn't|aren't|didn't|doesn't)\b|n't\b/i;

/** The claims that contradict evidence a seed may hold, and when they do. */
const CONTRADICTIONS: readonly {
  claim: RegExp;
  holds: (truth: Drill1Truth) => boolean;
  why: (truth: Drill1Truth) => string;
}[] = [
  {
    claim:
      /\b(price (cuts?|reductions?|drops?|decreases?)|cut(ting)? (our |the )?prices|prices? (fell|dropped|came down|were (cut|lowered|reduced))|lower(ed)? prices|cheaper prices|discount(s|ing)? (drove|caused|explains?))/i,
    // Like-for-like price moved under a quarter of the AOV change: price is not the story.
    holds: (t) => Math.abs(t.aovRate - t.currencyEffect) < 0.25 * Math.abs(t.aovChange),
    why: (t) =>
      `like-for-like prices moved only $${Math.abs(t.aovRate - t.currencyEffect).toFixed(2)} of the ` +
      `$${Math.abs(t.aovChange).toFixed(2)} AOV change (the rate effect less the currency): the ` +
      "drop is mix, not price",
  },
  {
    claim:
      /\b(top[- ]clients? (left|are leaving|have left|churn\w*|defected|walked away|abandoned)|lost (our |the )?top[- ]clients|top[- ]client (churn|attrition|defection))/i,
    holds: (t) => t.evidence.some((p) => p.id === "topClientShift" && p.asked),
    why: (t) =>
      t.evidence.find((p) => p.id === "topClientShift")?.says ??
      "top clients moved spend to the boutiques",
  },
  {
    claim:
      /\b(online (grew|is growing|gained share|outperformed)|online (revenue|sales) (grew|rose|increased|went up))/i,
    holds: (t) => t.evidence.some((p) => p.id === "denominator" && p.asked),
    why: (t) =>
      t.evidence.find((p) => p.id === "denominator")?.says ?? "online revenue fell this quarter",
  },
];

/** The diagnosis's claims that the seed's evidence contradicts, each with the phrase and why. */
function contradictions(text: string, truth: Drill1Truth): { phrase: string; why: string }[] {
  const found: { phrase: string; why: string }[] = [];
  for (const sentence of sentences(text)) {
    for (const rule of CONTRADICTIONS) {
      const match = rule.claim.exec(sentence);
      if (!match || !rule.holds(truth)) continue;
      // "Not price cuts" before the claim, or "price cuts did not…" just after it, negates it.
      const after = sentence.slice(
        match.index + match[0].length,
        match.index + match[0].length + 30
      );
      if (NEGATED.test(sentence.slice(0, match.index)) || NEGATED.test(after)) continue;
      found.push({ phrase: match[0], why: rule.why(truth) });
    }
  }
  return found;
}

/** The coach's word floor: the setting when it is a whole number from 1, else the default. */
function wordFloor(context: Drill1Context): { floor: number; problem?: Finding } {
  const cell = context.diagnosisMinWords;
  if (!cell) return { floor: D1_DIAGNOSIS_MIN_WORDS_DEFAULT };
  const value = cellNumber(cell);
  if (value !== undefined && Number.isInteger(value) && value >= 1 && value <= 1000) {
    return { floor: value };
  }
  return {
    floor: D1_DIAGNOSIS_MIN_WORDS_DEFAULT,
    problem: {
      code: "coach-setting-invalid",
      severity: "warning",
      message: `${D1_DIAGNOSIS_MIN_WORDS} (fewest words in a diagnosis) holds ${isBlank(cell) ? "nothing" : quoteContent(cell.value)}, not a whole number from 1 to 1,000: the check uses ${D1_DIAGNOSIS_MIN_WORDS_DEFAULT}.`,
      cells: [cell.address],
    },
  };
}

/**
 * Drill 1's diagnosis read against the seed's own evidence (only while the control totals vouch
 * for D1 Data; an empty diagnosis is `diagnosis-missing`):
 * - `diagnosis-too-short` (error): fewer words than the coach's floor (`D1_DiagnosisMinWords`);
 * - `diagnosis-no-evidence` (error): it cites no figure of any evidence point;
 * - `diagnosis-contradicts-evidence` (error): it blames price cuts when like-for-like prices barely
 *   moved, says top clients left when they moved spend to the boutiques, or that online grew when
 *   it fell (a claim negated earlier in its sentence does not count);
 * - `diagnosis-misses-evidence` (warning): the points this seed holds that it neither names nor
 *   cites, each with what the data says.
 *
 * @example
 * checkD1Diagnosis(contextWithOneLineDiagnosis).map((f) => f.code)
 * //=> ["diagnosis-too-short", "diagnosis-no-evidence", "diagnosis-misses-evidence"]
 */
export function checkD1Diagnosis(context: Drill1Context): Finding[] {
  const cell = context.diagnosis;
  const text = textOf(cell);
  const { floor, problem } = wordFloor(context);
  const findings: Finding[] = problem ? [problem] : [];
  if (!cell || text.trim() === "") return findings;
  const words = countWords(text);
  if (words < floor) {
    findings.push({
      code: "diagnosis-too-short",
      severity: "error",
      message:
        `Your diagnosis has ${words} word${words === 1 ? "" : "s"}; a coach expects at least ${floor}. ` +
        "Say what moved AOV and sell-through, with the figures, and which other explanations the " +
        "data rules out.",
      cells: [cell.address],
    });
  }
  const truth = vouchedTruth(context);
  if (!truth) return findings;
  const asked = truth.evidence.filter((point) => point.asked);
  const numbers = citedNumbers(text);
  const citesAny = asked.some((point) =>
    point.figures.some((figure) => numbers.some((n) => cites(n, figure)))
  );
  if (!citesAny) {
    findings.push({
      code: "diagnosis-no-evidence",
      severity: "error",
      message:
        "Your diagnosis cites no figure from the data. An interviewer wants the numbers that carry " +
        `it, e.g. ${asked[0]?.says ?? "the mix effect on AOV"}.`,
      cells: [cell.address],
    });
  }
  for (const { phrase, why } of contradictions(text, truth)) {
    findings.push({
      code: "diagnosis-contradicts-evidence",
      severity: "error",
      message: `Your diagnosis says "${phrase}", but the data says otherwise: ${why}.`,
      cells: [cell.address],
    });
  }
  const missed = asked.filter((point) => !addresses(text, point));
  if (missed.length > 0) {
    findings.push({
      code: "diagnosis-misses-evidence",
      severity: "warning",
      message:
        `Your diagnosis leaves out ${missed.map((p) => p.label).join(", ")}: ` +
        `${missed.map((p) => p.says).join("; ")}.`,
      cells: [cell.address],
    });
  }
  return findings;
}
