// Tests live in tests/, import the packages' TypeScript sources directly and
// run as CommonJS through ts-jest (type-checking is `npm run typecheck`).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^@sroi/(core|workbook|cli)$': '<rootDir>/packages/$1/src/index.ts',
    '^@sroi/core/node$': '<rootDir>/packages/core/src/node/index.ts',
    // Worker threads are not transformed by ts-jest: the pool's threads run the TypeScript source through tsx.
    '^\\./monte-carlo-worker-script\\.js$': '<rootDir>/tests/core/sensitivity/monte-carlo-worker-script.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // office-addin-mock imports it, and it imports an ESM-only package: a stub with its one enum.
    '^office-addin-manifest$': '<rootDir>/tests/addin/helpers/office-addin-manifest-stub.ts',
  },
  testTimeout: 120000,
  // Jest 30's snapshot style, kept under Jest 29 (Jest 30 needs platform binaries this registry lacks).
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
