// ESLint 9 flat config: the Office add-in rules (each encodes an Office.js
// trap: reading before load/sync, sync in a loop …) plus our layer rules.
const officeAddins = require("eslint-plugin-office-addins");
// The Office plugin's own config names the TypeScript parser through a default
// import that resolves to undefined (its CJS parser has no default export), so
// TypeScript would be parsed as plain JS; we set the parser ourselves.
const tsParser = require("@typescript-eslint/parser");
// Reuse the plugin object the Office config registers (a second copy under the same name is an error).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

const layer = (files, patterns, extra = {}) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns }],
    ...extra,
  },
});

module.exports = [
  {
    ignores: [
      "dist/**",
      "dist-preview/**",
      "lib/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "bench/out/**",
    ],
  },
  ...officeAddins.configs.react,
  // Formatting is checked by `prettier --check` in `npm run lint`, not twice.
  { rules: { "prettier/prettier": "off" } },
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser, sourceType: "module", parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "react/react-in-jsx-scope": "off",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-throw-literal": "error",
      // The base rule misreads parameter names in function types; the TypeScript rule above replaces it.
      "no-unused-vars": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      // TypeScript itself reports undefined names, with the right globals per tsconfig.
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        exports: "writable",
        Buffer: "readonly",
        globalThis: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The Office.js rules key on method names (getCell, load, sync); ExcelJS and the memory workbook share
  // some of those names without Office's proxy semantics, so the rules would misfire there.
  {
    files: [
      "src/adapters/xlsx/**",
      "src/adapters/memory/**",
      "test/adapters/xlsx/**",
      "test/adapters/memory/**",
      "test/support/**",
      "src/preview/**",
    ],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-context-sync-in-loop": "off",
    },
  },
  // The core is pure: nothing from outside itself, no host or DOM globals, no console.
  layer(
    ["src/core/**/*.ts"],
    [
      {
        group: ["react", "react-dom", "exceljs", "fs", "path", "node:*", "@fluentui/*", "hyperformula"],
        message: "src/core is pure: no I/O, UI or host libraries.",
      },
      {
        group: ["**/usecases/**", "**/adapters/**", "**/taskpane/**", "**/functions/**", "**/cli/**", "**/preview/**"],
        message: "src/core imports nothing outside src/core.",
      },
    ],
    {
      "no-console": "error",
      "no-restricted-globals": [
        "error",
        "Excel",
        "Office",
        "OfficeRuntime",
        "CustomFunctions",
        "document",
        "window",
        "console",
        "localStorage",
        "fetch",
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The core never reads the clock: pass the as-of date in.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The core never reads the clock: pass the as-of date in.",
        },
      ],
    },
  ),
  layer(
    ["src/usecases/**/*.ts"],
    [
      {
        group: [
          "**/adapters/**",
          "**/taskpane/**",
          "**/functions/**",
          "**/cli/**",
          "**/preview/**",
          "react",
          "exceljs",
          "@fluentui/*",
        ],
        message: "usecases depend on core and their own ports only.",
      },
    ],
  ),
  layer(
    ["src/adapters/**/*.ts"],
    [
      {
        group: ["**/taskpane/**", "**/functions/**", "**/cli/**", "**/preview/**", "react", "@fluentui/*"],
        message: "adapters implement the port; they do not reach into the composition roots.",
      },
    ],
  ),
  layer(
    ["src/taskpane/**/*.{ts,tsx}"],
    [
      {
        group: [
          "**/adapters/xlsx/**",
          "**/adapters/memory/**",
          "**/cli/**",
          "**/preview/**",
          "exceljs",
          "hyperformula",
        ],
        message: "The task pane gets a WorkbookPort; only its index.tsx wires the Office.js adapter.",
      },
    ],
  ),
  layer(
    ["src/functions/**/*.ts"],
    [
      {
        group: ["**/adapters/**", "**/taskpane/**", "**/usecases/**", "react", "exceljs"],
        message: "Custom functions are thin wrappers over the core.",
      },
    ],
  ),
];
