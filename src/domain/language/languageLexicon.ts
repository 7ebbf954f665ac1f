/**
 * The words the language judge reads, grouped by the part they play in a sentence. Lists of words,
 * not of phrases: the judge's rules (judgeText) put them together, so a disguise is found by what it
 * is (an amount followed by "off", a qualifier before "pricing", a free item given "with every order")
 * rather than by a list of sentences.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** The two codes the judge gives. */
export type LanguageCode = "discount-lever" | "mass-dtc-lever";

/** The disguise or tactic a hit belongs to. */
export type LanguageKind =
  | "discount"
  | "percent-off"
  | "amount-off"
  | "price-cut"
  | "courtesy"
  | "private-pricing"
  | "friends-family"
  | "voucher"
  | "gift-with-purchase"
  | "loyalty-points"
  | "flash"
  | "outlet"
  | "clearance"
  | "free-shipping-threshold"
  | "promo-code"
  | "retargeting"
  | "influencer-code"
  | "marketplace"
  | "bestseller-carousel"
  | "recommended-carousel"
  | "blast";

/** Which code each kind carries, and the coach's one-line reason (our own words). */
export const KINDS: Readonly<Record<LanguageKind, { code: LanguageCode; why: string }>> = {
  discount: {
    code: "discount-lever",
    why: "a discount by name: the maison never sells its pieces below their price",
  },
  "percent-off": {
    code: "discount-lever",
    why: "a percentage off teaches clients that the price is negotiable and that waiting pays",
  },
  "amount-off": {
    code: "discount-lever",
    why: "an amount off is a discount in cash terms: it cheapens the piece and the client's purchase",
  },
  "price-cut": {
    code: "discount-lever",
    why: "a reduced or special price is a markdown under another name",
  },
  courtesy: {
    code: "discount-lever",
    why: "a courtesy is the boutique's habitual reduction; extended online it becomes a standing discount",
  },
  "private-pricing": {
    code: "discount-lever",
    why: "private, member or VIP pricing is a discount for a list: top clients are served, not priced down",
  },
  "friends-family": {
    code: "discount-lever",
    why: "friends & family is a discount event, however exclusive its invitation",
  },
  voucher: {
    code: "discount-lever",
    why: "vouchers, credits and spend-and-get are money back: a discount paid later",
  },
  "gift-with-purchase": {
    code: "discount-lever",
    why: "a free item with a purchase is a price incentive; a service (alterations, engraving) is not",
  },
  "loyalty-points": {
    code: "discount-lever",
    why: "points, multipliers and cashback are deferred discounts: recognition comes from the SA, not a scheme",
  },
  flash: {
    code: "discount-lever",
    why: "a flash or time-limited price is mass-retail urgency that trains clients to wait for the next one",
  },
  outlet: {
    code: "discount-lever",
    why: "an outlet or off-price channel sells the maison below price and in the wrong setting",
  },
  clearance: {
    code: "discount-lever",
    why: "markdowns and clearance teach clients to wait; surplus is managed by allocation, not price",
  },
  "free-shipping-threshold": {
    code: "discount-lever",
    why: "free shipping above a spend is a price incentive to lift the basket; service is offered to every client",
  },
  "promo-code": {
    code: "discount-lever",
    why: "a promo, welcome or referral code is a discount typed at checkout",
  },
  retargeting: {
    code: "mass-dtc-lever",
    why: "retargeting follows visitors with ads: mass-DTC pressure, not a relationship with an SA",
  },
  "influencer-code": {
    code: "mass-dtc-lever",
    why: "influencer and affiliate codes buy traffic with a discount and a commission: mass DTC",
  },
  marketplace: {
    code: "mass-dtc-lever",
    why: "a marketplace shows the maison's pieces beside anything at any price, out of its own setting",
  },
  "bestseller-carousel": {
    code: "mass-dtc-lever",
    why: "a best-seller carousel leading the homepage puts volume above the icons and the maison's story",
  },
  "recommended-carousel": {
    code: "mass-dtc-lever",
    why: "an algorithmic recommended-for-you carousel as the homepage reads like mass DTC; curation is the SA's",
  },
  blast: {
    code: "mass-dtc-lever",
    why: "one message pushed to the whole base is a blast: top clients hear from their SA, not a list",
  },
};

/** Verbs (and nouns) that end a lever: an imperative "retire X", or a participle after it ("X is retired"). */
export const REMOVAL_ANYWHERE = set(`
  retire retires retiring sunset sunsets sunsetting delist delists delisting discontinue discontinues
  discontinuing abolish abolishes abolishing eliminate eliminates eliminating scrap scraps scrapping
  ditch ditches ditching ban bans banning avoid avoids avoiding refuse refuses refusing reject rejects
  rejecting forbid forbids forbidding prohibit prohibits prohibiting cease ceases ceasing unwind remove
  removes removing replace replaces replacing kill kills killing stopping closing ending dropping
  pulling axing suspending pausing withdrawing deleting delete deletes retired removed stopped ended
  dropped killed scrapped closed cancelled canceled discontinued delisted sunsetted abolished banned
  eliminated ditched axed halt halts halting terminate terminates terminating`);

/** Removal verbs that are also nouns or adjectives ("a 48-hour drop", "the end of season"): read as
 * verbs only where a verb stands (clause start, after "and", "to", a modal, a time label). */
export const REMOVAL_IN_VERB_POSITION = set(`stop stops end close closes drop drops pull pulls axe
  suspend pause withdraw exit kill sunset cancel cancels cancelling canceling`);

/** Phrasal removals: the verb and its particle ("switch off", "phase out", "wind down"). */
export const PHRASAL_REMOVALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    switch: set("off"),
    switches: set("off"),
    switching: set("off"),
    turn: set("off"),
    turns: set("off"),
    turning: set("off"),
    shut: set("off down"),
    shutting: set("off down"),
    phase: set("out"),
    phasing: set("out"),
    wind: set("down"),
    winding: set("down"),
    take: set("down"),
    taking: set("down"),
    get: set("rid"),
    getting: set("rid"),
    do: set("away"),
  })
);

/** Where a base-form verb stands after these, it is a verb ("and retire", "to stop", "will end"). */
export const VERB_LEADS =
  set(`and then to will must should shall would could can we i also immediately
  first now finally gradually permanently please lets us fully simply quickly progressively or plus by
  we'll also just`);

/** Participles and states after a lever that end it: "the 10%-off e-mail is retired". */
export const POSTPOSED_REMOVALS =
  set(`retired removed gone dropped stopped closed killed ended scrapped
  banned abolished discontinued sunset sunsetted delisted cancelled canceled withdrawn eliminated
  switched turned shut phased paused suspended forbidden prohibited history ditched axed replaced
  halted terminated`);

/** Links between a lever and its removal: "is", "will be", "has been". */
export const COPULAS =
  set(`is are was were be been being gets get got stays stay remains remain goes
  will has have now fully permanently also all definitely finally hereby off not`);

/** Words that negate the lever right after them (a few fillers apart): "no markdown", "never a flash sale". */
export const NEGATORS = set(`no not never without zero nor none non dont doesnt wont cannot cant
  didnt shouldnt mustnt`);

/** What may stand between a negator and its lever: "no more", "not a single", "never on a". */
export const NEGATION_FILLERS =
  set(`a an the any single more further other such our its their your of to
  on in at kind sort type form ever again longer all online digital new extra public automatic
  automated blanket site wide sitewide paid social`);

/** Verbs of proposing: after "and" / "," they start a new proposal; after a negator they are negated. */
export const PROPOSAL_VERBS =
  set(`run runs running offer offers offering use uses using launch launches
  launching send sends sending give gives giving add adds adding open opens opening list lists listing
  put puts putting hold holds holding extend extends extending introduce introduces introducing create
  creates creating start starts starting push pushes pushing allow allows allowing make makes making
  apply applies applying grant grants granting reinstate reinstates bring brings bringing sell sells
  selling keep keeps keeping test tests testing pilot pilots piloting roll rolls rolling try tries
  build builds building set sets host hosts hosting publish publishes partner partners invest invests
  increase increases boost boosts expand expands text texts email emails post posts share shares
  activate activates deploy deploys invite invites book books train trains route routes lead leads
  enable enables reward rewards promote promotes announce announces feature features show shows
  surface surfaces place places schedule schedules drive drives lift lifts compete competes discount
  discounts rely relies resort need go do does replace replaces swap swaps move moves`);

/** Before a lever, "instead of X" / "in place of X" / "rather than X" name what goes away. */
export const PREPOSITION_REMOVALS = set("instead place rather");

/** Words that end a proposal and start the next one in the same clause. */
export const SPLITTERS = set("but then while whereas yet instead so");

/** Verbs of substitution: "replace X with Y", "swap X for Y" (Y is proposed). */
export const SUBSTITUTIONS = set("replace replaces replacing swap swaps swapping substitute trade");

/** A clause that describes rather than proposes opens with one of these ("Today…", "The old…"). */
export const DESCRIPTIVE_OPENERS =
  set(`today currently current historically previously formerly existing
  old legacy rival rivals competitor competitors competing`);

/** "Last" opens a description when a time follows it ("last year's", "last season's"). */
export const PAST_TIMES = set(`year years season seasons quarter quarters month months spring summer
  autumn fall winter christmas holiday week weeks time january february march april may june july
  august september october november december`);

/** Causes before a lever ("because of the flash sale", "since it sent 10%-off e-mails"). */
export const CAUSE_CONNECTORS = set("because since due owing thanks");

/** Past or causal predicates after a lever that make it the cause, not the move. */
export const CAUSAL_AFTER = set(`drew drove trained taught pulled diluted brought raised hurt eroded
  cannibalised cannibalized caused explains explained explain led damaged undermined cheapened
  attracted lowered conditioned inflated depressed flooded weakened confused dragged accounted
  accounts backfired failed crowded distorted skewed spoiled was were`);

/** Past proposal verbs before a lever that report what was done ("it sent", "we ran"). */
export const PAST_BEFORE =
  set(`ran sent offered launched used held listed pushed introduced opened gave
  started relied leaned tried had did was were became grew came`);

/** A relative pronoun before a past verb makes it describe the client, not the lever ("clients who were…"). */
export const RELATIVES = set("who that which whose whom");
