import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Response } from 'superagent';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The built web UI as the API serves it: the compressed copies written after the build (apps/web/scripts/compress.mjs)
 * to browsers that accept them, hashed assets cached for good, the page itself never, client-side routes get it.
 */
describe('web UI assets', () => {
  let t: TestApp;
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'cqp-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>CQP</title><script src="/assets/index-abc123.js"></script>');
    const file = path.join(dist, 'assets', 'index-abc123.js');
    writeFileSync(file, script);
    writeFileSync(`${file}.br`, brotliCompressSync(script));
    writeFileSync(`${file}.gz`, gzipSync(script));
    t = await startTestApp({ WEB_DIST_DIR: dist });
  });
  afterAll(() => t.close());

  it('sends the brotli or gzip copy to a browser that accepts it, the file itself otherwise', async () => {
    const br = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip, deflate, br').buffer(true).parse(rawBody);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBeLessThan(script.length / 10);

    const gz = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'gzip').buffer(true).parse(rawBody);
    expect(gz.headers['content-encoding']).toBe('gzip');

    const plain = await t.http().get('/assets/index-abc123.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the page for client-side routes, never cached, and the JSON 404 for unknown API paths', async () => {
    const page = await t.http().get('/cohorts/123/show');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const api = await t.http().get('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('ROUTE_NOT_FOUND');
  });
});

/** Keeps the body as bytes (supertest would try to decode an encoding it does not know). */
function rawBody(res: Response, done: (err: Error | null, body: unknown) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
