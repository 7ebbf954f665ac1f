import { spawnSync } from "child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * scripts/system-programs.mjs, the first step of `npm test`, run against stubbed commands: a PATH
 * that holds only the stubs a case gives it, so nothing on this machine is installed or asked.
 */
const SCRIPT = join(__dirname, "..", "..", "scripts", "system-programs.mjs");

type Stubs = Record<string, string>;

let bin: string;
beforeEach(() => {
  bin = mkdtempSync(join(tmpdir(), "maison-sys-"));
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

function stub(stubs: Stubs): void {
  for (const [name, body] of Object.entries(stubs)) {
    const path = join(bin, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
  }
}

function runScript() {
  return spawnSync(process.execPath, [SCRIPT], {
    encoding: "utf8",
    timeout: 20_000,
    // /bin for the stubs' own sh and chmod; the two programs are looked for in the stub folder only.
    env: {
      PATH: `${bin}:/bin`,
      CHROMIUM_PATH: join(bin, "chromium"),
      SOFFICE: join(bin, "soffice"),
    },
  });
}

const calls = () =>
  existsSync(join(bin, "calls")) ? readFileSync(join(bin, "calls"), "utf8") : "";

describe("the system programs npm test needs", () => {
  it("does nothing when both are there", () => {
    stub({ chromium: "exit 0", soffice: "exit 0", "apt-get": `echo "apt-get $*" >> ${bin}/calls` });
    const result = runScript();
    expect(result.status).toBe(0);
    expect(calls()).toBe("");
  });

  it("without root or sudo, stops at once with the exact command to run", () => {
    stub({
      id: "echo 1000",
      sudo: "exit 1",
      "apt-get": `echo "apt-get $*" >> ${bin}/calls; exit 0`,
    });
    const result = runScript();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "sudo apt-get update && sudo apt-get install -y chromium libreoffice-calc-nogui"
    );
    expect(result.stderr).toContain("needs root");
    expect(calls()).toBe("");
  });

  it("names only what is missing", () => {
    stub({ id: "echo 1000", sudo: "exit 1", "apt-get": "exit 0", chromium: "exit 0" });
    const result = runScript();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("sudo apt-get install -y libreoffice-calc-nogui\n");
    expect(result.stderr).not.toContain("Chromium");
  });

  it("as root, installs the Debian packages and goes on", () => {
    stub({
      id: "echo 0",
      "apt-get": [
        `echo "apt-get $*" >> ${bin}/calls`,
        `case "$1" in install) printf '#!/bin/sh\\n' > ${bin}/soffice; chmod +x ${bin}/soffice;`,
        `printf '#!/bin/sh\\n' > ${bin}/chromium; chmod +x ${bin}/chromium;; esac`,
      ].join("\n"),
    });
    const result = runScript();
    expect(result.status).toBe(0);
    expect(calls()).toBe(
      "apt-get update -qq\napt-get install -y -qq chromium libreoffice-calc-nogui\n"
    );
  });

  it("says so when the install fails, and fails", () => {
    stub({ id: "echo 0", "apt-get": `echo "apt-get $*" >> ${bin}/calls; exit 100` });
    const result = runScript();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("installing them failed");
    expect(calls()).toBe("apt-get update -qq\n");
  });

  it("on a machine without apt-get, names the packages to install", () => {
    stub({ id: "echo 0" });
    const result = spawnSync(process.execPath, [SCRIPT], {
      encoding: "utf8",
      timeout: 20_000,
      env: { PATH: bin, CHROMIUM_PATH: join(bin, "chromium"), SOFFICE: join(bin, "soffice") },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("no apt-get");
    expect(result.stderr).toContain("chromium and libreoffice-calc-nogui");
  });
});
