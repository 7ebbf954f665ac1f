import type { LeverCandidate } from "./findLeverCandidates";
import {
  CAUSAL_AFTER,
  CAUSE_CONNECTORS,
  COPULAS,
  DESCRIPTIVE_OPENERS,
  NEGATION_FILLERS,
  NEGATORS,
  PAST_BEFORE,
  PAST_TIMES,
  PHRASAL_REMOVALS,
  POSTPOSED_REMOVALS,
  PREPOSITION_REMOVALS,
  PROPOSAL_VERBS,
  RELATIVES,
  REMOVAL_ANYWHERE,
  REMOVAL_IN_VERB_POSITION,
  SPLITTERS,
  SUBSTITUTIONS,
  VERB_LEADS,
} from "./languageLexicon";
import type { Token } from "./tokenizeText";

/** Why a named lever is not a proposal, or "proposed". */
export type LeverStance = "proposed" | "negated" | "removed" | "cited";

const OPENER_SKIPS = new Set(
  "the a an our its their his her this that these those in during".split(" ")
);
const CHAIN_LINKS = new Set(["and", "or", "nor", "&", "plus", ",", "any"]);
const HOLDING_VERBS = new Set(
  "has have had carry carries include includes contain contains feature features".split(" ")
);
const PAST_IN_PHRASE = new Set(
  "previous former old legacy rival rivals competitor competitors yesterday existing".split(" ")
);
/** After "is not" / "will never be": the lever before it is refused. */
const REFUSED = new Set(
  "part allowed permitted welcome option acceptable considered offered used planned included tolerated".split(
    " "
  )
);
const LEAD_INS = new Set(["also", "then", "just", "instead", "finally", "we", "will", "and"]);
const NEXT_CLAUSE_NO = new Set([
  ...["none", "never", "no", "nope", "not", "zero", "nothing"],
  ...POSTPOSED_REMOVALS,
]);
/** "comes from the markdown", "driven by retargeting": what follows is the cause. */
const CAUSE_VERBS = new Map([
  ...[
    "comes",
    "come",
    "came",
    "stems",
    "stemmed",
    "results",
    "resulted",
    "follows",
    "followed",
  ].map((w) => [w, "from"] as const),
  ...["driven", "caused", "explained", "led", "hit", "hurt", "fuelled", "fueled"].map(
    (w) => [w, "by"] as const
  ),
]);

/**
 * Reads, for each lever the text names, whether the writer proposes it. Scope is a segment: a clause
 * (up to . ! ? ; : a line break or a spaced dash) cut again where a new proposal starts (", and
 * launch…", "but", "then", "instead", "replace X with Y"). Within a segment:
 * - negated: a negator a few fillers before the lever ("no markdown", "never a flash sale", "not a
 *   single influencer code", "non-discounted"), carried along a list of levers ("no outlet or
 *   clearance"); a negated proposal verb ("don't run", "never offer") negates the rest of the segment;
 *   a bare negation answering the clause ("Retargeting? None.");
 * - removed: a removal verb before it ("retire", "switch off", "phase out", "replace X with"), a
 *   removal after it ("the 10%-off e-mail is retired"), or "instead of / in place of X";
 * - cited: the segment describes or explains ("Today…", "The old…", "A rival's…", "last season's…"),
 *   the lever follows a cause ("because", "since") or a past verb ("it sent"), or a causal verb
 *   follows it ("drew entry clients away").
 * One pass over the tokens per segment: linear.
 *
 * @example
 * // "Retire the 10% e-mail and launch a 15% welcome code": the e-mail is removed, the code proposed.
 */
export function readLeverScope(
  tokens: readonly Token[],
  candidates: readonly LeverCandidate[]
): LeverStance[] {
  const n = tokens.length;
  const norm = (i: number): string => tokens[i]?.norm ?? "";
  const segment = new Int32Array(n);
  const clause = new Int32Array(n);

  // Segments: one pass, splitting clauses where a new proposal starts.
  let seg = 0;
  let cl = 0;
  let substitution = false;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "break") {
      segment[i] = seg;
      clause[i] = cl;
      seg++;
      cl++;
      substitution = false;
      continue;
    }
    const w = t.norm;
    let split = SPLITTERS.has(w);
    if (t.kind === "comma" || w === "and" || w === "or" || w === "plus") {
      let k = i + 1;
      while (k < n && k < i + 4 && LEAD_INS.has(norm(k))) k++;
      const next = norm(k);
      if (PROPOSAL_VERBS.has(next) || isRemovalWord(next)) split = true;
    }
    if (substitution && (w === "with" || w === "by" || w === "for")) split = true;
    if (split && i > 0 && tokens[i - 1]?.kind !== "break") {
      seg++;
      substitution = false;
    }
    if (SUBSTITUTIONS.has(w)) substitution = true;
    segment[i] = seg;
    clause[i] = cl;
  }

  const stance: LeverStance[] = candidates.map(() => "proposed");
  const bySegment = new Map<number, number[]>();
  candidates.forEach((c, index) => {
    const s = segment[c.from] ?? 0;
    const list = bySegment.get(s) ?? [];
    list.push(index);
    bySegment.set(s, list);
  });
  const startsAt = new Map<number, number[]>();
  candidates.forEach((c, index) => {
    const list = startsAt.get(c.from) ?? [];
    list.push(index);
    startsAt.set(c.from, list);
  });
  const inCandidate = new Uint8Array(n);
  const removedByPreposition = new Uint8Array(n);
  for (const c of candidates) for (let k = c.from; k < c.to && k < n; k++) inCandidate[k] = 1;

  const mark = (index: number, why: LeverStance): void => {
    if (stance[index] === "proposed") stance[index] = why;
  };

  // Candidates starting before token i, to ask "does this clause name a lever?" in constant time.
  const startsBefore = new Int32Array(n + 1);
  for (const c of candidates)
    if (c.from < n) startsBefore[c.from + 1] = (startsBefore[c.from + 1] ?? 0) + 1;
  for (let i = 1; i <= n; i++)
    startsBefore[i] = (startsBefore[i] ?? 0) + (startsBefore[i - 1] ?? 0);
  let negatedVerbAt = Infinity;

  // Walk each segment once.
  let s0 = 0;
  while (s0 < n) {
    let s1 = s0;
    while (s1 < n && segment[s1] === segment[s0]) s1++;
    const inSeg = bySegment.get(segment[s0] ?? 0) ?? [];
    if (inSeg.length > 0) readSegment(s0, s1, inSeg);
    s0 = s1;
  }

  function readSegment(from: number, to: number, inSeg: readonly number[]): void {
    // Descriptive opener: "Today…", "The old…", "A rival's…", "Last season's…".
    let o = from;
    while (o < to && (OPENER_SKIPS.has(norm(o)) || tokens[o]?.kind === "comma")) o++;
    const opener = norm(o);
    const describes =
      (DESCRIPTIVE_OPENERS.has(opener) && !(opener === "today" && norm(o + 1) === "only")) ||
      (opener === "last" && PAST_TIMES.has(norm(o + 1)));

    negatedVerbAt = Infinity;
    let removalAt = Infinity;
    let causeAt = Infinity;
    let pastAt = Infinity;
    let causalAt = -1;
    let postposedAt = -1;
    let relative = false;
    // "instead of X", "in place of X", "rather than X", "away from X": X is what goes, up to a comma
    // (or "to" after "away from"). Marked token by token as the loop goes, so it stays linear.
    let prepositionFrom = -1;
    let awayFrom = false;

    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      const w = t.norm;
      if (RELATIVES.has(w)) relative = true;
      const free = inCandidate[i] === 0;
      // "clients who dropped out" is not a removal: a past form after a relative pronoun describes.
      const describedPast = relative && POSTPOSED_REMOVALS.has(w);
      if (free && removalAt === Infinity && !describedPast && isRemovalAt(i, from)) removalAt = i;
      if (free && causeAt === Infinity && CAUSE_CONNECTORS.has(w)) {
        if (w === "because" || w === "since" || norm(i + 1) === "to") causeAt = i;
      }
      if (free && causeAt === Infinity && CAUSE_VERBS.get(w) === norm(i + 1)) causeAt = i;
      if (free && pastAt === Infinity && !relative && !t.glued && PAST_BEFORE.has(w)) pastAt = i;
      if (free && !relative && !t.glued && CAUSAL_AFTER.has(w)) causalAt = i;
      if (free && POSTPOSED_REMOVALS.has(w) && isPostposed(i, from)) postposedAt = i;
      if (free && w === "off" && norm(i + 1) === "the" && norm(i + 2) === "table") postposedAt = i;
      if (free && w === "not" && norm(i + 1) === "an" && norm(i + 2) === "option") postposedAt = i;
      if (free && w === "zero" && norm(i - 1) === "to") postposedAt = i; // "cut retargeting to zero"
      // "markdowns are not part of the plan", "codes will not be offered"
      if (
        free &&
        (w === "not" || w === "never") &&
        COPULAS.has(norm(i - 1)) &&
        REFUSED.has(norm(i + 1))
      )
        postposedAt = i;
      if (
        free &&
        (w === "not" || w === "never") &&
        norm(i + 1) === "be" &&
        REFUSED.has(norm(i + 2))
      )
        postposedAt = i;
      if (free && w === "no" && norm(i + 1) === "longer" && COPULAS.has(norm(i - 1)))
        postposedAt = i;
      if (t.kind === "comma" || (awayFrom && w === "to")) {
        prepositionFrom = -1;
        awayFrom = false;
      }
      if (prepositionFrom >= 0 && i >= prepositionFrom) removedByPreposition[i] = 1;
      if (PREPOSITION_REMOVALS.has(w) && (norm(i + 1) === "of" || norm(i + 1) === "than")) {
        prepositionFrom = i + 2;
        awayFrom = false;
      }
      if (w === "away" && norm(i + 1) === "from") {
        prepositionFrom = i + 2;
        awayFrom = true;
      }
      if (NEGATORS.has(w)) negateFrom(i, to);
    }

    for (const index of inSeg) {
      const c = candidates[index] as LeverCandidate;
      if (c.from > removalAt) mark(index, "removed");
      if (c.from >= negatedVerbAt) mark(index, "negated");
      if (pastInPhrase(c.from)) mark(index, "cited");
      if (postposedAt >= c.to) mark(index, "removed");
      if (removedByPreposition[c.from] === 1) mark(index, "removed");
      if (describes || c.from > causeAt || c.from > pastAt || causalAt >= c.to)
        mark(index, "cited");
    }

    // "Retargeting? None." — a bare negation answering the clause.
    const breakToken = tokens[to - 1];
    if (breakToken && breakToken.kind === "break" && ["?", ":", "—"].includes(breakToken.norm)) {
      const first = to;
      if (NEXT_CLAUSE_NO.has(norm(first))) {
        let last = first;
        while (last < n && last < first + 6 && tokens[last]?.kind !== "break") last++;
        const clauseHasLever = (startsBefore[last] ?? 0) > (startsBefore[first] ?? 0);
        if (!clauseHasLever && last - first <= 4) for (const index of inSeg) mark(index, "negated");
      }
    }
  }

  /** A negator at i: negate the lever right after it (past fillers), then along a list of levers. */
  function negateFrom(i: number, to: number): void {
    let k = i + 1;
    // "never run", "don't offer", "no longer use": the rest of the segment is negated.
    let v = k;
    while (
      v < to &&
      v < k + 3 &&
      ["will", "we", "do", "does", "to", "be", "ever", "longer", "again"].includes(norm(v))
    )
      v++;
    if (
      (PROPOSAL_VERBS.has(norm(v)) || HOLDING_VERBS.has(norm(v))) &&
      !tokens[v]?.glued &&
      v < to
    ) {
      negatedVerbAt = Math.min(negatedVerbAt, v);
      return;
    }
    while (
      k < to &&
      k < i + 5 &&
      (NEGATION_FILLERS.has(norm(k)) || isNumberish(k)) &&
      !startsAt.has(k)
    )
      k++;
    if (!startsAt.has(k)) return;
    // Carry the negation along a list: "no outlet, clearance or private sale".
    let m = k;
    while (m < to) {
      const starting = startsAt.get(m);
      if (starting) {
        for (const index of starting) mark(index, "negated");
        let far = m + 1;
        for (const index of starting) far = Math.max(far, (candidates[index] as LeverCandidate).to);
        m = far;
        continue;
      }
      if (inCandidate[m] === 1 || CHAIN_LINKS.has(norm(m)) || NEGATION_FILLERS.has(norm(m))) {
        m++;
        continue;
      }
      break;
    }
  }

  /** "last year's 20% off", "a rival's private sale": the lever's own phrase dates or attributes it. */
  function pastInPhrase(from: number): boolean {
    for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
      const t = tokens[k];
      if (!t || t.kind === "break") return false;
      if (PAST_IN_PHRASE.has(t.norm)) return true;
      if (t.norm === "last" && PAST_TIMES.has(norm(k + 1))) return true;
    }
    return false;
  }

  function isNumberish(k: number): boolean {
    const kind = tokens[k]?.kind;
    return kind === "num" || kind === "sym";
  }

  /** A removal that acts from token i on: "retire", "switch off", "phase out", "get rid of"… */
  function isRemovalAt(i: number, segStart: number): boolean {
    const t = tokens[i] as Token;
    const w = t.norm;
    const nextGlued = tokens[i + 1]?.glued === true;
    if (t.glued || nextGlued) return false;
    if (REMOVAL_ANYWHERE.has(w)) return true;
    const particles = PHRASAL_REMOVALS.get(w);
    if (particles && particles.has(norm(i + 1))) return true;
    if (REMOVAL_IN_VERB_POSITION.has(w) && norm(i + 1) !== "of") {
      const prev = i - 1;
      const verbPosition =
        prev < segStart ||
        tokens[prev]?.kind === "break" ||
        tokens[prev]?.kind === "comma" ||
        VERB_LEADS.has(norm(prev));
      // "close the outlet" removes; "close more orders with a courtesy" does not: the lever must be its object.
      let object = false;
      for (let k = i + 1, words = 0; words < 4 && k < n && !object; k++) {
        object = startsAt.has(k);
        if (!tokens[k + 1]?.glued) words++; // "end-of-season" is one word of the object
      }
      return verbPosition && object;
    }
    return false;
  }

  /** "X is retired", "X, retired in week 2", "X retired": a removal after the lever. */
  function isPostposed(i: number, segStart: number): boolean {
    for (let k = i - 1; k >= Math.max(segStart, i - 3); k--) {
      if (COPULAS.has(norm(k)) || tokens[k]?.kind === "comma") return true;
      if (inCandidate[k] === 1) return k === i - 1;
    }
    return false;
  }

  return stance;
}

function isRemovalWord(w: string): boolean {
  return REMOVAL_ANYWHERE.has(w) || REMOVAL_IN_VERB_POSITION.has(w) || PHRASAL_REMOVALS.has(w);
}
