import type { Finding } from "../../../model/workbookModel";
import { CITED_TEXT_LIMIT } from "../../citedFigures";
import type { RangeCell } from "../../readNamedBlock";
import type { Drill1Context } from "../drill1Context";
import { vouchedTruth } from "./checkD1TierTable";

/** A cause a move can answer, the words that tie a move to it, and when a seed asks for it. */
type Cause = { id: string; label: string; words: readonly RegExp[] };

/** Causes of drill 1's quarter a move can address (the currency and the denominator need no move). */
const CAUSES: readonly Cause[] = [
  {
    id: "icons",
    label: "the icon share that fell (the AOV mix)",
    words: [
      /\b(icons?|iconic|haute|signature|hero pieces?|waitlists?|m[ée]tiers?|savoir[- ]faire|editorial|storytelling|homepage|home page)\b/i,
    ],
  },
  {
    id: "allocation",
    label: "the allocation that sold through less at full price",
    words: [
      /\b(allocat\w*|depth|buy(ing)?|bought|open[- ]to[- ]buy|inventory|stock|assortment|transfers?|ship[- ]from[- ]store|replenish\w*|sell[- ]?through)\b/i,
    ],
  },
  {
    id: "topClients",
    label: "top clients moving their spend to the boutiques",
    words: [
      /\b(top[- ]clients?|VICs?|best clients?|clientel\w*|sales advisors?|salons?|appointments?|send[- ]a[- ]look|save[- ]the[- ]cart|concierge|click[- ](to|and)[- ](DOS|boutique|collect)|private (viewings?|appointments?))\b/i,
      /\bSAs?\b/,
    ],
  },
];

const textOf = (cell: RangeCell): string =>
  typeof cell.value === "string" ? cell.value.slice(0, CITED_TEXT_LIMIT) : "";

const ties = (text: string, cause: Cause): boolean => cause.words.some((word) => word.test(text));

/**
 * Drill 1's moves read as a coach reads them, against the causes the quarter holds (only while the
 * control totals vouch for D1 Data; empty moves are `moves-missing`):
 * - `moves-no-top-client` (error): no move serves top clients, whose digital share fell while they
 *   moved spend to the boutiques;
 * - `moves-miss-cause` (warning): a diagnosed cause no move addresses (the icon share, the
 *   allocation);
 * - `move-untied` (warning): a move tied to none of the causes, on its cell.
 *
 * @example
 * checkD1Moves(contextWithThreeSiteSpeedMoves).map((f) => f.code)
 * //=> ["moves-no-top-client", "moves-miss-cause", "move-untied", "move-untied", "move-untied"]
 */
export function checkD1Moves(context: Drill1Context): Finding[] {
  const moves = (context.moves ?? []).filter((cell) => textOf(cell).trim() !== "");
  if (moves.length === 0 || !vouchedTruth(context)) return [];
  const findings: Finding[] = [];
  const topClients = CAUSES.find((c) => c.id === "topClients") as Cause;
  if (!moves.some((cell) => ties(textOf(cell), topClients))) {
    findings.push({
      code: "moves-no-top-client",
      severity: "error",
      message:
        "None of your moves serves top clients, yet their digital share fell while they moved " +
        "spend to the boutiques: give one move to them (clienteling with the SAs, appointments, " +
        "send-a-look with attribution), not to traffic or price.",
      cells: moves.map((cell) => cell.address),
    });
  }
  const missed = CAUSES.filter(
    (cause) => cause !== topClients && !moves.some((cell) => ties(textOf(cell), cause))
  );
  if (missed.length > 0) {
    findings.push({
      code: "moves-miss-cause",
      severity: "warning",
      message: `No move addresses ${missed.map((c) => c.label).join(" or ")}: a first move should answer each cause you diagnosed.`,
      cells: moves.map((cell) => cell.address),
    });
  }
  for (const cell of moves) {
    if (CAUSES.some((cause) => ties(textOf(cell), cause))) continue;
    const index = (context.moves ?? []).indexOf(cell) + 1;
    findings.push({
      code: "move-untied",
      severity: "warning",
      message: `Move ${index} is tied to none of the quarter's causes (the icon share, the allocation, top clients): say which one it answers, or replace it.`,
      cells: [cell.address],
    });
  }
  return findings;
}
