/**
 * The mass-DTC playbook a maison does not use: discounts, codes, markdowns, sales, retargeting and
 * blasts, off-price channels. Drills 1, 2 and 3 flag this language (`discount-lever`) wherever a
 * candidate writes a lever, a move or a note. Terms match on word boundaries, so "wholesale",
 * "Salesforce" and "sales advisor" never fire for "sale"; a term right after a negation ("no
 * discounts", "without markdowns", "non-discounted", "remove the 10% off e-mail") is not a proposal.
 */

/** Each entry is a regular-expression source, matched case-insensitively on word boundaries. */
export const DISCOUNT_TERMS: readonly string[] = [
  "discount(?:s|ed|ing)?",
  "(?:\\d+(?:[.,]\\d+)?\\s*)?(?:%|per ?cent)\\s*off",
  "promo(?:s|tional)?(?:[- ]?codes?)?",
  "influencer[- ]codes?",
  "coupons?",
  "vouchers?",
  "mark[- ]?downs?",
  "marked[- ]down",
  "(?:flash|private|sample|seasonal|end[- ]of[- ]season|summer|winter|black[- ]friday)[- ]sales?",
  "on[- ]sale",
  "sale",
  "clearance",
  "outlets?",
  "re[- ]?target(?:ing|ed|s)?",
  "re[- ]?market(?:ing|ed|s)?",
  "blasts?",
  "bogo",
  "buy[- ]one[- ]get[- ]one",
  "cash[- ]?back",
  "price[- ](?:cuts?|reductions?|drops?)",
  "reduced[- ]prices?",
  "rebates?",
  "marketplaces?",
];

// Longest alternatives first, so "flash sale" wins over "sale".
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${[...DISCOUNT_TERMS].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}_])`,
  "giu"
);

/** "point of sale" and "after-sale service" are not sales. */
const NOT_A_SALE = /(?:point[- ]of|after)[- ]$/i;

const NEGATIONS = new Set([
  "no",
  "not",
  "never",
  "without",
  "zero",
  "avoid",
  "avoiding",
  "ban",
  "banning",
  "stop",
  "stopping",
  "remove",
  "removing",
  "removed",
  "kill",
  "replace",
  "replacing",
  "instead",
  "nor",
]);

function negated(before: string): boolean {
  if (/non[- ]$/i.test(before)) return true;
  const clause = before.split(/[.;:!?\n]/).at(-1) ?? "";
  const words = clause.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.slice(-3).some((w) => NEGATIONS.has(w) || w.endsWith("n't"));
}

/**
 * The discount-playbook phrases a text proposes, as written, each once, in order of appearance.
 *
 * @example
 * findDiscountLanguage("Flash sale for VICs, plus a 10% off promo code") //=> ["Flash sale", "10% off", "promo code"]
 * findDiscountLanguage("Wholesale accounts via Salesforce; sales advisors; no discounts") //=> []
 */
export function findDiscountLanguage(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(PATTERN)) {
    const phrase = match[0];
    const before = text.slice(0, match.index);
    if (/^sale$/i.test(phrase) && NOT_A_SALE.test(before)) continue;
    if (negated(before)) continue;
    const key = phrase.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      found.push(phrase.trim());
    }
  }
  return found;
}
