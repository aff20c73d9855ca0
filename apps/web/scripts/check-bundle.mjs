// Fails when the JavaScript of the first load is over budget (CI). Run after `vite build`.
// First load = the entry script of dist/index.html, every module it preloads, and every chunk the
// entry imports statically (recursively, from the Vite manifest); chunks imported lazily are left out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_KB = 350;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

const KB = 1024;
for (const file of ['index.html', '.vite/manifest.json']) {
  if (!existsSync(join(DIST, file))) {
    console.error(`${join(DIST, file)} is missing: run \`npm run build\` (with build.manifest in vite.config.ts) first.`);
    process.exit(1);
  }
}
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

/** The values of `attribute` in the tags of index.html that match `tagPattern`. */
function attributeValues(tagPattern, attribute) {
  return [...html.matchAll(tagPattern)].map((tag) => new RegExp(`${attribute}="/?([^"]+)"`).exec(tag[0])?.[1]).filter(Boolean);
}

const entryFiles = attributeValues(/<script\b[^>]*type="module"[^>]*>/g, 'src');
const preloadFiles = attributeValues(/<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href');
if (entryFiles.length === 0) {
  console.error(`No entry script found in ${DIST}/index.html.`);
  process.exit(1);
}

const keyByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
const firstLoad = new Set();
/** Adds `file` and, through the manifest, every chunk it imports statically. */
function addWithStaticImports(file) {
  if (firstLoad.has(file)) return;
  firstLoad.add(file);
  const key = keyByFile.get(file);
  if (key === undefined) {
    console.error(`${file} is loaded by ${DIST}/index.html but missing from the Vite manifest (build.manifest).`);
    process.exit(1);
  }
  for (const imported of manifest[key].imports ?? []) addWithStaticImports(manifest[imported].file);
}
[...entryFiles, ...preloadFiles].forEach(addWithStaticImports);

const rows = [...firstLoad]
  .map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, raw: bytes.length / KB, gzip: gzipSync(bytes).length / KB };
  })
  .sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });

const TITLE = 'first-load JavaScript';
const width = Math.max(...rows.map((row) => row.file.length), TITLE.length);
const line = (name, raw, gzip) => `${name.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
console.log(line(TITLE, 'raw KB', 'gzip KB'));
for (const row of rows) console.log(line(row.file, row.raw.toFixed(1), row.gzip.toFixed(1)));
console.log(line(`total (${rows.length} files)`, total.raw.toFixed(1), total.gzip.toFixed(1)));

if (total.gzip > BUDGET_GZIP_KB) {
  console.error(
    `\nFirst-load JavaScript is ${total.gzip.toFixed(1)} KB gzip, over the budget of ${BUDGET_GZIP_KB} KB: ` +
      'lazy-load the views or libraries that the first screen does not need (see the biggest files above).',
  );
  process.exit(1);
}
console.log(`\nWithin the budget of ${BUDGET_GZIP_KB} KB gzip (${(BUDGET_GZIP_KB - total.gzip).toFixed(1)} KB left).`);
