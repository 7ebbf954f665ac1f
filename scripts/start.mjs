// `npm start`: on Windows and macOS, build, serve and sideload into desktop Excel (office-addin-debugging).
// Anywhere else there is no desktop Excel: serve over https and say how to sideload into Excel on the
// web, or sideload there directly with `npm start -- --document <url of a workbook in OneDrive/SharePoint>`.
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { logErrorMessage, parseNumber } from "office-addin-cli";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = path.join(root, "manifest.xml");
const pidFile = path.join(os.tmpdir(), "maison-drills-dev-server.pid");

/** Stops before anything starts: the reason on stderr (as the Office tools print it), exit code 2. */
function refuse(reason) {
  logErrorMessage(`npm start: ${reason}`);
  process.exit(2);
}

/** `--document <url>` is the one option; anything else is a typo worth saying out loud. */
function parseArguments(args) {
  const options = {};
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === "--document") {
      const url = args[i + 1];
      if (!url || url.startsWith("--"))
        refuse("--document needs the URL of a workbook in Excel on the web");
      options.documentUrl = url;
      i += 1;
    } else {
      refuse(`unknown argument "${args[i]}" (the one option is --document <url of a workbook>)`);
    }
  }
  return options;
}

const { documentUrl } = parseArguments(process.argv.slice(2));
// The port the webpack dev server listens on (package.json "config"); manifest.xml names 3000, so
// change the two together.
let port;
try {
  port = parseNumber(
    process.env.npm_package_config_dev_server_port ?? "3000",
    "the dev_server_port in package.json's config must be a number"
  );
} catch (error) {
  refuse(error.message);
}
if (!Number.isInteger(port) || port < 1 || port > 65535)
  refuse(`the dev_server_port in package.json's config must be a port number, got ${port}`);

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

const bin = (name) =>
  path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

if (documentUrl) {
  run(bin("office-addin-debugging"), ["start", manifest, "web", "--document", documentUrl]);
} else if (process.platform === "win32" || process.platform === "darwin") {
  run(bin("office-addin-debugging"), ["start", manifest, "desktop", "--app", "excel"]);
} else {
  console.log(
    [
      "",
      "Maison Drills — development server (no desktop Excel on this platform).",
      "",
      `Serving https://localhost:${port}/ (taskpane.html, functions.js, functions.json).`,
      "To use it in Excel on the web:",
      "  1. Open a workbook at office.com (OneDrive or SharePoint).",
      "  2. Home > Add-ins > More Settings > Upload My Add-in (or Insert > Add-ins > Upload My Add-in).",
      `  3. Choose ${manifest}`,
      "  4. Open the Maison Drills group on the Home tab and click Drills.",
      `The browser must trust the development certificate: open https://localhost:${port}/taskpane.html once`,
      "and accept it, or import the CA as printed below.",
      "Or sideload automatically: npm start -- --document <url of the workbook>",
      "Stop with Ctrl+C (or `npm stop` from another terminal).",
      "",
    ].join("\n")
  );
  const child = run(bin("webpack"), ["serve", "--mode", "development"]);
  writeFileSync(pidFile, String(child.pid));
  const cleanUp = () => rmSync(pidFile, { force: true });
  process.on("exit", cleanUp);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      child.kill(signal);
      cleanUp();
      process.exit(0);
    });
  }
}
