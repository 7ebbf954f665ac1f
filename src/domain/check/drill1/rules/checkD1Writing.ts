import type { Finding } from "../../../model/workbookModel";
import { isBlank } from "../../cellNumber";
import { languageFindings } from "../../languageFindings";
import type { Drill1Context } from "../drill1Context";

/**
 * The written part of drill 1: `moves-missing` (a move cell is empty), `diagnosis-missing` (the
 * diagnosis is empty), and `discount-lever` / `mass-dtc-lever` on any move or the diagnosis that
 * proposes a discount in any disguise or a mass-DTC tactic, as the language judge reads it, quoting
 * the phrases found.
 *
 * @example
 * checkD1Writing(contextWithFlashSaleMove).map((f) => f.code) //=> ["discount-lever"]
 */
export function checkD1Writing(context: Drill1Context): Finding[] {
  const findings: Finding[] = [];
  const moves = context.moves ?? [];
  const emptyMoves = moves.filter(
    (cell) => isBlank(cell) || typeof cell.value !== "string" || cell.value.trim() === ""
  );
  if (emptyMoves.length > 0) {
    const which = moves.flatMap((cell, i) => (emptyMoves.includes(cell) ? [`move ${i + 1}`] : []));
    findings.push({
      code: "moves-missing",
      severity: "error",
      message: `Your first three moves are not all written: ${which.join(", ")} ${which.length === 1 ? "is" : "are"} empty. Write each as a concrete action a director could approve (what, for whom, by when), with no price lever.`,
      cells: emptyMoves.map((cell) => cell.address),
    });
  }
  const diagnosis = context.diagnosis;
  if (diagnosis && (typeof diagnosis.value !== "string" || diagnosis.value.trim() === "")) {
    findings.push({
      code: "diagnosis-missing",
      severity: "error",
      message:
        "Your diagnosis is empty: say in a few sentences what moved AOV and sell-through (how much is mix, how much is rate, which tiers) and why top-client digital share fell.",
      cells: [diagnosis.address],
    });
  }
  findings.push(
    ...languageFindings([
      ...moves.map((cell, i) => ({ cell, label: `Move ${i + 1}` })),
      ...(diagnosis ? [{ cell: diagnosis, label: "Your diagnosis" }] : []),
    ])
  );
  return findings;
}
