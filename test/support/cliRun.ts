import { main, type CliServices } from "../../src/cli/main";

/** What one run of the command-line tool gave: its exit code and everything it printed. */
export type CliRun = { code: number; stdout: string; stderr: string };

/**
 * Runs the command-line tool in-process on its arguments, recording stdout and stderr; the real
 * plan builder and check unless a test passes its own services.
 *
 * @example
 * (await runCli(["check", "--help"])).code //=> 0
 */
export async function runCli(argv: string[], services?: CliServices): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const code = await (services ? main(argv, io, services) : main(argv, io));
  return { code, stdout, stderr };
}

/** A refusal: exit 2, nothing on stdout, and one line of reason (after any progress lines). */
export function expectOneLineError(result: CliRun, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  const errors = lines.filter((line) => line.startsWith("maison-drills: "));
  expect(errors).toHaveLength(1);
  expect(lines[lines.length - 1]).toBe(errors[0]);
  expect(errors[0]).toMatch(pattern);
}
