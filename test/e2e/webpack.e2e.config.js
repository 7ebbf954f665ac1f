/* The browser double's bundle (test/e2e/fakeHost.ts): built by the e2e test itself, injected with
 * page.addInitScript before the production pane loads. Never part of dist/. Minified, so evaluating
 * the double adds little to the measured time to an interactive pane. */
const path = require("path");
const tsBundleConfig = require("../support/tsBundleConfig");

module.exports = tsBundleConfig({
  name: "fakeHost",
  entry: path.resolve(__dirname, "fakeHost.ts"),
  outputPath: path.resolve(__dirname, "../../test-output/e2e/build"),
  target: "web",
});
