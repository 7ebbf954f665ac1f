import { judgeText } from "../../../src/domain/language/judgeText";

/**
 * Cases of our own, written apart from the corpus, each a principle of the judge: disguises it must
 * see, negations and removals it must honour, look-alikes that still propose, and hard negatives.
 */
const PROPOSED_A: Array<[string, string]> = [
  ["discount-lever", "Give VICs 30% off their next bag"],
  ["discount-lever", "A 25 percent reduction on past-season RTW"],
  ["discount-lever", "Knock €200 off any watch ordered online"],
  ["discount-lever", "Courtesy discount of 15% for the top tier"],
  ["discount-lever", "VIP pricing on the capsule"],
  ["discount-lever", "Members-only sale in the app"],
  ["discount-lever", "Friends and family event for VICs"],
  ["discount-lever", "Send $100 vouchers to lapsed clients"],
  ["discount-lever", "Free scarf with every order above $2,000"],
  ["discount-lever", "Triple points on every online order"],
  ["discount-lever", "A 72-hour flash sale on bags"],
  ["discount-lever", "Launch an outlet on the .com"],
  ["discount-lever", "Mid-season sale on RTW"],
  ["discount-lever", "Free delivery when the basket exceeds €900"],
  ["discount-lever", "SMS code for 10% off the first order"],
  ["discount-lever", "Coupon for app downloads"],
  ["discount-lever", "Birthday discount for top clients"],
  ["discount-lever", "Never pay full price again with member pricing"],
  ["discount-lever", "No code needed, just 15% off at checkout"],
  ["discount-lever", "Don't miss our private sale"],
  ["discount-lever", "Stop waiting: 20% off today"],
  ["discount-lever", "Close more online orders with a 10% courtesy"],
  ["discount-lever", "Remove the carousel and offer 10% off to returning clients"],
  ["discount-lever", "Replace the retargeting with a welcome code"],
  ["mass-dtc-lever", "Retarget cart abandoners on Meta"],
  ["mass-dtc-lever", "Creator codes on Instagram"],
  ["mass-dtc-lever", "Put the icons on Tmall"],
  ["mass-dtc-lever", "Bestsellers carousel at the top of the homepage"],
  ["mass-dtc-lever", "You may also like carousel as the hero"],
  ["mass-dtc-lever", "Weekly e-mail to the entire database"],
  ["mass-dtc-lever", "Retire the outlet, then list the icons on a marketplace"],
];
const PROPOSED_B: Array<[string, string]> = [
  ["discount-lever", "Boutique courtesy honoured on the .com"],
  ["discount-lever", "SAs may grant their usual courtesy on online orders"],
  ["discount-lever", "Client-only prices on the app"],
  ["discount-lever", "An insider price for newsletter subscribers"],
  ["discount-lever", "F&F week in November"],
  ["discount-lever", "€150 credit on the next order for every referral"],
  ["discount-lever", "Give a $200 gift card to clients who spend $2,000"],
  ["discount-lever", "A complimentary silk scarf with each handbag order"],
  ["discount-lever", "Gift with purchase on the holiday capsule"],
  ["discount-lever", "Loyalty points doubled for app orders"],
  ["discount-lever", "5% cashback on icons"],
  ["discount-lever", "Limited-time price on the capsule"],
  ["discount-lever", "Off-price web shop for overstock"],
  ["discount-lever", "Winter sale on RTW"],
  ["discount-lever", "Markdown the slow SKUs by 30%"],
  ["discount-lever", "Free shipping for orders over €250"],
  ["discount-lever", "Orders above $1,500 ship free"],
  ["discount-lever", "Welcome offer: 10% on the first order"],
  ["discount-lever", "A discount code for newsletter sign-ups"],
  ["discount-lever", "Give each VIC a personal code worth 15%"],
  ["discount-lever", "No-fuss 10% off for app users"],
  ["discount-lever", "Never miss a deal: private sale alerts"],
  ["discount-lever", "A 48-hour sale on bags"],
  ["discount-lever", "Gift certificates for top clients who order online"],
  ["mass-dtc-lever", "Follow shoppers across the web with ads"],
  ["mass-dtc-lever", "Product recommendations as the homepage hero"],
  ["mass-dtc-lever", "Remarketing ads to everyone who viewed a bag"],
  ["mass-dtc-lever", "Affiliate links with bloggers"],
  ["mass-dtc-lever", "Partner with TikTok creators using unique codes"],
  ["mass-dtc-lever", "Open a flagship on Amazon"],
  ["mass-dtc-lever", "Top sellers carousel above the fold"],
  ["mass-dtc-lever", "Trending-now rail on the app home"],
  ["mass-dtc-lever", "Recommended for you as the first homepage module"],
  ["mass-dtc-lever", "Frequently bought together module on the homepage"],
  ["mass-dtc-lever", "SMS blast on launch day"],
  ["mass-dtc-lever", "Push notifications to all app users every day"],
  ["mass-dtc-lever", "Newsletter to the full list three times a week"],
];
const CLEAN_A: string[] = [
  "No discounts, no codes, no markdowns.",
  "We will never run a flash sale",
  "Do not list icons on any marketplace",
  "Markdowns: never.",
  "Influencer codes are switched off in week 1",
  "The outlet section will be closed in Q2",
  "Kill the best-seller carousel",
  "Remove retargeting and influencer codes by week 4",
  "Instead of a 10% code, the SA calls the client",
  "Competitors run flash sales every month",
  "Entry clients came from last year's 20% off campaign",
  "AOV fell because of the end-of-season markdowns",
  "Private viewing of the watch, by appointment",
  "Sales associates close the sale in the salon",
  "Complimentary engraving with every icon",
  "Free returns for every client",
  "Early access to the capsule at full price",
  "Sale of the icon by appointment only",
  "After-sales care booked from the app",
  "Price increase of 5% on icons to protect scarcity",
  "Top-client digital share fell 3 points",
  "AOV dropped 12% as the mix moved to entry pieces",
  "Personal e-mail from each SA to their top clients",
  "Zero promo codes on the .com",
  "Retargeting? Not anymore.",
  "The homepage no longer has a recommended-for-you carousel",
  "Send-a-look, without a voucher or a courtesy",
];
const CLEAN_B: string[] = [
  "Get rid of the outlet",
  "Do away with influencer codes",
  "Wind down the affiliate programme by Q3",
  "Delist the icons from marketplaces",
  "Flash sales — not for this maison.",
  "Codes are banned from the .com",
  "Best-seller carousel: gone.",
  "The private sale is history",
  "Phase out retargeting over two quarters",
  "Cut retargeting spend to zero",
  "We stopped the outlet last year",
  "Retargeting drove cheap traffic that bounced",
  "Influencer codes flooded the site with one-time buyers",
  "The drop in AOV comes from the markdown of entry pieces last season",
  "The rival's outlet pulled entry clients",
  "Sales advisors handle every online order",
  "Boost sales per SA with clienteling",
  "Point-of-sale data synced to the CRM",
  "A private salon for the top 50 clients",
  "Private shopping appointment after hours",
  "Free alterations and free engraving, always",
  "Complimentary shipping on every order, no threshold",
  "Gift wrapping for every order, complimentary",
  "Priority access to the new collection at full price",
  "Invitations to the atelier, sent by the SA",
  "Client's own SA sends a personal note with each order",
  "Editorial homepage led by the icons",
  "Icons above the fold, then the maison's films",
  "Allocation of scarce icons to top clients by history",
  "Waitlist for the capsule, no price change",
  "Curated edit from the SA for each top client",
  "Digital salon by appointment, with a private viewing",
  "Mix moved to entry pieces: AOV fell 8% while prices held",
  "Sell-through fell to 62% because allocation was wrong",
  "Save-the-cart: the SA follows up within 24 hours",
  "Ambassador-hosted dinner for top clients",
  "Personalised homepage for logged-in VICs, curated by their SA",
  "Markdowns are not part of the plan",
  "The flash sale in March was a mistake",
  "Say no to markdowns",
  "The outlet is replaced by an archive editorial series",
];

const codesOf = (text: string): string[] => [...new Set(judgeText(text).map((h) => h.code))];

describe("judgeText", () => {
  it.each([...PROPOSED_A, ...PROPOSED_B])("flags %s in %j", (code, text) => {
    expect(codesOf(text)).toContain(code);
  });

  it.each([...CLEAN_A, ...CLEAN_B])("keeps %j clean", (text) => {
    expect(judgeText(text)).toEqual([]);
  });

  it("scopes a removal to its own proposal: the e-mail goes, the code is proposed", () => {
    const hits = judgeText("Retire the 10% e-mail and launch a 15% welcome code");
    expect(hits.map((h) => [h.code, h.kind, h.phrase])).toEqual([
      ["discount-lever", "promo-code", "15% welcome code"],
    ]);
  });

  it("reads negation after the noun and before it", () => {
    expect(judgeText("No markdown, ever")).toEqual([]);
    expect(judgeText("The 10%-off e-mail is retired")).toEqual([]);
    expect(judgeText("Retargeting? None.")).toEqual([]);
  });

  it("does not take a look-alike for a negation", () => {
    for (const text of [
      "Don't-miss 20% discount",
      "No-brainer 15% off",
      "No code needed: 15% off",
    ]) {
      expect(codesOf(text)).toEqual(["discount-lever"]);
    }
  });

  it("quotes the phrase as written, where it stands, with a reason", () => {
    const text = "Icons first.\nThen a FLASH-SALE weekend for VICs";
    const [hit] = judgeText(text);
    expect(hit).toMatchObject({
      code: "discount-lever",
      kind: "flash",
      phrase: "FLASH-SALE weekend",
    });
    expect(text.slice(hit!.start, hit!.end)).toBe("FLASH-SALE weekend");
    expect(hit!.why.length).toBeGreaterThan(20);
  });

  it("reads at most the first 20,000 characters", () => {
    const filler = "Icons by appointment. ".repeat(1000); // 22,000 characters
    expect(judgeText(filler + "Flash sale")).toEqual([]);
    expect(judgeText("Flash sale. " + filler)).toHaveLength(1);
  });

  it("never mutates or throws on odd input", () => {
    expect(judgeText("")).toEqual([]);
    expect(judgeText("\ud800 20% off \udfff")).toHaveLength(1);
    expect(judgeText("constructor toString __proto__ hasOwnProperty")).toEqual([]);
  });
});
