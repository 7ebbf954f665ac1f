/**
 * One token of a written answer. Hyphens are not tokens: a word joined to the one before by a hyphen
 * ("flash-sale", "don't-miss", "10%-off") is marked `glued`, so "flash-sale" and "flash sale" read
 * alike while "no-brainer" is still told from "no brainer".
 */
export type Token = {
  /** Lower case, apostrophes dropped, common typos mended: "Don’t" → "dont", "Influncer" → "influencer". */
  norm: string;
  kind: TokenKind;
  /** Offsets in the text, end exclusive: `text.slice(start, end)` is the token as written. */
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen with no space ("sale" in "flash-sale"). */
  glued: boolean;
};

/**
 * `word` and `num` (starts with a digit: "20", "10pc", "2.5k", "3x"); `sym` for % $ € £ ¥ & +;
 * `comma` for , and /; `break` ends a clause (. ! ? ; : a line break, a spaced dash, a bullet).
 */
export type TokenKind = "word" | "num" | "sym" | "comma" | "break";

/** The judge reads at most this many characters of one text; the rest is not scanned. */
export const MAX_SCANNED_CHARS = 20_000;

const TYPOS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    retargetting: "retargeting",
    retargetted: "retargeted",
    influncer: "influencer",
    influncers: "influencers",
    influenser: "influencer",
    carosel: "carousel",
    carosels: "carousels",
    carrousel: "carousel",
    carroussel: "carousel",
    markdwon: "markdown",
    dicount: "discount",
    discout: "discount",
  })
);

const HYPHENS = new Set([
  "-",
  "\u2010",
  "\u2011",
  "\u2012",
  "\u2013",
  "\u2014",
  "\u2015",
  "\u2212",
]);
const APOSTROPHES = new Set(["'", "\u2019", "\u02bc", "`"]);
const SYMBOLS = new Set(["%", "$", "€", "£", "¥", "₹", "₩", "&", "+"]);
const BREAKS = new Set(["!", "?", ";", ":", "\n", "\r", "•", "|", "…", "\u2028", "\u2029"]);
const COMMAS = new Set([",", "/"]);
const LETTERISH = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Lone or paired surrogates are never letters here: emoji and broken halves are skipped.
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTERISH.test(ch);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === " " || ch === "\t" || ch === "\u00a0" || ch === "\u202f";
}

/**
 * Splits a text into tokens in one left-to-right pass (linear, no regular expression over the whole
 * text), reading at most MAX_SCANNED_CHARS characters. Never throws.
 *
 * @example
 * tokenizeText("Don't-miss 20%off!").map((t) => t.norm) //=> ["dont", "miss", "20", "%", "off", "!"]
 */
export function tokenizeText(text: string): Token[] {
  const n = Math.min(text.length, MAX_SCANNED_CHARS);
  const tokens: Token[] = [];
  let gluePending = false;
  let i = 0;
  while (i < n) {
    const ch = text[i] as string;
    if (isWordChar(ch)) {
      const start = i;
      let norm = "";
      while (i < n) {
        const c = text[i] as string;
        if (isWordChar(c)) {
          norm += c;
          i++;
        } else if (
          APOSTROPHES.has(c) &&
          i > start &&
          i + 1 < n &&
          isWordChar(text[i + 1] as string)
        ) {
          i++; // "don't", "client’s": the apostrophe is dropped from the norm
        } else if ((c === "." || c === ",") && isDigit(text[i - 1]) && isDigit(text[i + 1])) {
          norm += c; // "2,500", "2.5k"
          i++;
        } else break;
      }
      const lower = norm.toLowerCase();
      tokens.push({
        norm: TYPOS.get(lower) ?? lower,
        kind: isDigit(norm[0]) ? "num" : "word",
        start,
        end: i,
        glued: gluePending,
      });
      gluePending = false;
      continue;
    }
    if (HYPHENS.has(ch)) {
      const spaced = isSpace(text[i - 1]) && isSpace(text[i + 1]);
      const dash = ch === "\u2013" || ch === "\u2014" || ch === "\u2015";
      if (spaced && (dash || ch === "-") && i > 0) {
        tokens.push({ norm: "—", kind: "break", start: i, end: i + 1, glued: false });
        gluePending = false;
      } else {
        // "flash-sale", "10%-off", "−20%": the next token is glued to what came before
        gluePending = tokens.length > 0 && !isSpace(text[i - 1]);
      }
      i++;
      continue;
    }
    if (SYMBOLS.has(ch)) {
      tokens.push({ norm: ch, kind: "sym", start: i, end: i + 1, glued: gluePending });
      gluePending = false;
      i++;
      continue;
    }
    if (ch === "." && (isSpace(text[i + 1]) || i + 1 >= n || !isWordChar(text[i + 1] as string))) {
      tokens.push({ norm: ".", kind: "break", start: i, end: i + 1, glued: false });
    } else if (BREAKS.has(ch)) {
      tokens.push({
        norm: ch === "\r" ? "\n" : ch,
        kind: "break",
        start: i,
        end: i + 1,
        glued: false,
      });
    } else if (COMMAS.has(ch)) {
      tokens.push({ norm: ",", kind: "comma", start: i, end: i + 1, glued: false });
    }
    // Anything else (spaces, quotes, brackets, emoji, control characters) separates tokens.
    gluePending = false;
    i++;
  }
  return tokens;
}
