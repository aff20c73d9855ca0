#!/usr/bin/env node
/**
 * Writes a gzip (.gz) and a brotli (.br) copy next to every text asset of dist/ over 1 KB, after `vite build`: the API
 * serves them to browsers that accept them (@fastify/static `preCompressed`), so what users download is what
 * scripts/check-bundle.mjs budgets, not the raw files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map)$/;

let files = 0;
let raw = 0;
let brotli = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (TEXT.test(name) && statSync(file).size > 1024) {
      const body = readFileSync(file);
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${file}.br`, br);
      files++;
      raw += body.length;
      brotli += br.length;
    }
  }
};
walk(dist);
console.log(`compressed ${files} files: ${Math.round(raw / 1024)} KB raw, ${Math.round(brotli / 1024)} KB brotli`);
