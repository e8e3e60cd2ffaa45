// ts-jest only transpiles (isolatedModules); `tsc --noEmit` is the type check (test/spec/typecheck.test.ts).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node10', isolatedModules: true } }],
  },
  testTimeout: 60000,
};
