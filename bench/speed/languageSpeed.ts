/* Run by bench/language.bench.ts in a plain Node process: times judgeText on texts of given sizes built
 * from the train corpus, and prints one JSON line. Not a test. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { judgeText } from "../../src/domain/language/judgeText";

const entries = JSON.parse(
  readFileSync(join(__dirname, "../../test/fixtures/language/corpus.train.json"), "utf8")
) as Array<{ text: string }>;
const sizes = process.argv.slice(2).map(Number);

function textOf(bytes: number): string {
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += `${entries[i % entries.length]?.text ?? ""} `;
  return text.slice(0, bytes);
}

const results = sizes.map((bytes) => {
  const text = textOf(bytes);
  for (let i = 0; i < 20; i++) judgeText(text); // warm up
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 30; round++) {
    const t0 = process.hrtime.bigint();
    hits = judgeText(text).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { bytes, hits, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
});
// Crafted texts that would expose a quadratic path (one long clause of repeated levers, negators,
// removals or homepage words): time on 2 KB and 20 KB, whose ratio is about 10 when linear.
const crafted = [
  "no discount and ",
  "don't run a flash sale ",
  "free gift with every order ",
  "retire the outlet and launch 10% off ",
  "best seller carousel home ",
  "instead of a 10% code ",
  "e-mail to all clients ",
].map((seed) => {
  const time = (bytes: number): number => {
    const text = seed.repeat(Math.ceil(bytes / seed.length)).slice(0, bytes);
    for (let i = 0; i < 5; i++) judgeText(text);
    const times: number[] = [];
    for (let round = 0; round < 15; round++) {
      const t0 = process.hrtime.bigint();
      judgeText(text);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  };
  return { seed, ms2k: time(2000), ms20k: time(20_000) };
});
process.stdout.write(JSON.stringify({ node: process.version, results, crafted }));
