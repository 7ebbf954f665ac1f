// Reports the gzip size of each production bundle and fails the build past its budget
// (issue 2: task pane JS at most 120 KB gzip, functions JS at most 25 KB gzip).
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), "dist");
const budgets = { "taskpane.js": 120 * 1024, "functions.js": 25 * 1024, "commands.js": 10 * 1024 };
let over = false;
for (const [file, budget] of Object.entries(budgets)) {
  const full = path.join(dist, file);
  if (!existsSync(full)) {
    console.error(`bundle budget: ${file} is missing from dist/`);
    over = true;
    continue;
  }
  const raw = readFileSync(full);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= budget;
  over ||= !ok;
  console.log(
    `bundle ${file.padEnd(13)} ${(raw.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip  budget ${(budget / 1024).toFixed(0)} KB ${ok ? "ok" : "OVER"}`
  );
}
process.exit(over ? 1 : 0);
