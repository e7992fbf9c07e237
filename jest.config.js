/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // Round trips through ExcelJS and jsdom renders of Fluent UI take seconds on a 2-core machine; times are
  // measured by `npm run bench`, never asserted here, so the timeout only guards against hangs.
  testTimeout: 60000,
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: ["<rootDir>/test/setup.js"],
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
};
