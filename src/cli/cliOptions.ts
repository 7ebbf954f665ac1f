import { parseArgs, type ParseArgsConfig } from "util";
import type { PlanMode } from "../domain/drills/buildPlan";
import { DRILL_IDS } from "../domain/drills/buildPlan";
import type { DrillId } from "../domain/plan/workbookPlan";
import { CliError } from "./cliError";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type ParsedArgs = {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
};

/**
 * util.parseArgs with one-line errors that name the command and point at its help.
 */
export function parseCommandArgs(command: string, argv: string[], options: Options): ParsedArgs {
  // "--seed -1" would read as a flag -1: hand such a value to the option so its check can name it.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (isValueFlag(arg, options) && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg}=${next}`);
      i += 1;
    } else args.push(arg);
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
    const help = `see \`maison-drills ${command} --help\``;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new CliError("bad-flag", `unknown flag ${flag} for \`${command}\` (${help})`, {
        cause: error,
      });
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const takesValue = flag !== "" && options[flag.replace(/^-+/, "")]?.type === "string";
      const what = takesValue ? `${flag} needs a value` : `${flag} takes no value`;
      throw new CliError("bad-flag", `${what} (${help})`, { cause: error });
    }
    throw new CliError("bad-flag", `${message.split("\n")[0]} (${help})`, { cause: error });
  }
}

function isValueFlag(arg: string | undefined, options: Options): boolean {
  return arg !== undefined && /^--[a-z-]+$/.test(arg) && options[arg.slice(2)]?.type === "string";
}

/** "1", "2", "3", "kpi", "log" or "all" (the default) → the drills to build. */
export function parseDrills(value: string | boolean | undefined): DrillId[] {
  if (value === undefined) return [...DRILL_IDS];
  const text = String(value).trim().toLowerCase();
  if (text === "all") return [...DRILL_IDS];
  const drill = DRILL_IDS.find((id) => id === text);
  if (!drill) {
    throw new CliError(
      "bad-value",
      `--drill must be one of ${DRILL_IDS.join(", ")} or all, got "${String(value)}"`
    );
  }
  return [drill];
}

/** Largest seed: seeds are 32-bit in the generators, so larger ones would repeat drills. */
export const MAX_SEED = 2_147_483_647;

/** A non-negative integer seed, "canonical" meaning 0 (the default). */
export function parseSeed(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const text = String(value).trim().toLowerCase();
  if (text === "canonical") return 0;
  if (!/^\d+$/.test(text) || Number(text) > MAX_SEED) {
    throw new CliError(
      "bad-value",
      `--seed must be a whole number from 0 to ${MAX_SEED} (0 or "canonical" is the seed documents' drill), got "${String(value)}"`
    );
  }
  return Number(text);
}

/** "blank" (the default) or "starter". */
export function parseMode(
  value: string | boolean | undefined
): Extract<PlanMode, "blank" | "starter"> {
  if (value === undefined) return "blank";
  const text = String(value).trim().toLowerCase();
  if (text === "blank" || text === "starter") return text;
  throw new CliError("bad-value", `--mode must be blank or starter, got "${String(value)}"`);
}
