/* A production webpack config for one TypeScript entry that a test or a benchmark builds for itself,
 * beside dist/ and never in it: minified like the add-in's bundles, type errors left to
 * `npm run typecheck`. Used by test/e2e (the browser double) and bench/speed (the bridge benchmark). */

/**
 * @param {{ name: string, entry: string, outputPath: string, target: "web" | "node" }} bundle
 * @returns {import("webpack").Configuration}
 */
module.exports = function tsBundleConfig({ name, entry, outputPath, target }) {
  return {
    mode: "production",
    devtool: false,
    target,
    entry: { [name]: entry },
    output: { path: outputPath, filename: "[name].js", clean: true },
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
};
