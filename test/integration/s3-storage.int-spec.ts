import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { FileNotFound } from '@app/platform';
import { S3FileStorage } from '@app/platform/storage/s3-file-storage';

describe('S3FileStorage against a local S3-compatible server', () => {
  let server: S3rver;
  let storage: S3FileStorage;

  beforeAll(async () => {
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: mkdtempSync(path.join(tmpdir(), 's3rver-')),
      configureBuckets: [{ name: 'cqp-test', configs: [] }],
    });
    const { port } = (await server.run()) as AddressInfo;
    storage = new S3FileStorage({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-3',
      bucket: 'cqp-test',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      forcePathStyle: true,
    });
  });
  afterAll(async () => {
    storage.destroy();
    await server.close();
  });

  it('streams up, reads back, checks existence and deletes', async () => {
    const content = 'attestation AFGSU '.repeat(50_000);
    const stored = await storage.put('attestations', Readable.from([content]), 'application/pdf');
    expect(stored.key).toMatch(/^attestations\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await text(await storage.get(stored.key))).toBe(content);
    expect(await storage.exists(stored.key)).toBe(true);
    await storage.delete(stored.key);
    expect(await storage.exists(stored.key)).toBe(false);
    await expect(storage.get(stored.key)).rejects.toBeInstanceOf(FileNotFound);
  });
});
