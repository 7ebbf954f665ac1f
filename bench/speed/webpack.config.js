/* Builds bench/speed/bridgeSpeed.ts for a plain Node process, as the functions bundle is built
 * (production mode, ts-loader), into test-output/bench. Never part of dist/. */
const path = require("path");

module.exports = {
  mode: "production",
  devtool: false,
  target: "node",
  entry: { bridgeSpeed: path.resolve(__dirname, "bridgeSpeed.ts") },
  output: {
    path: path.resolve(__dirname, "../../test-output/bench"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  performance: { hints: false },
};
