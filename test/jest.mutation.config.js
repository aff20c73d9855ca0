const unit = require('./jest.unit.config');

/**
 * Mutation testing (stryker.config.json): the unit settings, restricted to the specs beside the rules they mutate, with
 * fast-check properties capped to a few cases from a fixed seed (test/support/fast-check-capped.js).
 */
module.exports = {
  ...unit,
  displayName: 'mutation',
  // MUTATION_LIB=training limits the run to one library's specs (scripts/mutation.sh, one library at a time).
  testMatch: [`<rootDir>/libs/${process.env.MUTATION_LIB ?? '*'}/src/**/rules/*.spec.ts`],
  moduleNameMapper: { '^fast-check$': '<rootDir>/test/support/fast-check-capped.js', ...unit.moduleNameMapper },
};
