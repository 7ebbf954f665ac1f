/**
 * Text from a file (sheet names, cells, formulas, part names) on its way to a terminal: control
 * characters could move the cursor, recolour or clear the screen, and bidirectional overrides could
 * make a finding read backwards, so each shows as a visible escape instead.
 */

// C0 controls, DEL and C1 controls; bidirectional embeddings, overrides and isolates; the marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The text with every control and bidirectional formatting character written as `\xHH` or `\uHHHH`.
 *
 * @example
 * visibleText("Q3\u001b[2J") //=> "Q3\\x1B[2J"
 */
export function visibleText(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** Longest run without a space shown whole: formulas and names beyond it keep their two ends. */
export const MAX_RUN = 80;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");
/** Longest finding message shown whole. */
export const MAX_MESSAGE = 600;

/**
 * The text with each run of non-space characters longer than {@link MAX_RUN} (a pasted formula, a
 * long name) shortened to its start and end around an ellipsis, and the whole cut at `max`.
 *
 * @example
 * shortenText(`see =${"A1+".repeat(40)}1`).length //=> 84 ("see " and 60 + 1 + 19 characters)
 */
export function shortenText(text: string, max: number = MAX_MESSAGE): string {
  const runs = text.replace(LONG_RUN, (run) => `${run.slice(0, 60)}…${run.slice(-19)}`);
  return runs.length > max ? `${runs.slice(0, max - 1)}…` : runs;
}

/** Both: what a human-readable report prints of any text that came from a file. */
export function safeText(text: string, max: number = MAX_MESSAGE): string {
  return visibleText(shortenText(text, max));
}
