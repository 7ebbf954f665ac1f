/* Builds bench/speed/bridgeSpeed.ts for a plain Node process, as the functions bundle is built
 * (production mode, ts-loader), into test-output/bench. Never part of dist/. */
const path = require("path");
const tsBundleConfig = require("../../test/support/tsBundleConfig");

module.exports = tsBundleConfig({
  name: "bridgeSpeed",
  entry: path.resolve(__dirname, "bridgeSpeed.ts"),
  outputPath: path.resolve(__dirname, "../../test-output/bench"),
  target: "node",
});
