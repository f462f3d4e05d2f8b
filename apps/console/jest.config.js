// Unit specs of the console's pure logic (i18n resources, URL state, formats): Node, no DOM. The pages
// themselves are proven in a real browser by tools/test/console.integration-spec.ts.
module.exports = { ...require('../../jest.preset.js'), displayName: 'console', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
