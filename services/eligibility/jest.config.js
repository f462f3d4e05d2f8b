module.exports = { ...require('../../jest.preset.js'), displayName: 'eligibility', rootDir: __dirname };
