module.exports = { ...require('../../jest.preset.js'), displayName: 'centres', rootDir: __dirname };
