/* The browser double's bundle (test/e2e/fakeHost.ts): built by the e2e test itself, injected with
 * page.addInitScript before the production pane loads. Never part of dist/. Minified, so evaluating
 * the double adds little to the measured time to an interactive pane. One file: the Office adapter
 * it runs loads its writer and reader with import(), and an injected script has no URL to load
 * further chunks from. */
const path = require("path");
const webpack = require("webpack");
const tsBundleConfig = require("../support/tsBundleConfig");

const config = tsBundleConfig({
  name: "fakeHost",
  entry: path.resolve(__dirname, "fakeHost.ts"),
  outputPath: path.resolve(__dirname, "../../test-output/e2e/build"),
  target: "web",
});

module.exports = {
  ...config,
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
};
