import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALLOWED_CHANGES } from "./allowlist";
import { findingsGolden, planGolden } from "./goldenCases";

/**
 * The golden comparison. `current/` is what the code produces now and must match exactly;
 * `baseline/` was taken before issue 11 moved anything and never changes: every key where the two
 * differ must be covered by the allowlist. `npm run golden` rewrites `current/` (and `baseline/`
 * only when it does not exist yet).
 */
const HERE = __dirname;
const UPDATE = process.env.GOLDEN_UPDATE === "1";

type Golden = Record<string, unknown>;

const normalise = (value: unknown): Golden => JSON.parse(JSON.stringify(value)) as Golden;

function read(folder: string, file: string): Golden {
  return JSON.parse(readFileSync(join(HERE, folder, file), "utf8")) as Golden;
}

function write(folder: string, file: string, value: Golden): void {
  mkdirSync(join(HERE, folder), { recursive: true });
  writeFileSync(join(HERE, folder, file), `${JSON.stringify(value, null, 1)}\n`);
}

const allowed = (key: string) =>
  ALLOWED_CHANGES.some((change) =>
    change.keys.some((k) => (k.endsWith("*") ? key.startsWith(k.slice(0, -1)) : key === k))
  );

function changedKeys(a: Golden, b: Golden): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

describe.each([
  ["plans.json", planGolden],
  ["findings.json", findingsGolden],
] as const)("the golden %s", (file, make) => {
  const now = normalise(make());

  if (UPDATE) {
    it("is rewritten", () => {
      if (!existsSync(join(HERE, "baseline", file))) write("baseline", file, now);
      write("current", file, now);
      expect(read("current", file)).toEqual(now);
    });
    return;
  }

  it("is what the code produces now", () => {
    const current = read("current", file);
    expect(changedKeys(current, now)).toEqual([]);
    expect(now).toEqual(current);
  });

  it("differs from the baseline taken before the move only where the allowlist says", () => {
    const baseline = read("baseline", file);
    expect(changedKeys(baseline, now).filter((key) => !allowed(key))).toEqual([]);
  });
});
