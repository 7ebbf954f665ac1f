const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Production builds rewrite every dev URL in the manifest to the deployment URL.
const urlProd = normaliseUrl(process.env.DEPLOY_URL || "https://maison-drills.example.com/");

function normaliseUrl(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors fail `npm run typecheck`; the bundle build only transpiles.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // Shared runtime: one page hosts the task pane, the custom functions and the ribbon commands.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only this machine's Office (or browser) loads the add-in while it is developed: never
      // listen on the network.
      host: "localhost",
      server: {
        type: "https",
        options: env.WEBPACK_SERVE ? await require("./scripts/httpsOptions").getHttpsOptions() : {},
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  // `webpack --env only=functions` builds one entry (handy while a layer is being built).
  if (env.only) {
    config.entry = { [env.only]: config.entry[env.only] };
    config.plugins = config.plugins.filter((plugin) => !(plugin instanceof HtmlWebpackPlugin));
  }
  return config;
};
