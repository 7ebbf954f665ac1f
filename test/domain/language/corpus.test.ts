import { readFileSync } from "fs";
import { join } from "path";
import { judgeText } from "../../../src/domain/language/judgeText";

/**
 * The judge against the labelled corpus (test/fixtures/language/README.md). A text is flagged with a
 * label when any hit carries that code. Recall and precision are computed per code, for "any lever"
 * against clean, and per class, on the train part (tuned on) and the held-out part (never tuned on).
 * Only figures are printed, never the held-out texts.
 */

type Entry = { id: string; text: string; label: string; class: string; context: string };
type Row = { part: string; scope: string; n: number; recall: string; precision: string };

const DIR = join(__dirname, "..", "..", "fixtures", "language");
const load = (name: string): Entry[] =>
  JSON.parse(readFileSync(join(DIR, name), "utf8")) as Entry[];
const CODES = ["discount-lever", "mass-dtc-lever"] as const;
const TARGET = 0.95;

type Scored = { entry: Entry; codes: ReadonlySet<string> };

function score(entries: readonly Entry[]): Scored[] {
  return entries.map((entry) => ({
    entry,
    codes: new Set(judgeText(entry.text).map((h) => h.code)),
  }));
}

function ratio(hit: number, of: number): number {
  return of === 0 ? 1 : hit / of;
}

const show = (x: number, of: number): string =>
  of === 0 ? "—" : `${(x / of).toFixed(3)} (${x}/${of})`;

/** Recall and precision of "flagged with code" (or with any code, for "any lever") against the labels. */
function measure(scored: readonly Scored[], code: string | "any") {
  const isLever = (e: Entry): boolean => (code === "any" ? e.label !== "clean" : e.label === code);
  const flagged = (s: Scored): boolean => (code === "any" ? s.codes.size > 0 : s.codes.has(code));
  const relevant = scored.filter((s) => isLever(s.entry)).length;
  const raised = scored.filter(flagged).length;
  const right = scored.filter((s) => isLever(s.entry) && flagged(s)).length;
  return {
    relevant,
    raised,
    right,
    recall: ratio(right, relevant),
    precision: ratio(right, raised),
  };
}

function table(part: string, scored: readonly Scored[]): Row[] {
  const rows: Row[] = [];
  for (const code of ["any", ...CODES] as const) {
    const m = measure(scored, code);
    rows.push({
      part,
      scope: code === "any" ? "any lever vs clean" : code,
      n: m.relevant,
      recall: show(m.right, m.relevant),
      precision: show(m.right, m.raised),
    });
  }
  const classes = [...new Set(scored.map((s) => s.entry.class))].sort();
  for (const cls of classes) {
    const inClass = scored.filter((s) => s.entry.class === cls);
    const n = inClass.length;
    // A lever class: recall is "flagged with its label"; precision is "of those flagged, flagged with
    // its label only". A clean class: recall is "left clean" (nothing to find), precision does not apply.
    const right = inClass.filter((s) =>
      s.entry.label === "clean" ? s.codes.size === 0 : s.codes.has(s.entry.label)
    ).length;
    const raised = inClass.filter((s) => s.codes.size > 0).length;
    const pure = inClass.filter(
      (s) => s.entry.label !== "clean" && s.codes.size === 1 && s.codes.has(s.entry.label)
    ).length;
    const clean = inClass.every((s) => s.entry.label === "clean");
    rows.push({
      part,
      scope: `class ${cls}${clean ? " (left clean)" : ""}`,
      n,
      recall: show(right, n),
      precision: clean ? "—" : show(pure, raised),
    });
  }
  return rows;
}

describe("language judge on the labelled corpus", () => {
  const train = score(load("corpus.train.json"));
  const heldOut = score(load("corpus.heldout.json"));

  afterAll(() => {
    const rows = [...table("train", train), ...table("held-out", heldOut)];
    const lines = rows.map(
      (r) =>
        `${r.part.padEnd(9)} ${r.scope.padEnd(40)} ${String(r.n).padStart(4)}  recall ${r.recall.padEnd(20)} precision ${r.precision}`
    );
    console.log(`Language judge, corpus metrics\n${lines.join("\n")}`);
  });

  const meetsTarget = (scored: typeof train) => {
    for (const code of ["any", ...CODES] as const) {
      const m = measure(scored, code);
      expect({ code, recall: m.recall >= TARGET, precision: m.precision >= TARGET }).toEqual({
        code,
        recall: true,
        precision: true,
      });
    }
  };

  it("train: recall and precision at least 0.95, for any lever and per code", () => {
    meetsTarget(train);
  });

  // The held-out third was measured once, after tuning ended (any lever: recall 0.842, precision
  // 0.966; discount 0.841 / 0.951; mass-DTC 0.844 / 0.900). It is under the 0.95, so issue 14
  // stays open: this test records the gap and fails loudly (as a passing `it`) the day it closes.
  it.failing("held-out: recall and precision at least 0.95 (not met yet: issue 14 is open)", () => {
    meetsTarget(heldOut);
  });

  // A ratchet on that one measurement, so the gap can only narrow.
  it("held-out: no worse than its first measurement", () => {
    const floors = {
      any: { recall: 0.84, precision: 0.96 },
      "discount-lever": { recall: 0.84, precision: 0.95 },
      "mass-dtc-lever": { recall: 0.84, precision: 0.9 },
    } as const;
    for (const code of ["any", ...CODES] as const) {
      const m = measure(heldOut, code);
      const floor = floors[code];
      expect({
        code,
        recall: m.recall >= floor.recall,
        precision: m.precision >= floor.precision,
      }).toEqual({ code, recall: true, precision: true });
    }
  });
});
