// The browser preview (`npm start`, e2e tests): the real task pane beside a
// workbook view on the in-memory adapter. A separate build from the add-in's
// webpack.config.js, so that HyperFormula (GPL-3.0, the preview's formula
// engine) never enters the add-in's bundle.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// webpack calls this with (env, argv); only argv's mode matters here.
module.exports = (...args) => {
  const options = args[1] || {};
  const dev = options.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            // The same options as webpack.config.js: ES modules out of TypeScript are what lets Fluent tree-shake.
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html" })],
  };
};
