import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";

// Layer boundaries (STYLE.md): domain stays pure; adapters never reach into each other.
const zones = [
  {
    target: "./src/domain",
    from: [
      "./src/functions",
      "./src/excel",
      "./src/xlsx",
      "./src/taskpane",
      "./src/cli",
      "./src/commands",
    ],
    message: "src/domain is pure: no Office, Excel, React, files or adapters.",
  },
  { target: "./src/functions", from: ["./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli"] },
  { target: "./src/excel", from: ["./src/xlsx", "./src/taskpane", "./src/cli", "./src/functions"] },
  { target: "./src/xlsx", from: ["./src/excel", "./src/taskpane", "./src/functions"] },
  { target: "./src/cli", from: ["./src/excel", "./src/taskpane", "./src/functions"] },
];

// The plugin's own TypeScript block (parser, office-addins rules, prettier) covers .ts but not .tsx.
const officeTypeScript = officeAddins.configs.recommended.find(
  (c) => c.plugins && c.plugins["office-addins"]
);

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  { ...officeTypeScript, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    plugins: { import: importPlugin },
    rules: {
      "no-undef": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "import/no-default-export": "error",
      "import/no-restricted-paths": ["error", { zones }],
    },
    settings: {
      react: { version: "19" },
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } },
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "CustomFunctions",
        "document",
        "window",
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "@fluentui/*", "exceljs", "fs", "node:*"],
              message: "domain is pure",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      sourceType: "module",
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
];
