import { spawnSync } from "child_process";
import { join } from "path";

/**
 * `npm start` and `npm stop` check their arguments before anything starts: a wrong argument is said
 * plainly on stderr (through office-addin-cli, as the Office tools print errors) with exit code 2,
 * and no server, sideload or pid file is begun.
 */
const SCRIPTS = join(__dirname, "..", "..", "scripts");

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(SCRIPTS, script), ...args], {
    encoding: "utf8",
    timeout: 20_000,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
}

describe("npm start refuses what it cannot use, before starting anything", () => {
  test.each([
    [["--document"], "--document needs the URL of a workbook in Excel on the web"],
    [["--document", "--port"], "--document needs the URL of a workbook in Excel on the web"],
    [["--bogus"], 'unknown argument "--bogus"'],
  ])("%j", (args, message) => {
    const result = run("start.mjs", args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Error: npm start: ${message}`);
    expect(result.stdout).toBe("");
  });

  test.each([
    ["abc", "must be a number"],
    ["99999", "must be a port number, got 99999"],
    ["30.5", "must be a port number, got 30.5"],
  ])("a dev_server_port of %s", (port, message) => {
    const result = run("start.mjs", [], { npm_package_config_dev_server_port: port });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

test("npm stop takes no arguments", () => {
  const result = run("stop.mjs", ["now"]);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('Error: npm stop: takes no arguments, got "now"');
});
