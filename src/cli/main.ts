import { constants } from "fs";
import { access, lstat, open, readFile, stat } from "fs/promises";
import { basename, dirname, resolve } from "path";
import { checkWorkbook } from "../domain/check/checkWorkbook";
import { buildPlan, type PlanMode, type PlanOptions } from "../domain/drills/buildPlan";
import type { CheckResult, WorkbookModel } from "../domain/model/workbookModel";
import type { DrillId, WorkbookPlan } from "../domain/plan/workbookPlan";
import { readDrillStamps } from "../domain/sharing/readDrillStamps";
import { readXlsxCounted, XlsxReadError, type XlsxReadResult } from "../xlsx/readXlsx";
import { writeXlsx } from "../xlsx/writeXlsx";
import { keyRequestsFor, type DrillRequest } from "./answerKeyFor";
import { CliError } from "./cliError";
import { parseCommandArgs, parseDrills, parseMode, parseSeed } from "./cliOptions";
import { findingsJson, formatFindings } from "./formatFindings";
import { safeText } from "./visibleText";
import { ANSWER_KEY_HELP, CHECK_HELP, GLOBAL_HELP, WORKBOOK_HELP } from "./helpText";

/** Where the tool writes: tests pass recorders, the bin passes process.stdout/stderr. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/** The domain entry points the tool calls; tests may replace them. */
export type CliServices = {
  buildPlan: (drill: DrillId, options: PlanOptions) => WorkbookPlan;
  checkWorkbook: (model: WorkbookModel) => CheckResult;
};

export type ExitCode = 0 | 1 | 2;

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

const defaultServices: CliServices = { buildPlan, checkWorkbook };

const HELP_FLAG = { help: { type: "boolean", short: "h" } } as const;

/**
 * Runs the command-line tool on its arguments (without `node` and the script) and returns the exit
 * code: 0 success (check: no error findings), 1 check found errors, 2 bad usage or unusable input,
 * always with a one-line reason on stderr.
 *
 * @example
 * await main(["workbook", "--drill", "3", "--seed", "7", "--out", "d3.xlsx"]) //=> 0
 */
export async function main(
  argv: string[],
  io: CliIo = processIo,
  services: CliServices = defaultServices
): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr(GLOBAL_HELP);
        return 2;
      case "-h":
      case "--help":
      case "help":
        io.stdout(helpFor(rest[0]));
        return 0;
      case "workbook":
        return await workbookCommand(rest, io, services);
      case "answer-key":
        return await answerKeyCommand(rest, io, services);
      case "check":
        return await checkCommand(rest, io, services);
      default:
        throw new CliError(
          "bad-command",
          command.startsWith("-")
            ? `unknown flag ${command} (see \`maison-drills --help\`)`
            : `unknown command "${command}" (commands: workbook, check, answer-key; see \`maison-drills --help\`)`
        );
    }
  } catch (error) {
    // Messages can carry a file's text (part and sheet names): never raw control characters.
    if (error instanceof CliError) {
      io.stderr(`maison-drills: ${safeText(oneLine(error.message))}\n`);
      return 2;
    }
    // A fault of ours, not of the file or the command: say so plainly, without our internals (a
    // stack or a library's wording means nothing to a coach), and name what to send us.
    const kind = error instanceof Error ? error.name : typeof error;
    io.stderr(
      `maison-drills: stopped on a fault in maison-drills itself (${safeText(oneLine(kind))}), not in your file or command; please report it with the command you ran\n`
    );
    return 2;
  }
}

function helpFor(command: string | undefined): string {
  if (command === "workbook") return WORKBOOK_HELP;
  if (command === "check") return CHECK_HELP;
  if (command === "answer-key") return ANSWER_KEY_HELP;
  return GLOBAL_HELP;
}

async function workbookCommand(
  argv: string[],
  io: CliIo,
  services: CliServices
): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs("workbook", argv, {
    ...HELP_FLAG,
    drill: { type: "string" },
    seed: { type: "string" },
    mode: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(WORKBOOK_HELP);
    return 0;
  }
  rejectPositionals("workbook", positionals);
  const drills = parseDrills(values.drill);
  const seed = parseSeed(values.seed);
  const mode = parseMode(values.mode);
  const force = values.force === true;
  const out = await checkOutPath("workbook", values.out, force);
  const requests = drills.map((drill) => ({ drill, seed }));
  return writePlans(requests, mode, { path: out, force }, io, services);
}

async function answerKeyCommand(
  argv: string[],
  io: CliIo,
  services: CliServices
): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs("answer-key", argv, {
    ...HELP_FLAG,
    drill: { type: "string" },
    seed: { type: "string" },
    for: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(ANSWER_KEY_HELP);
    return 0;
  }
  rejectPositionals("answer-key", positionals);
  const force = values.force === true;
  if (values.for === undefined) {
    const drills = parseDrills(values.drill);
    const seed = parseSeed(values.seed);
    const out = await checkOutPath("answer-key", values.out, force);
    const requests = drills.map((drill) => ({ drill, seed }));
    return writePlans(requests, "answer-key", { path: out, force }, io, services);
  }
  // The workbook's stamps say which drills and seeds: a --drill or --seed beside them would be
  // ignored or contradict them, so it is a usage error rather than a silent choice.
  if (values.drill !== undefined || values.seed !== undefined) {
    throw new CliError(
      "bad-flag",
      "--for takes the drills and seeds from the workbook's Drill info stamps: leave out --drill and --seed (see `maison-drills answer-key --help`)"
    );
  }
  const file = String(values.for);
  if (file.trim() === "") {
    throw new CliError(
      "missing-argument",
      "--for needs the drill workbook whose answer key to write: --for FILE.xlsx"
    );
  }
  await refuseSameFile(file, values.out);
  const out = await checkOutPath("answer-key", values.out, force);
  const read = await readWorkbookFile(file, io);
  const requests = keyRequestsFor(file, readDrillStamps(read.model));
  refuseOverBudget(file, read);
  return writePlans(requests, "answer-key", { path: out, force }, io, services);
}

/** `--out` naming the very workbook `--for` reads would overwrite the candidate's work with --force. */
async function refuseSameFile(file: string, out: string | boolean | undefined): Promise<void> {
  if (typeof out !== "string") return;
  const [read, written] = await Promise.all([
    stat(file).catch(() => undefined),
    stat(out).catch(() => undefined),
  ]);
  if (read && written && read.dev === written.dev && read.ino === written.ino) {
    throw new CliError(
      "unwritable-path",
      `--out ${out} is the workbook --for reads; choose another --out (the tool never writes over it)`
    );
  }
}

async function writePlans(
  requests: readonly DrillRequest[],
  mode: PlanMode,
  target: { path: string; force: boolean },
  io: CliIo,
  services: CliServices
): Promise<ExitCode> {
  const out = target.path;
  const plans: WorkbookPlan[] = [];
  for (const { drill, seed } of requests) {
    const started = Date.now();
    io.stderr(`building drill ${drill} (seed ${seed}, ${mode})…`);
    plans.push(services.buildPlan(drill, { seed, mode, target: "file" }));
    io.stderr(` ${Date.now() - started} ms\n`);
  }
  const started = Date.now();
  io.stderr(`writing ${out}…`);
  const buffer = await writeXlsx(plans);
  try {
    await writeOut(out, buffer, target.force);
  } catch (error) {
    io.stderr("\n");
    if (error instanceof CliError) throw error;
    throw new CliError("unwritable-path", `cannot write ${out}: ${reason(error)}`, {
      cause: error,
    });
  }
  io.stderr(` ${Date.now() - started} ms\n`);
  const sheets = plans.flatMap((plan) =>
    plan.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name)
  );
  io.stdout(
    `wrote ${out}: ${sheets.length} sheet${sheets.length === 1 ? "" : "s"} (${sheets.join(", ")})\n`
  );
  return 0;
}

async function checkCommand(argv: string[], io: CliIo, services: CliServices): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs("check", argv, {
    ...HELP_FLAG,
    json: { type: "boolean" },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new CliError(
      "missing-argument",
      positionals.length === 0
        ? "check needs the workbook to check: maison-drills check [--json] FILE.xlsx"
        : `check takes one file, got ${positionals.length} (${positionals.join(", ")})`
    );
  }
  const file = positionals[0] as string;
  const read = await readWorkbookFile(file, io);
  const result = checkWithin(read, services);
  // A rule met the cap: what it concluded rests on formulas it could not read, so nothing stands.
  refuseOverBudget(file, read);
  if (result.kind === "not-a-drill") {
    throw new CliError(
      "unusable-input",
      `${file} is not a drill workbook: ${oneLine(result.reason)}`
    );
  }
  if (result.kind === "no-saved-values") {
    throw new CliError("unusable-input", `${file} cannot be judged yet: ${oneLine(result.reason)}`);
  }
  io.stdout(
    values.json
      ? findingsJson(result.findings)
      : formatFindings(file, result.drills, result.findings)
  );
  return result.findings.some((finding) => finding.severity === "error") ? 1 : 0;
}

/** A workbook someone sent, read as untrusted: a missing, damaged or oversized file is refused. */
async function readWorkbookFile(file: string, io: CliIo): Promise<XlsxReadResult> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    throw new CliError("unreadable-file", `cannot read ${file}: ${reason(error)}`, {
      cause: error,
    });
  }
  io.stderr(`reading ${basename(file)}…\n`);
  try {
    return await readXlsxCounted(buffer);
  } catch (error) {
    if (error instanceof XlsxReadError)
      throw new CliError("unreadable-file", `${file}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Nothing read from a file whose shared formulas passed the reader's budget stands. */
function refuseOverBudget(file: string, read: XlsxReadResult): void {
  if (!read.counters.formulas.exceeded) return;
  throw new CliError(
    "unreadable-file",
    `${file}: not a readable .xlsx workbook (its shared formulas expand to more than ${read.counters.formulas.limit} characters)`
  );
}

/** The check on a read model; a shared formula past the reader's budget ends it (see the caller). */
function checkWithin(read: XlsxReadResult, services: CliServices): CheckResult {
  try {
    return services.checkWorkbook(read.model);
  } catch (error) {
    if (read.counters.formulas.exceeded) return { kind: "checked", drills: [], findings: [] };
    throw error;
  }
}

/**
 * Writes the file without ever following a symbolic link: a new file is created exclusively ("wx"),
 * so an existing path or a link planted meanwhile fails; with --force an existing regular file is
 * replaced, a link never.
 */
async function writeOut(out: string, buffer: Buffer, force: boolean): Promise<void> {
  const existing = await lstat(out).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw symlinkRefusal(out);
  if (existing && !force) throw existsRefusal(out);
  const flags = existing
    ? constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0)
    : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  let handle;
  try {
    handle = await open(out, flags, 0o666);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ELOOP") throw symlinkRefusal(out);
    if (code === "EEXIST") throw existsRefusal(out);
    throw error;
  }
  try {
    await handle.writeFile(buffer);
  } finally {
    await handle.close();
  }
}

function existsRefusal(out: string): CliError {
  return new CliError(
    "unwritable-path",
    `${out} already exists; pass --force to replace it, or choose another --out`
  );
}

function symlinkRefusal(out: string): CliError {
  return new CliError(
    "unwritable-path",
    `cannot write ${out}: it is a symbolic link, and the tool never writes through one (even with --force)`
  );
}

function rejectPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) {
    throw new CliError(
      "bad-flag",
      `unexpected argument "${positionals[0]}" for \`${command}\` (name the file with --out; see \`maison-drills ${command} --help\`)`
    );
  }
}

/**
 * The --out path, checked before any work: present, .xlsx, in an existing writable folder, not a
 * symbolic link, and new unless --force.
 */
async function checkOutPath(
  command: string,
  value: string | boolean | undefined,
  force: boolean
): Promise<string> {
  if (typeof value !== "string" || value.trim() === "") {
    throw new CliError(
      "missing-argument",
      `${command} needs --out FILE.xlsx (see \`maison-drills ${command} --help\`)`
    );
  }
  if (!/\.xlsx$/i.test(value))
    throw new CliError("bad-value", `--out must name an .xlsx file, got "${value}"`);
  const out = resolve(value);
  const folder = dirname(out);
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error("not a folder");
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new CliError(
      "unwritable-path",
      `cannot write ${value}: folder ${folder} ${folderProblem(error)}`
    );
  }
  const existing = await lstat(out).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw symlinkRefusal(value);
  if (existing?.isDirectory())
    throw new CliError("unwritable-path", `cannot write ${value}: it is a folder`);
  if (existing && !force) throw existsRefusal(value);
  return value;
}

function folderProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "does not exist";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "is not writable";
  return "is not a writable folder";
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  return oneLine(error instanceof Error ? error.message : String(error));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
