import { findLeverCandidates, type LeverCandidate } from "./findLeverCandidates";
import { KINDS, type LanguageCode, type LanguageKind } from "./languageLexicon";
import { readLeverScope } from "./readLeverScope";
import { tokenizeText } from "./tokenizeText";

/** A lever a written answer proposes, quoted as written, with where it stands and why it is refused. */
export type LanguageHit = {
  code: LanguageCode;
  /** The disguise or tactic, e.g. "percent-off", "influencer-code". */
  kind: LanguageKind;
  /** The words as they appear: `text.slice(start, end) === phrase`. */
  phrase: string;
  start: number;
  end: number;
  /** A coach's one-line reason. */
  why: string;
};

/**
 * The luxury-discipline judge: every discount disguise and mass-DTC tactic a text proposes, in order
 * of appearance. A lever the text negates ("no markdown, ever"), removes ("retire the 10%-off
 * e-mail", "the outlet is closed") or cites as a cause or a rival's habit ("competitors' markdowns
 * drew entry clients away") is not a proposal and is not returned; look-alikes that still propose
 * ("don't-miss 20% off", "no code needed: 15% off") are. Reads the first 20,000 characters
 * (MAX_SCANNED_CHARS) in linear time; never throws, whatever the string.
 *
 * @example
 * judgeText("Retire the 10% e-mail and launch a 15% welcome code").map((h) => h.phrase) //=> ["15% welcome code"]
 * judgeText("Sales advisors sell icons by appointment; no markdown, ever") //=> []
 */
export function judgeText(text: string): LanguageHit[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    const tokens = tokenizeText(text);
    // The widest reading of each lever decides: "promo code" is negated as a whole, not its "code".
    const candidates = keepWidest(findLeverCandidates(tokens));
    const stance = readLeverScope(tokens, candidates);
    const proposed = candidates.filter((_, i) => stance[i] === "proposed");
    return proposed.flatMap((c) => {
      const first = tokens[c.from];
      const last = tokens[c.to - 1];
      if (!first || !last) return [];
      const { code, why } = KINDS[c.kind];
      return [
        {
          code,
          kind: c.kind,
          phrase: text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          why,
        },
      ];
    });
  } catch {
    // A judge that cannot read a text says nothing rather than stopping the check.
    return [];
  }
}

/**
 * One reading per lever: a lever read inside or across a wider one of the same code merges into it
 * ("15% welcome" and "welcome code" are one "15% welcome code", as are levers side by side: "Retargeting blast"), and a bare "code" inside an
 * influencer's code is that code. Sorted by position; linear after the sort.
 */
function keepWidest(candidates: readonly LeverCandidate[]): LeverCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: LeverCandidate[] = [];
  const lastOf = new Map<string, LeverCandidate>();
  for (const c of sorted) {
    const code = KINDS[c.kind].code;
    const influencer = lastOf.get("influencer-code");
    if (c.kind === "promo-code" && influencer && c.to <= influencer.to) continue;
    const last = lastOf.get(code);
    if (last && c.from <= last.to) {
      last.to = Math.max(last.to, c.to);
      continue;
    }
    const copy = { ...c };
    kept.push(copy);
    lastOf.set(code, copy);
    if (c.kind === "influencer-code") lastOf.set("influencer-code", copy);
  }
  return kept;
}
