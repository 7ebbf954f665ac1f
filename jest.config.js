/** Jest runs three projects: pure/adapter unit tests in node, React components in jsdom, and browser
 * end-to-end tests against the production build (they need `npm run build` first; `npm test` does it). */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "CommonJS",
      moduleResolution: "Node10",
      jsx: "react-jsx",
      isolatedModules: true,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  },
];

const common = {
  transform: { "^.+\\.(ts|tsx)$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/taskpane/"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
