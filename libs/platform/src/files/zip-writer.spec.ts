import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { checkZipArchive, dataStart } from './zip-archive.rules';
import { inflatesAsDeclared } from './zip-inflate';
import { ZipSource, zipStream } from './zip-writer';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A stream that yields `bytes` in chunks of `size`. */
const chunked = (bytes: Buffer, size = 64 * 1024) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );

describe('zipStream', () => {
  const text = Buffer.from(JSON.stringify({ nom: 'Dupré', prénom: 'Léa', lignes: Array(500).fill('présente') }), 'utf8');
  const noise = randomBytes(3 * 1024 * 1024 + 17);
  const sources = (): ZipSource[] => [
    { name: 'donnees.json', open: async () => text, modifiedAt: new Date('2026-03-01T10:20:30Z') },
    { name: 'documents/pièce d’identité.pdf', open: async () => chunked(noise), store: true },
    { name: 'documents/attestation.pdf', open: async () => chunked(noise, 1000) },
    { name: 'vide.txt', open: async () => Buffer.alloc(0) },
  ];

  it('writes an archive the product’s own reader and zlib read back byte for byte, names in UTF-8', async () => {
    const archive = await collect(zipStream(sources()));
    const check = checkZipArchive(archive, { maxEntries: 10, maxUncompressedBytes: 1e9, maxRatio: 1000, minRatioCheckedBytes: 1e9 });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['donnees.json', 8, text.length],
      // The upload check reads names as Latin-1 (it only looks for ASCII part names): the UTF-8 bytes are there.
      [Buffer.from('documents/pièce d’identité.pdf').toString('latin1'), 0, noise.length],
      ['documents/attestation.pdf', 8, noise.length],
      ['vide.txt', 8, 0],
    ]);
    expect(await inflatesAsDeclared(archive, check.entries)).toBe(true);
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    const json = check.entries[0];
    const start = dataStart(view, json);
    expect(inflateRawSync(archive.subarray(start, start + json.compressedSize)).equals(text)).toBe(true);
    const stored = check.entries[1];
    expect(sha(archive.subarray(dataStart(view, stored), dataStart(view, stored) + stored.compressedSize))).toBe(sha(noise));
  });

  it('is read by Info-ZIP’s unzip: every CRC checks and the files come out as they went in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-writer-'));
    try {
      const file = path.join(dir, 'export.zip');
      writeFileSync(file, await collect(zipStream(sources())));
      expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
      execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
      expect(readFileSync(path.join(dir, 'out', 'donnees.json')).equals(text)).toBe(true);
      expect(sha(readFileSync(path.join(dir, 'out', 'documents', 'attestation.pdf')))).toBe(sha(noise));
      expect(sha(readFileSync(path.join(dir, 'out', 'documents', 'pièce d’identité.pdf')))).toBe(sha(noise));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty archive (no entry) that is still a valid ZIP', async () => {
    const archive = await collect(zipStream([]));
    expect(archive.length).toBe(22);
    expect(checkZipArchive(archive)).toEqual({ ok: true, entries: [] });
  });

  it('streams: a source is opened only once the archive has been read up to it', async () => {
    const opened: string[] = [];
    const lazy = (name: string, bytes: Buffer): ZipSource => ({
      name,
      open: async () => {
        opened.push(name);
        return chunked(bytes);
      },
      store: true,
    });
    const stream = zipStream([lazy('a.bin', randomBytes(200_000)), lazy('b.bin', randomBytes(200_000))]);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    expect(opened).toEqual(['a.bin']);
    let seen = 0;
    while (opened.length < 2) {
      const { done, value } = await iterator.next();
      if (done) break;
      seen += (value as Buffer).length;
    }
    expect(seen).toBeGreaterThanOrEqual(200_000);
    await iterator.return?.();
  });

  it('fails the stream when a source cannot be opened (the download stops instead of ending as a valid archive)', async () => {
    const failing: ZipSource = {
      name: 'absent.pdf',
      open: async () => {
        throw new Error('gone');
      },
    };
    await expect(collect(zipStream([sources()[0], failing]))).rejects.toThrow('gone');
  });
});
