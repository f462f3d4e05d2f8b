module.exports = { ...require('../../jest.preset.js'), displayName: 'analytics-example', rootDir: __dirname };
