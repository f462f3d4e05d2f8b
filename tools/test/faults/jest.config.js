// `npm run test:faults`: the fault suites, each on engines or processes of its own (minutes long, so
// not part of the tools project's tests). One at a time: they kill and restart what they run.
module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'faults',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  testTimeout: 900_000,
};
