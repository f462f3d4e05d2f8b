// The fault suites (test/faults) run on their own: `npm run test:faults`.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: 'tools',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/faults/'],
  // A fresh worker process for every spec file: each starts a whole platform (six PGlite WASM heaps, Kafka
  // clients, Chromium), and what one file leaves behind made later files 3–4× slower in one shared process
  // (gateway-limits: 32 s alone, 104 s after two other platform specs). Any limit below a platform's heap
  // recycles the worker after every file.
  workerIdleMemoryLimit: '1MB',
  // A long-lived broker sheds the topics of runs that ended hours ago (every run makes its own).
  globalSetup: '<rootDir>/test/global-setup.ts',
};
