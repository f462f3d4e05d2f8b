module.exports = { ...require('../../jest.preset.js'), displayName: 'centre-directory', rootDir: __dirname };
