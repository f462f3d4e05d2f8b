module.exports = { ...require('../../jest.preset.js'), displayName: 'travel', rootDir: __dirname };
