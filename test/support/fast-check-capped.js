// fast-check for mutation testing only (test/jest.mutation.config.js maps 'fast-check' here): each mutant reruns the
// specs that cover it, thousands of times in all, so every property runs at most MUTATION_NUM_RUNS cases (50 unless
// set) from a fixed seed. The ordinary unit run keeps each spec's own numRuns and a random seed.
const fs = require('node:fs');
const path = require('node:path');

// The real module, found as Node would, up the directories (jest's resolver would map the name back to this file; a
// Stryker sandbox has no node_modules of its own).
const packageDir = (dir) => {
  const candidate = path.join(dir, 'node_modules', 'fast-check');
  if (fs.existsSync(candidate)) return candidate;
  if (path.dirname(dir) === dir) throw new Error('fast-check introuvable');
  return packageDir(path.dirname(dir));
};
const real = require(path.join(packageDir(__dirname), 'lib', 'cjs', 'fast-check.js'));
const cap = Number(process.env.MUTATION_NUM_RUNS ?? 50);

const assert = (property, params = {}) =>
  real.assert(property, { seed: 20260101, ...params, numRuns: Math.min(params.numRuns ?? cap, cap) });

module.exports = { ...real, assert, default: { ...real.default, assert } };
