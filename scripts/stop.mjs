// `npm stop`: ends what `npm start` began (sideloaded desktop session, or the dev server on Linux).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { logErrorMessage } from "office-addin-cli";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const pidFile = path.join(os.tmpdir(), "maison-drills-dev-server.pid");

if (process.argv.length > 2) {
  logErrorMessage(`npm stop: takes no arguments, got "${process.argv.slice(2).join(" ")}"`);
  process.exit(2);
}

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging"
  );
  const result = spawnSync(bin, ["stop", path.join(root, "manifest.xml")], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.error) {
    logErrorMessage(`npm stop: could not run office-addin-debugging (${result.error.message})`);
    process.exit(1);
  }
  process.exit(result.status ?? 0);
} else if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  rmSync(pidFile, { force: true });
} else {
  console.log("No dev server started by `npm start` is running.");
}
