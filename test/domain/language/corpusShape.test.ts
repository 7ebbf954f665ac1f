import { readFileSync } from "fs";
import { join } from "path";

/** Shape of the language corpus (test/fixtures/language/README.md). This test only checks the files are
 * well formed and split as documented; it reads no judge. */

interface Entry {
  id: string;
  text: string;
  label: string;
  class: string;
  context: string;
}

const DIR = join(__dirname, "..", "..", "fixtures", "language");
const load = (name: string): Entry[] =>
  JSON.parse(readFileSync(join(DIR, name), "utf8")) as Entry[];

const LABELS = ["discount-lever", "mass-dtc-lever", "clean"];
const CONTEXTS = ["d1-move", "d1-diagnosis", "d2-lever", "d2-rebuild", "d3-lever", "d3-note"];
const CLASS_LABELS: Record<string, string[]> = {
  "percent-off": ["discount-lever"],
  "amount-off": ["discount-lever"],
  courtesy: ["discount-lever"],
  "private-pricing": ["discount-lever"],
  "friends-family": ["discount-lever"],
  voucher: ["discount-lever"],
  "gift-with-purchase": ["discount-lever"],
  "loyalty-points": ["discount-lever"],
  flash: ["discount-lever"],
  outlet: ["discount-lever"],
  clearance: ["discount-lever"],
  "free-shipping-threshold": ["discount-lever"],
  "promo-code": ["discount-lever"],
  retargeting: ["mass-dtc-lever"],
  "influencer-code": ["mass-dtc-lever"],
  marketplace: ["mass-dtc-lever"],
  "bestseller-carousel": ["mass-dtc-lever"],
  "recommended-carousel": ["mass-dtc-lever"],
  blast: ["mass-dtc-lever"],
  "lookalike-negation": ["discount-lever", "mass-dtc-lever"],
  "sales-advisor": ["clean"],
  "by-appointment": ["clean"],
  "service-not-price": ["clean"],
  removal: ["clean"],
  negation: ["clean"],
  "cited-not-proposed": ["clean"],
  "luxury-lever": ["clean"],
};

describe("language corpus shape", () => {
  const train = load("corpus.train.json");
  const heldout = load("corpus.heldout.json");
  const all = [...train, ...heldout];

  it("holds at least 320 entries", () => {
    expect(all.length).toBeGreaterThanOrEqual(320);
  });

  it("gives every entry an id, a non-empty text and a valid label, class and context", () => {
    for (const e of all) {
      expect(Object.keys(e).sort()).toEqual(["class", "context", "id", "label", "text"]);
      expect(e.id).toMatch(/^c-\d{3,}$/);
      expect(e.text.trim().length).toBeGreaterThan(0);
      expect(LABELS).toContain(e.label);
      expect(CONTEXTS).toContain(e.context);
      expect(Object.keys(CLASS_LABELS)).toContain(e.class);
      expect(CLASS_LABELS[e.class]).toContain(e.label);
    }
  });

  it("keeps ids unique across both files", () => {
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it("never repeats a text (case and surrounding space ignored)", () => {
    const texts = all.map((e) => e.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("has at least 12 entries per class (30 for luxury-lever) and holds out floor(n/3) of each", () => {
    for (const cls of Object.keys(CLASS_LABELS)) {
      const n = all.filter((e) => e.class === cls).length;
      const held = heldout.filter((e) => e.class === cls).length;
      expect({ cls, enough: n >= (cls === "luxury-lever" ? 30 : 12) }).toEqual({
        cls,
        enough: true,
      });
      expect({ cls, held }).toEqual({ cls, held: Math.floor(n / 3) });
    }
  });
});
