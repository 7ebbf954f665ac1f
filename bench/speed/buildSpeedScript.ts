import path from "node:path";
import webpack from "webpack";

const tsBundleConfig = require("../../test/support/tsBundleConfig") as (options: {
  name: string;
  entry: string;
  outputPath: string;
  target: string;
}) => webpack.Configuration;

/**
 * Builds one of bench/speed's scripts for a plain Node process, as the functions bundle is built
 * (production mode, ts-loader), into its own folder of test-output (each build cleans its folder),
 * and returns the built file. Never part of dist/.
 *
 * @example
 * spawnSync(process.execPath, [await buildSpeedScript("bridgeSpeed"), "4", "1000", "25"])
 */
export function buildSpeedScript(name: "bridgeSpeed" | "wholeColumnSpeed"): Promise<string> {
  const outputPath = path.resolve(__dirname, "../../test-output/bench", name);
  const config = tsBundleConfig({
    name,
    entry: path.resolve(__dirname, `${name}.ts`),
    outputPath,
    target: "node",
  });
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only")));
      else resolve(path.join(outputPath, `${name}.js`));
    });
  });
}
