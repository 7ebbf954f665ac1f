/**
 * Omnichannel handoffs whose sale closes in the boutique: click-to-DOS (an online session books an
 * appointment or a reservation), ship-from-store, click-and-collect, reserve-in-store. They are
 * excellent levers, but their revenue is boutique revenue, not digital revenue.
 */
export const CLICK_TO_DOS_TERMS: readonly string[] = [
  "click[- ]?(?:to|2)[- ]?(?:dos|store|boutique)",
  "ship[- ]?from[- ]?(?:store|dos|boutique)s?",
  "click[- ]?(?:and|&|n)[- ]?(?:collect|reserve)",
  "reserve[- ]?(?:in|at)[- ]?(?:store|dos|boutique)",
  "bopis",
  "book[- ]?(?:an?[- ])?(?:in[- ]?store|boutique)[- ]appointments?",
];

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${CLICK_TO_DOS_TERMS.join("|")})(?![\\p{L}\\p{N}_])`,
  "iu"
);

/**
 * The click-to-DOS or ship-from-store phrase a lever label uses, or undefined.
 *
 * @example
 * findClickToDosLanguage("Click-to-DOS reservations") //=> "Click-to-DOS"
 * findClickToDosLanguage("Digital salon gifting") //=> undefined
 */
export function findClickToDosLanguage(text: string): string | undefined {
  return PATTERN.exec(text)?.[0];
}
