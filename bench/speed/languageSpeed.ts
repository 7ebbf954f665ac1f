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
process.stdout.write(JSON.stringify({ node: process.version, results }));
