module.exports = { ...require('../../jest.preset.js'), displayName: 'case-access', rootDir: __dirname };
