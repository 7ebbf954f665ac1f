#!/usr/bin/env node
/**
 * `npm test` drives two system programs: Chromium (the task pane's end-to-end tests) and LibreOffice
 * (workbooks recalculated in a real spreadsheet engine). This runs first: when either is missing it
 * installs Debian's packages itself (as root, or through sudo without a password prompt); where it
 * cannot, it stops at once with the exact command to run, instead of failing tests minutes later.
 *
 * Overrides: CHROMIUM_PATH (default /usr/bin/chromium) and SOFFICE (default `soffice` on PATH), the
 * same variables the tests read.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, isAbsolute, join } from "node:path";

const PROGRAMS = [
  {
    what: "Chromium (task pane end-to-end tests)",
    command: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    variable: "CHROMIUM_PATH",
    debian: "chromium",
  },
  {
    what: "LibreOffice (workbooks recalculated by a spreadsheet engine)",
    command: process.env.SOFFICE || "soffice",
    variable: "SOFFICE",
    debian: "libreoffice-calc-nogui",
  },
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The command's path when it can be run: an absolute path as given, a bare name on PATH. */
function found(command) {
  if (isAbsolute(command) || command.includes("/")) return executable(command);
  return (process.env.PATH ?? "")
    .split(delimiter)
    .some((dir) => dir && executable(join(dir, command)));
}

function succeeds(command, args) {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.status === 0;
}

function isRoot() {
  const result = spawnSync("id", ["-u"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() === "0";
}

function run(prefix, args) {
  const [command, ...rest] = [...prefix, ...args];
  const result = spawnSync(command, rest, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

function stop(missing, reason) {
  const packages = missing.map((p) => p.debian).join(" ");
  const lines = [
    `npm test needs ${missing.map((p) => p.what).join(" and ")}, and ${reason}.`,
    found("apt-get")
      ? `Install ${missing.length > 1 ? "them" : "it"} and run npm test again:\n\n  sudo apt-get update && sudo apt-get install -y ${packages}\n`
      : `Install ${missing.map((p) => p.debian).join(" and ")} with your system's package manager, then run npm test again.`,
    `Or point ${missing.map((p) => p.variable).join(" / ")} at an installed copy.`,
  ];
  console.error(lines.join("\n"));
  process.exit(1);
}

const missing = PROGRAMS.filter((p) => !found(p.command));
if (missing.length === 0) process.exit(0);

if (!found("apt-get")) stop(missing, "this machine has no apt-get to install them with");
const prefix = isRoot()
  ? []
  : found("sudo") && succeeds("sudo", ["-n", "true"])
    ? ["sudo", "-n"]
    : undefined;
if (!prefix)
  stop(
    missing,
    "installing them needs root (or sudo without a password), which this shell does not have"
  );

console.log(
  `Installing ${missing.map((p) => p.debian).join(" ")} (Debian packages) for the tests…`
);
const installed =
  run(prefix, ["apt-get", "update", "-qq"]) &&
  run(prefix, ["apt-get", "install", "-y", "-qq", ...missing.map((p) => p.debian)]);
const still = PROGRAMS.filter((p) => !found(p.command));
if (!installed || still.length > 0)
  stop(still.length > 0 ? still : missing, "installing them failed (see apt-get's output above)");
