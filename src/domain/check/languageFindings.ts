import { judgeLabelledTexts } from "../language/judgeLabelledTexts";
import type { LanguageHit } from "../language/judgeText";
import type { Finding } from "../model/workbookModel";
import type { RangeCell } from "./readNamedBlock";

/** A written answer in a cell, and how a coach calls it ("Move 2", "The lever", "Replacement 1"). */
export type JudgedCell = { cell: RangeCell; label: string };

const ADVICE = {
  "discount-lever":
    "this maison has no price lever in any disguise. Clients come back for the product, the story and " +
    "the service (icons first, clienteling, appointments, previews), never for price: rewrite it as a " +
    "service, assortment or clienteling move.",
  "mass-dtc-lever":
    "this is the mass-DTC playbook the seat is expected to refuse. Reach top clients through their SA " +
    "and the maison's own setting (save-the-cart, send-a-look, digital salons, an editorial homepage " +
    "led by the icons): rewrite it as such a move.",
} as const;

/**
 * `discount-lever` and `mass-dtc-lever` findings for the cells whose text proposes a lever, as the
 * language judge reads them (src/domain/language): one finding per cell and code, quoting each phrase
 * with the coach's reason, on that cell. A lever the text negates, removes or cites is not a proposal.
 *
 * @example
 * languageFindings([{ cell: moveCell, label: "Move 1" }])[0]?.message
 * //=> "Move 1 (\"Flash sale on icons\") proposes \"Flash sale\" (a flash or time-limited price …): …"
 */
export function languageFindings(texts: readonly JudgedCell[]): Finding[] {
  const judged = judgeLabelledTexts(
    texts.map(({ cell, label }) => ({ label, text: cell.value, cell }))
  );
  const findings: Finding[] = [];
  for (const { label, text, cell, hits } of judged) {
    const trimmed = text.trim();
    const shown = trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
    for (const code of ["discount-lever", "mass-dtc-lever"] as const) {
      const mine = hits.filter((h) => h.code === code);
      if (mine.length === 0) continue;
      const message = `${label} ("${shown}") proposes ${quote(mine)}: ${ADVICE[code]}`;
      findings.push(
        code === "discount-lever"
          ? { code: "discount-lever", severity: "error", message, cells: [cell.address] }
          : { code: "mass-dtc-lever", severity: "error", message, cells: [cell.address] }
      );
    }
  }
  return findings;
}

/** Each phrase once, quoted as written, with the reason of its kind the first time the kind appears. */
function quote(hits: readonly LanguageHit[]): string {
  const seenPhrases = new Set<string>();
  const seenKinds = new Set<string>();
  const parts: string[] = [];
  for (const hit of hits) {
    const key = hit.phrase.toLowerCase();
    if (seenPhrases.has(key)) continue;
    seenPhrases.add(key);
    const why = seenKinds.has(hit.kind) ? "" : ` (${hit.why})`;
    seenKinds.add(hit.kind);
    parts.push(`"${hit.phrase}"${why}`);
  }
  return parts.join(", ");
}
