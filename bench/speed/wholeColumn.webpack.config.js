/* Builds bench/speed/wholeColumnSpeed.ts for a plain Node process, as bridgeSpeed is built, into its
 * own folder of test-output (each config cleans its output folder). Never part of dist/. */
const path = require("path");
const tsBundleConfig = require("../../test/support/tsBundleConfig");

module.exports = tsBundleConfig({
  name: "wholeColumnSpeed",
  entry: path.resolve(__dirname, "wholeColumnSpeed.ts"),
  outputPath: path.resolve(__dirname, "../../test-output/bench-whole-column"),
  target: "node",
});
