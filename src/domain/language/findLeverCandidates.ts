import type { LanguageKind } from "./languageLexicon";
import type { Token } from "./tokenizeText";

/** A lever named in the text, before the judge reads whether it is proposed: tokens [from, to). */
export type LeverCandidate = { from: number; to: number; kind: LanguageKind };

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Fixed phrases, one position per space, alternatives split by "|". A phrase never crosses a clause
 * break or a comma (they are tokens of their own), and hyphens are not tokens, so "flash-sale" and
 * "flash sale" match alike.
 */
const PHRASES: ReadonlyArray<readonly [string, LanguageKind]> = [
  ["discount|discounts|discounted|discounting", "discount"],
  [
    "price|prices cut|cuts|drop|drops|reduction|reductions|break|breaks|slash|rollback|decrease|decreases|off",
    "price-cut",
  ],
  ["reduced|lowered|slashed|cut|discounted price|prices|pricing|rate|rates", "price-cut"],
  ["special|introductory price|prices|pricing|offer|offers|deal|deals", "price-cut"],
  [
    "cut|slash|lower|reduce|cuts|lowers|reduces|slashes|cutting|lowering|reducing price|prices",
    "price-cut",
  ],
  ["cut|slash|lower|reduce the price|prices", "price-cut"],
  ["below boutique|retail|full|list price|prices", "price-cut"],
  ["below the boutique|retail|full|list price|prices", "price-cut"],
  ["bogo", "price-cut"],
  ["buy one get one", "price-cut"],
  ["friends|friend &|and|+ family", "friends-family"],
  ["family &|and|+ friends", "friends-family"],
  ["f &|+|and f", "friends-family"],
  ["voucher|vouchers", "voucher"],
  ["gift certificate|certificates", "voucher"],
  ["store credit|credits", "voucher"],
  ["gift card|cards bonus|bonuses", "voucher"],
  ["bonus credit|credits", "voucher"],
  ["spend and|& get", "voucher"],
  ["credit note|notes", "voucher"],
  ["gwp|gwps", "gift-with-purchase"],
  ["gift|gifts with purchase|purchases", "gift-with-purchase"],
  [
    "gift|gifts with every|each|any|your|their purchase|purchases|order|orders",
    "gift-with-purchase",
  ],
  ["purchase|purchases with gift|gifts", "gift-with-purchase"],
  ["free gift|gifts", "gift-with-purchase"],
  ["cashback|cashbacks|rebate|rebates", "loyalty-points"],
  ["cash back", "loyalty-points"],
  [
    "loyalty|reward|rewards programme|program|programmes|programs|scheme|schemes|card|cards|club",
    "loyalty-points",
  ],
  [
    "flash sale|sales|deal|deals|event|events|offer|offers|price|prices|discount|discounts|drop|drops|promo|promos|promotion|promotions",
    "flash",
  ],
  ["flashsale|flashsales|flashdeal|flashdeals|doorbuster|doorbusters", "flash"],
  ["limited time offer|offers|price|prices|deal|deals|discount|sale|promotion|promo", "flash"],
  ["time limited offer|offers|price|prices|deal|deals|discount|sale|promotion|promo", "flash"],
  ["today only", "flash"],
  ["deal|deals of the day|week", "flash"],
  ["countdown timer|timers|deal|deals|offer|offers|clock|sale|price|prices", "flash"],
  ["black friday", "flash"],
  ["cyber monday", "flash"],
  ["singles day", "flash"],
  ["weekend only price|prices|offer|offers|deal|deals|discount|sale", "flash"],
  ["outlet|outlets|offprice", "outlet"],
  ["off price|prices", "outlet"],
  ["last chance section|tab|page|edit|rail|corner|sale|store|shop", "outlet"],
  ["factory store|stores", "outlet"],
  [
    "clearance|clearances|markdown|markdowns|liquidation|liquidations|liquidate|liquidating|selloff|eoss",
    "clearance",
  ],
  ["mark down|downs", "clearance"],
  ["marked|marking|marks down", "clearance"],
  ["sell off", "clearance"],
  ["final reduction|reductions|markdown|markdowns|sale|sales", "clearance"],
  ["on sale", "clearance"],
  ["promo|promos|promocode|promocodes|coupon|coupons", "promo-code"],
  ["promo code|codes", "promo-code"],
  ["promotional code|codes|price|prices|pricing|offer|offers|discount", "promo-code"],
  ["welcome code|codes|offer|offers|discount|gift", "promo-code"],
  ["referral code|codes|bonus|credit|reward|rewards", "promo-code"],
  [
    "retargeting|retarget|retargets|retargeted|retargeter|remarketing|remarket|remarketed",
    "retargeting",
  ],
  ["re targeting|target|targeted|targets|marketing|market", "retargeting"],
  ["dynamic product ad|ads", "retargeting"],
  ["dynamic ad|ads", "retargeting"],
  [
    "abandoned|abandon cart|browse|basket|checkout ad|ads|advertising|retargeting|remarketing",
    "retargeting",
  ],
  ["following visitors|users|browsers|shoppers", "retargeting"],
  ["follow|follows visitors|users|browsers|shoppers", "retargeting"],
  ["ad|ads following", "retargeting"],
  [
    "marketplace|marketplaces|amazon|tmall|zalando|ebay|pavilion|pavilions|farfetch|alibaba|rakuten|walmart",
    "marketplace",
  ],
  ["market place|places", "marketplace"],
  [
    "third party platform|platforms|retailer|retailers|site|sites|shop|shops|store|stores|marketplace|marketplaces",
    "marketplace",
  ],
  ["blast|blasts|blasting|blasted", "blast"],
  [
    "mass e|email|emails|emailing|mail|mails|mailing|mailings|sms|text|texts|texting|push|pushes|message|messages|messaging|send|sends|campaign|campaigns|communication|communications|notification|notifications|whatsapp|outreach",
    "blast",
  ],
];

type Phrase = { words: ReadonlyArray<ReadonlySet<string>>; kind: LanguageKind };

const PHRASE_INDEX: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const index = new Map<string, Phrase[]>();
  for (const [source, kind] of PHRASES) {
    const words = source.split(" ").map((alternatives) => new Set(alternatives.split("|")));
    for (const first of words[0] ?? []) {
      const list = index.get(first) ?? [];
      list.push({ words, kind });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

const CURRENCY_SYMBOLS = set("$ € £ ¥ ₹ ₩");
const CURRENCY_CODES = set("chf usd eur gbp jpy cny hkd sgd aed rmb");
const CURRENCY_WORDS = set(
  "dollar dollars euro euros pound pounds franc francs usd eur gbp chf bucks yen yuan"
);
const NUMBER = /^\d+(?:[.,]\d+)*k?$/;
const PERCENT_WORD = /^\d+(?:[.,]\d+)?(?:pc|pct|percent)$/;
const AFTER_PERCENT_OFF =
  set(`off discount discounts discounted reduction reductions markdown markdowns
  saving savings rebate cashback cheaper less back email emails mailer offer offers courtesy`);
const AFTER_PERCENT_CODE = set("code codes coupon coupons promo promos welcome voucher vouchers");
const BEFORE_PERCENT = set("save saving saves take takes get gets enjoy extra additional");
const AFTER_AMOUNT_OFF = set("off reduction reductions discount rebate cashback less");
const AFTER_AMOUNT_VOUCHER = set("back voucher vouchers credit credits coupon coupons bonus");
const PRICE_WORDS = set("price prices pricing rate rates");
/** Each word of each group, mapped to the group's kind. */
const kindsOf = (
  groups: ReadonlyArray<readonly [string, LanguageKind]>
): ReadonlyMap<string, LanguageKind> =>
  new Map(groups.flatMap(([words, kind]) => [...set(words)].map((w) => [w, kind] as const)));
const PRICE_QUALIFIERS = kindsOf([
  [
    `private member members vip vips vic vics client clients loyalty insider preferential staff employee
    exclusive archive`,
    "private-pricing",
  ],
  ["courtesy", "courtesy"],
  ["sale outlet lower promo", "price-cut"],
]);
const SALE_QUALIFIERS = kindsOf([
  [
    `private vip vips vic vics members member insider staff employee archive sample invitation invite
    preview exclusive`,
    "private-pricing",
  ],
  ["family", "friends-family"],
  ["hour hours day days weekend night 24h 48h 72h", "flash"],
  [
    `season seasonal summer winter spring autumn january holiday christmas friday monday warehouse stock
    liquidation clearance annual midseason boxing`,
    "clearance",
  ],
]);
const AFTER_SALE = set(
  "section sections event events rack racks rail rails page pages tab tabs banner banners price prices period weekend edit corner items season"
);
const COURTESY_SERVICES =
  set(`call calls visit visits car cars note notes reminder reminders message
  messages follow check line phone copy title hold service services booking bookings ride rides`);
const CODE_NOT_PROMO =
  set(`qr dress postal post zip country product sku source colour color html access
  booking reference confirmation tracking style brand tax hs area bar barcode security verification pin
  morse cheat genetic ethical conduct design`);
const INFLUENCERS = set(`influencer influencers creator creators affiliate affiliates ambassador
  ambassadors kol kols blogger bloggers tiktoker tiktokers instagrammer instagrammers`);
const INFLUENCER_LINKS = set("code codes link links commission commissions");
const POINT_BEFORE =
  set(`double triple quadruple bonus reward rewards loyalty extra 2x 3x 4x 5x 10x x2 x3
  x4 x5 x10 earn earns earning collect collects accrue`);
const POINT_AFTER = set("multiplier multipliers scheme schemes programme program redeemable bonus");
const FREE_WORDS = set("free complimentary bonus gifted");
const ITEM_STOPS = set("with for on when if to in at and or as by from per");
/** Services and other levers: "free alterations" is service, "bonus points" is read as points. */
const NOT_AN_ITEM = set(`shipping delivery deliveries returns return wrapping wrap engraving
  personalisation personalization monogramming hot stamping embossing alteration alterations repair
  repairs cleaning care aftercare consultation consultations styling fitting fittings tailoring concierge
  appointment appointments access preview previews packaging collection pickup resizing polishing
  servicing service services valet points point credit credits upgrade
  hemming adjustments adjustment parking coffee champagne invitation invitations`);
const GIFT_TRIGGERS = set("every each any first purchase purchases order orders buy");
const BEST_SINGLE = set("bestseller bestsellers bestselling topseller topsellers trending");
const SELLERS = set("seller sellers selling");
const CAROUSELS =
  set(`carousel carousels rail rails slider sliders module modules strip row grid feed
  shelf banner hero section`);
const HOME = set("homepage homepages home hero landing fold front opener");
const ALGORITHMIC = set("algorithmic algorithm algorithms ai");
const ALGORITHMIC_NEXT =
  set(`carousel carousels rail rails slider sliders feed feeds recommendations
  recommendation picks homepage`);
const FOR_YOU_WEAK = set("picked chosen just selected curated handpicked");
const CHANNELS =
  set(`email emails emailing mail mails mailing mailings newsletter newsletters sms text
  texts push pushes notification notifications whatsapp broadcast broadcasts message messages sends
  campaign campaigns edm edms`);
const EVERYONE = set("all whole entire full every everyone everybody");
const AUDIENCES = set(`base database list lists crm file clients client contacts contact installs
  subscribers subscriber customers customer audience users user sa sas members followers vics vic
  everyone everybody`);
const PERSONAL = set("personal personalised personalized own individual handwritten bespoke");
const FREE_SHIPPING_FREE = set("free waive waived waiving waives complimentary");
const SHIPPING = set("shipping delivery ship postage shipment shipments");
const THRESHOLDS =
  set(`over above threshold thresholds minimum min once beyond exceeding exceeds passes
  more spend`);

/**
 * Every lever the text names, proposed or not, in one pass over its tokens plus one pass per clause
 * for the levers read across a clause (a blast, a free-shipping threshold, an influencer's code).
 * Linear: each token starts a bounded number of bounded look-aheads.
 *
 * @example
 * findLeverCandidates(tokenizeText("No markdown; 20% off")).map((c) => c.kind) //=> ["clearance", "percent-off"]
 */
export function findLeverCandidates(tokens: readonly Token[]): LeverCandidate[] {
  const out: LeverCandidate[] = [];
  const norm = (i: number): string => tokens[i]?.norm ?? "";
  const isNum = (i: number): boolean => tokens[i]?.kind === "num" && NUMBER.test(norm(i));
  const add = (from: number, to: number, kind: LanguageKind): void => {
    out.push({ from, to, kind });
  };

  const clauseEnd: number[] = new Array<number>(tokens.length);
  for (let i = tokens.length - 1, end = tokens.length; i >= 0; i--) {
    if (tokens[i]?.kind === "break") end = i;
    clauseEnd[i] = end;
  }
  // Whether the homepage is named after a token in its clause, and anywhere in its clause: one pass
  // each way, so the look-ups stay linear.
  const homeAfter = new Uint8Array(tokens.length);
  for (let i = tokens.length - 1, after = 0; i >= 0; i--) {
    if (tokens[i]?.kind === "break") after = 0;
    homeAfter[i] = after;
    if (HOME.has(norm(i))) after = 1;
  }
  const clauseHome = new Uint8Array(tokens.length);
  for (let i = 0, before = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind === "break") before = 0;
    clauseHome[i] = before === 1 || homeAfter[i] === 1 || HOME.has(norm(i)) ? 1 : 0;
    if (HOME.has(norm(i))) before = 1;
  }

  /** The end of a percentage starting at i ("20 %", "15 percent", "10 per cent", "10pc"), or -1. */
  const percentEnd = (i: number): number => {
    if (tokens[i]?.kind !== "num") return -1;
    if (PERCENT_WORD.test(norm(i))) return i + 1;
    if (!NUMBER.test(norm(i))) return -1;
    const next = norm(i + 1);
    if (next === "%" || next === "percent" || next === "pc" || next === "pct") return i + 2;
    if (next === "per" && norm(i + 2) === "cent") return i + 3;
    return -1;
  };

  /** The end of an amount starting at i ("$50", "50$", "CHF 500", "300 dollars", "€2.5k"), or -1. */
  const amountEnd = (i: number): number => {
    if ((CURRENCY_SYMBOLS.has(norm(i)) || CURRENCY_CODES.has(norm(i))) && isNum(i + 1))
      return i + 2;
    if (isNum(i) && (CURRENCY_SYMBOLS.has(norm(i + 1)) || CURRENCY_WORDS.has(norm(i + 1))))
      return i + 2;
    return -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const w = norm(i);
    const end = clauseEnd[i] ?? tokens.length;

    for (const phrase of PHRASE_INDEX.get(w) ?? []) {
      const n = phrase.words.length;
      if (i + n > end) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = phrase.words[k]?.has(norm(i + k)) ?? false;
      if (ok) {
        add(i, i + n, phrase.kind);
        break;
      }
    }

    const pct = percentEnd(i);
    if (pct > 0) {
      const next = norm(pct);
      if (AFTER_PERCENT_OFF.has(next)) add(i, pct + 1, "percent-off");
      else if (AFTER_PERCENT_CODE.has(next)) add(i, pct + 1, "promo-code");
      else if (next === "e" && (norm(pct + 1) === "mail" || norm(pct + 1) === "mails"))
        add(i, pct + 2, "percent-off");
      else if (BEFORE_PERCENT.has(norm(i - 1)) || (norm(i - 1) === "to" && norm(i - 2) === "up"))
        add(i, pct, "percent-off");
    }

    const amount = amountEnd(i);
    if (amount > 0) {
      const next = norm(amount);
      if (AFTER_AMOUNT_OFF.has(next)) add(i, amount + 1, "amount-off");
      else if (AFTER_AMOUNT_VOUCHER.has(next)) add(i, amount + 1, "voucher");
      else if (next === "gift" && (norm(amount + 1) === "card" || norm(amount + 1) === "cards"))
        add(i, amount + 2, "voucher");
      else if (next === "e" && norm(amount + 1) === "gift") add(i, amount + 3, "voucher");
      else if (next === "store" && norm(amount + 1).startsWith("credit"))
        add(i, amount + 2, "voucher");
    }

    // "members-only sale", "VIP-only pricing": the qualifier may stand before "only".
    const q = norm(i - 1) === "only" ? i - 2 : i - 1;
    if (PRICE_WORDS.has(w) && q >= 0) {
      const kind = PRICE_QUALIFIERS.get(norm(q));
      if (kind) add(q, i + 1, kind);
    }

    if (w === "sale" || w === "sales") {
      const kind = q >= 0 ? SALE_QUALIFIERS.get(norm(q)) : undefined;
      if (kind) add(q, i + 1, kind);
      else if (w === "sale" && AFTER_SALE.has(norm(i + 1)) && i + 1 < end)
        add(i, i + 2, "clearance");
    }

    if (w === "courtesy" || w === "courtesies") {
      const next = norm(i + 1);
      const service = COURTESY_SERVICES.has(next) || (next === "of" && percentEnd(i + 2) < 0);
      if (!service) {
        const priced = PRICE_WORDS.has(next) || next === "reduction" || next === "discount";
        add(i, priced ? i + 2 : i + 1, "courtesy");
      }
    }

    if (
      (w === "code" || w === "codes") &&
      !CODE_NOT_PROMO.has(norm(i - 1)) &&
      norm(i + 1) !== "of"
    ) {
      add(i, i + 1, "promo-code");
    }

    if ((w === "point" || w === "points") && norm(i - 1) !== "percentage") {
      const before = POINT_BEFORE.has(norm(i - 1)) && i - 1 >= 0;
      const perAmount =
        norm(i + 1) === "per" &&
        (CURRENCY_WORDS.has(norm(i + 2)) || CURRENCY_SYMBOLS.has(norm(i + 2)));
      const after = POINT_AFTER.has(norm(i + 1)) || perAmount;
      if (before || after) add(before ? i - 1 : i, after ? i + 2 : i + 1, "loyalty-points");
    }

    if (FREE_WORDS.has(w)) {
      let k = i + 1;
      let serviceOrLever = false;
      while (k < end && k < i + 5 && tokens[k]?.kind === "word" && !ITEM_STOPS.has(norm(k))) {
        if (NOT_AN_ITEM.has(norm(k))) serviceOrLever = true;
        k++;
      }
      if (k > i + 1 && !serviceOrLever) {
        if (norm(k) === "with") {
          for (let m = k + 1; m < Math.min(end, k + 5); m++) {
            if (GIFT_TRIGGERS.has(norm(m))) {
              const object =
                m + 1 < end && tokens[m + 1]?.kind === "word" && !ITEM_STOPS.has(norm(m + 1));
              add(i, object ? m + 2 : m + 1, "gift-with-purchase");
              break;
            }
          }
        } else if (norm(k) === "for") {
          for (let m = k + 1; m < Math.min(end, k + 5); m++) {
            if (norm(m) === "who") {
              add(i, k, "gift-with-purchase");
              break;
            }
          }
        }
      }
    }

    // Best-sellers: a carousel or rail of them, or leading the homepage.
    let best = -1;
    if (BEST_SINGLE.has(w)) best = i + 1;
    else if ((w === "best" || w === "top") && SELLERS.has(norm(i + 1))) best = i + 2;
    else if (w === "top" && isNum(i + 1) && SELLERS.has(norm(i + 2))) best = i + 3;
    else if (w === "most" && ["popular", "sold", "wanted"].includes(norm(i + 1))) best = i + 2;
    else if (
      w === "what" &&
      norm(i + 1) === "sells" &&
      (norm(i + 2) === "most" || norm(i + 2) === "best")
    )
      best = i + 3;
    if (best > 0 && best <= end) {
      let placed = -1;
      for (let m = best; m < Math.min(end, best + 3); m++)
        if (CAROUSELS.has(norm(m))) placed = m + 1;
      if (placed < 0 && clauseHome[i] === 1) placed = best;
      if (placed > 0) add(i, placed, "bestseller-carousel");
    }

    // Recommended-for-you and its algorithmic kin.
    if (
      (w === "recommended" || w === "recommendations" || w === "recommendation") &&
      norm(i + 1) === "for" &&
      norm(i + 2) === "you"
    ) {
      add(i, i + 3, "recommended-carousel");
    } else if (
      w === "you" &&
      (norm(i + 1) === "may" || norm(i + 1) === "might" || norm(i + 1) === "could") &&
      (norm(i + 2) === "like" || norm(i + 2) === "love" || norm(i + 2) === "also")
    ) {
      add(i, norm(i + 2) === "also" ? i + 4 : i + 3, "recommended-carousel");
    } else if (
      ["customers", "clients", "people", "others", "shoppers"].includes(w) &&
      norm(i + 1) === "also" &&
      ["bought", "viewed", "liked", "purchased"].includes(norm(i + 2))
    ) {
      add(i, i + 3, "recommended-carousel");
    } else if (w === "frequently" && norm(i + 1) === "bought" && norm(i + 2) === "together") {
      add(i, i + 3, "recommended-carousel");
    } else if (ALGORITHMIC.has(w)) {
      for (let m = i + 1; m < Math.min(end, i + 4); m++) {
        if (ALGORITHMIC_NEXT.has(norm(m))) {
          add(i, m + 1, "recommended-carousel");
          break;
        }
      }
    } else if ((w === "recommendation" || w === "recommendations") && CAROUSELS.has(norm(i + 1))) {
      add(i, i + 2, "recommended-carousel");
    } else if (w === "recommendations" && norm(i - 1) !== "sa" && norm(i - 1) !== "sas") {
      // Recommendations leading the homepage are the algorithm's, whoever the writer credits.
      if (homeAfter[i] === 1) add(i, i + 1, "recommended-carousel");
    } else if (FOR_YOU_WEAK.has(w) && norm(i + 1) === "for" && norm(i + 2) === "you") {
      let placed = false;
      for (let m = i + 3; m < Math.min(end, i + 6); m++) if (CAROUSELS.has(norm(m))) placed = true;
      if (placed) add(i, i + 3, "recommended-carousel");
    }
  }

  // Levers read across a clause.
  for (let start = 0; start < tokens.length;) {
    const end = clauseEnd[start] ?? tokens.length;
    clauseLevers(tokens, start, end, add, amountEnd);
    start = end + 1;
  }
  return out;
}

function clauseLevers(
  tokens: readonly Token[],
  start: number,
  end: number,
  add: (from: number, to: number, kind: LanguageKind) => void,
  amountEnd: (i: number) => number
): void {
  const norm = (i: number): string => tokens[i]?.norm ?? "";
  let channel = -1;
  let audience: [number, number] | null = null;
  let personal = false;
  let free = -1;
  let ship = -1;
  let threshold: [number, number] | null = null;
  let influencer = -1;
  let link = -1;
  for (let i = start; i < end; i++) {
    const w = norm(i);
    if (channel < 0 && (CHANNELS.has(w) || (w === "e" && norm(i + 1) === "mail"))) channel = i;
    if (audience === null && EVERYONE.has(w)) {
      if (w === "everyone" || w === "everybody") audience = [i, i + 1];
      else
        for (let m = i + 1; m < Math.min(end, i + 4); m++)
          if (AUDIENCES.has(norm(m))) {
            audience = [i, m + 1];
            break;
          }
    }
    if (PERSONAL.has(w)) personal = true;
    if (FREE_SHIPPING_FREE.has(w) && (free < 0 || ship < 0 || Math.abs(ship - free) > 3)) free = i;
    if (SHIPPING.has(w) && (ship < 0 || free < 0 || Math.abs(ship - free) > 3)) ship = i;
    // "no threshold", "whatever the basket": a threshold denied is no threshold.
    const denied = ["no", "without", "whatever", "any", "zero"].includes(norm(i - 1));
    if (threshold === null && !denied) {
      if (THRESHOLDS.has(w)) {
        const amount = amountEnd(i + 1);
        threshold = [i, amount > 0 ? amount : i + 1];
      } else if (w === "from" && amountEnd(i + 1) > 0) threshold = [i, amountEnd(i + 1)];
    }
    if (influencer < 0 && INFLUENCERS.has(w)) influencer = i;
    if (link < 0 && INFLUENCER_LINKS.has(w)) link = i;
  }
  if (channel >= 0 && audience && !personal) {
    add(Math.min(channel, audience[0]), Math.max(channel + 1, audience[1]), "blast");
  }
  if (free >= 0 && ship >= 0 && Math.abs(free - ship) <= 3 && threshold) {
    add(
      Math.min(free, ship, threshold[0]),
      Math.max(free + 1, ship + 1, threshold[1]),
      "free-shipping-threshold"
    );
  }
  if (influencer >= 0 && link >= 0) {
    add(Math.min(influencer, link), Math.max(influencer, link) + 1, "influencer-code");
  } else if (influencer >= 0 && norm(influencer).startsWith("affiliate")) {
    const next = norm(influencer + 1);
    if (["programme", "program", "network", "marketing", "partners"].includes(next))
      add(influencer, influencer + 2, "influencer-code");
  }
}
