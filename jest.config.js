export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  clearMocks: true,
  testTimeout: 60000,
  // In-process line coverage of src/ (`npm test` asks for it; the end-to-end tests run bundles in
  // child processes and add nothing). scripts/test.mjs prints a summary per folder from
  // coverage-summary.json. The thresholds are the measure of 2026-12-04 (core 86.0 %, cryptshare
  // 87.5 %) minus 2 points; the target is 85 % or more for both. Raise them as tests are added.
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/**/*.ts'],
  coverageDirectory: '.cache/coverage',
  coverageReporters: ['json-summary'],
  coverageThreshold: {
    './src/core/': { lines: 84 },
    './src/cryptshare/': { lines: 85.5 }
  }
}
