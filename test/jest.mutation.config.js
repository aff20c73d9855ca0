const unit = require('./jest.unit.config');

/**
 * Mutation testing (stryker.config.json): the unit settings, restricted to the specs beside the rules they mutate, with
 * fast-check properties capped to a few cases from a fixed seed (test/support/fast-check-capped.js).
 */
module.exports = {
  ...unit,
  displayName: 'mutation',
  testMatch: ['<rootDir>/libs/*/src/**/rules/*.spec.ts'],
  moduleNameMapper: { '^fast-check$': '<rootDir>/test/support/fast-check-capped.js', ...unit.moduleNameMapper },
};
