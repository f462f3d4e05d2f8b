// The fault suites (test/faults) run on their own: `npm run test:faults`.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
};
