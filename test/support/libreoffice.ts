import { execFile } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join, resolve } from "path";
import { pathToFileURL } from "url";
import { promisify } from "util";

const run = promisify(execFile);

/** The committed LibreOffice profile that makes Calc recalculate every formula when it loads a file. */
const PROFILE = join(__dirname, "lo-profile");

/** The LibreOffice command, overridable for machines where it is not on PATH. */
const SOFFICE = process.env.SOFFICE ?? "soffice";

/**
 * Opens `xlsxPath` in LibreOffice headless with every formula recalculated on load (also cells that
 * carry a saved value, which LibreOffice would otherwise trust) and saves `outDir/<name>.xlsx` with the
 * fresh results. Returns the path of that file. Each call uses a fresh copy of the profile, so runs
 * in parallel never share LibreOffice's user installation.
 *
 * Throws a clear error when `soffice` is missing: tests that need LibreOffice fail, never skip.
 */
export async function recalculateWithLibreOffice(
  xlsxPath: string,
  outDir: string
): Promise<string> {
  const input = resolve(xlsxPath);
  const output = join(resolve(outDir), `${basename(input, extname(input))}.xlsx`);
  if (output === input)
    throw new Error("recalculateWithLibreOffice: outDir must differ from the input's folder");
  await assertSofficeAvailable();
  const profile = mkdtempSync(join(tmpdir(), "maison-lo-"));
  try {
    cpSync(join(PROFILE, "user"), join(profile, "user"), { recursive: true });
    mkdirSync(outDir, { recursive: true });
    rmSync(output, { force: true });
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--calc",
        "--convert-to",
        "xlsx",
        "--outdir",
        resolve(outDir),
        input,
      ],
      { timeout: 180_000 }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(output)) throw new Error(`LibreOffice wrote nothing for ${input}`);
  return output;
}

async function assertSofficeAvailable(): Promise<void> {
  try {
    await run(SOFFICE, ["--version"], { timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `LibreOffice (soffice) is needed for this test and was not found or failed to start: install it ` +
        `(Debian: apt-get install -y libreoffice-calc-nogui) or set SOFFICE. Cause: ${String(error)}`
    );
  }
}
