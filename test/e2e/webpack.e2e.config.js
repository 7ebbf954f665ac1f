/* The browser double's bundle (test/e2e/fakeHost.ts): built by the e2e test itself, injected with
 * page.addInitScript before the production pane loads. Never part of dist/. */
const path = require("path");

module.exports = {
  // Minified, so evaluating the double adds little to the measured time to an interactive pane.
  mode: "production",
  devtool: false,
  target: "web",
  entry: { fakeHost: path.resolve(__dirname, "fakeHost.ts") },
  output: {
    path: path.resolve(__dirname, "../../test-output/e2e/build"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "ESNext" } },
        },
      },
    ],
  },
  performance: { hints: false },
};
