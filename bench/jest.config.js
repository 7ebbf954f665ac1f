/** `npm run bench`: benchmarks print their figures (ratios measured in one run); they time nothing in tests. */
const base = require("../jest.config.js").projects[0];

module.exports = {
  ...base,
  rootDir: "..",
  displayName: "bench",
  testMatch: ["<rootDir>/bench/**/*.bench.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 300000,
};
