import { judgeText, type LanguageHit } from "./judgeText";

/** A written answer to judge: how a coach calls it ("Move 2"), its text, and where it stands. */
export type LabelledText<Cell> = { label: string; text: unknown; cell: Cell };

/** A labelled text that proposes at least one lever, with its hits in order. */
export type JudgedText<Cell> = { label: string; text: string; cell: Cell; hits: LanguageHit[] };

/**
 * Judges each labelled text and keeps those that propose a lever; a value that is not text (a number,
 * an empty cell) proposes nothing. Inputs are not mutated.
 *
 * @example
 * judgeLabelledTexts([{ label: "Move 1", text: "Flash sale on icons", cell: "B55" }])[0]?.hits[0]?.phrase
 * //=> "Flash sale"
 */
export function judgeLabelledTexts<Cell>(items: readonly LabelledText<Cell>[]): JudgedText<Cell>[] {
  return items.flatMap(({ label, text, cell }) => {
    if (typeof text !== "string") return [];
    const hits = judgeText(text);
    return hits.length === 0 ? [] : [{ label, text, cell, hits }];
  });
}
