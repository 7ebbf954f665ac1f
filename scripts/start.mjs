// `npm start`: on Windows and macOS, build, serve and sideload into desktop Excel (office-addin-debugging).
// Anywhere else there is no desktop Excel: serve over https and say how to sideload into Excel on the
// web, or sideload there directly with `npm start -- --document <url of a workbook in OneDrive/SharePoint>`.
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const manifest = path.join(root, "manifest.xml");
const pidFile = path.join(os.tmpdir(), "maison-drills-dev-server.pid");
const args = process.argv.slice(2);
const documentIndex = args.indexOf("--document");
const documentUrl = documentIndex >= 0 ? args[documentIndex + 1] : undefined;
if (documentIndex >= 0 && !documentUrl) {
  console.error("npm start: --document needs the URL of a workbook in Excel on the web");
  process.exit(2);
}

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
      "Serving https://localhost:3000/ (taskpane.html, functions.js, functions.json).",
      "To use it in Excel on the web:",
      "  1. Open a workbook at office.com (OneDrive or SharePoint).",
      "  2. Home > Add-ins > More Settings > Upload My Add-in (or Insert > Add-ins > Upload My Add-in).",
      `  3. Choose ${manifest}`,
      "  4. Open the Maison Drills group on the Home tab and click Drills.",
      "The browser must trust the development certificate: open https://localhost:3000/taskpane.html once",
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
