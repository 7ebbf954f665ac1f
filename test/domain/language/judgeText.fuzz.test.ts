import fc from "fast-check";
import { judgeText, type LanguageHit } from "../../../src/domain/language/judgeText";
import { MAX_SCANNED_CHARS } from "../../../src/domain/language/tokenizeText";

/** Laws of the judge on any string: it never throws, and every hit quotes the text where it stands. */

const WORDS = [
  "no",
  "never",
  "don't",
  "not",
  "retire",
  "stop",
  "the",
  "a",
  "20",
  "%",
  "off",
  "$",
  "50",
  "flash",
  "sale",
  "sales",
  "advisor",
  "private",
  "pricing",
  "viewing",
  "courtesy",
  "free",
  "shipping",
  "over",
  "gift",
  "with",
  "every",
  "order",
  "points",
  "double",
  "code",
  "influencer",
  "retargeting",
  "marketplace",
  "best-seller",
  "carousel",
  "homepage",
  "recommended",
  "for",
  "you",
  "e-mail",
  "blast",
  "all",
  "clients",
  "because",
  "competitors'",
  "and",
  "launch",
  "instead",
  "of",
  ",",
  ".",
  ";",
  ":",
  "?",
  "—",
  "-",
  "\n",
  "’",
  "é",
  "\u2011",
  "\u0000",
  "\ud800",
  "\udfff",
  "🎁",
  "constructor",
  "__proto__",
];

const wordy = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).chain((words) =>
  fc
    .array(fc.constantFrom(" ", "", "-", "  "), {
      minLength: words.length,
      maxLength: words.length,
    })
    .map((gaps) => words.map((w, i) => w + (gaps[i] ?? " ")).join(""))
);
const codeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));
const anyText = fc.oneof(wordy, codeUnits, fc.string({ unit: "binary", maxLength: 200 }));

function holdsLaws(text: string, hits: readonly LanguageHit[]): void {
  for (const hit of hits) {
    expect(hit.start).toBeGreaterThanOrEqual(0);
    expect(hit.end).toBeGreaterThan(hit.start);
    expect(hit.end).toBeLessThanOrEqual(Math.min(text.length, MAX_SCANNED_CHARS));
    expect(text.slice(hit.start, hit.end)).toBe(hit.phrase);
    expect(["discount-lever", "mass-dtc-lever"]).toContain(hit.code);
    expect(hit.why).not.toBe("");
  }
  const starts = hits.map((h) => h.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b));
}

describe("judgeText laws", () => {
  it("never throws; every hit lies in the text and quotes it exactly", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        holdsLaws(text, judgeText(text));
      }),
      { numRuns: 600 }
    );
  });

  it("gives the same hits for the same text, and reads only the first 20,000 characters", () => {
    fc.assert(
      fc.property(wordy, (text) => {
        const long = text + " ".repeat(MAX_SCANNED_CHARS) + "Flash sale";
        expect(judgeText(text)).toEqual(judgeText(text));
        expect(judgeText(long)).toEqual(judgeText(text));
      }),
      { numRuns: 60 }
    );
  });

  it("holds on huge strings and strings of control characters", () => {
    const huge = "20% off, retire the outlet; ".repeat(40_000);
    holdsLaws(huge, judgeText(huge));
    const control = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join("");
    expect(judgeText(control)).toEqual([]);
    expect(judgeText(undefined as unknown as string)).toEqual([]);
  });
});
