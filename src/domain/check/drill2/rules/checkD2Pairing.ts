import type { Finding } from "../../../model/workbookModel";
import { cellNumber, isBlank } from "../../cellNumber";
import type { Drill2Context } from "../drill2Context";
import { isDiscountLever, leverName } from "../isDiscountLever";
import { plannedWeek } from "../weekText";

const norm = (value: unknown) =>
  typeof value === "string" ? value.trim().toLowerCase().replace(/\s+/g, " ") : "";

/**
 * Every removed discount or retargeting lever paired with a replacement that is live in time:
 * - `unpaired-removal`: no replacement named, a name that is not one of the replacements on offer,
 *   or a replacement that is never launched;
 * - `replacement-late`: the replacement goes live more than D2_ReplaceWithinWeeks weeks after the
 *   lever is switched off (read from the sheet).
 *
 * @example
 * checkD2Pairing(contextWithCodesRemovedWeek4AndPreviewsLiveWeek9)[0]?.code //=> "replacement-late"
 */
export function checkD2Pairing(context: Drill2Context): Finding[] {
  const removals = context.removals;
  const replacements = context.replacements;
  if (!removals || !replacements) return [];
  const within = cellNumber(context.guardrails.D2_ReplaceWithinWeeks);
  const findings: Finding[] = [];
  removals.forEach((removal, i) => {
    const off = plannedWeek(removal.D2_Removals);
    if (off.kind !== "week" || !isDiscountLever(removal)) return;
    const lever = leverName(removal.D2_RemovalLevers.value, i);
    const pairedCell = removal.D2_RemovalReplacedBy;
    const named = norm(pairedCell.value);
    if (isBlank(pairedCell) || named === "") {
      findings.push({
        code: "unpaired-removal",
        severity: "error",
        message: `${lever} is switched off in week ${off.week} with no replacement named: every discount or retargeting lever that goes needs a maison lever that takes its place, or conversion and revenue simply fall. Pick one in "Replaced by".`,
        cells: [pairedCell.address],
      });
      return;
    }
    const replacement = replacements.find((r) => norm(r.D2_ReplacementLevers.value) === named);
    if (!replacement) {
      findings.push({
        code: "unpaired-removal",
        severity: "error",
        message: `${lever} is paired with "${String(pairedCell.value).trim()}", which is not one of the replacements on offer: pick one from the list so its launch week can be checked.`,
        cells: [pairedCell.address],
      });
      return;
    }
    const live = plannedWeek(replacement.D2_Replacements);
    const replacementName = leverName(replacement.D2_ReplacementLevers.value, 0);
    if (live.kind === "none") {
      findings.push({
        code: "unpaired-removal",
        severity: "error",
        message: `${lever} is switched off in week ${off.week} and paired with ${replacementName}, but ${replacementName} is never launched: type the week it goes live.`,
        cells: [pairedCell.address, replacement.D2_Replacements.address],
      });
      return;
    }
    if (live.kind !== "week" || within === undefined) return;
    const gap = live.week - off.week;
    if (gap > within) {
      findings.push({
        code: "replacement-late",
        severity: "error",
        message: `${lever} is switched off in week ${off.week} but its replacement ${replacementName} only goes live in week ${live.week}, ${gap} weeks later; the guardrail allows ${within} (D2_ReplaceWithinWeeks). Launch the replacement first, or switch the lever off later.`,
        cells: [replacement.D2_Replacements.address, removal.D2_Removals.address],
      });
    }
  });
  return findings;
}
