const base = require('./jest.base');

/** Unit tests: rules and pure code, no database, no Redis. */
module.exports = { ...base, displayName: 'unit', testMatch: ['<rootDir>/{libs,apps}/**/*.spec.ts'] };
