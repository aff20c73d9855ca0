import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileNotFound } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

describe('LocalFileStorage', () => {
  const storage = new LocalFileStorage(mkdtempSync(path.join(tmpdir(), 'cqp-local-')));

  it('streams a file to a random key and reports its size and SHA-256', async () => {
    const content = 'bonjour '.repeat(10_000);
    const a = await storage.put('docs', Readable.from([content]), 'text/plain');
    const b = await storage.put('docs', Buffer.from(content), 'text/plain');
    expect(a.key).toMatch(/^docs\/[0-9a-f-]{36}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.size).toBe(content.length);
    expect(a.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await text(await storage.get(a.key))).toBe(content);
  });

  it('deletes, and says when a file is missing', async () => {
    const f = await storage.put('docs', Buffer.from('x'), 'text/plain');
    expect(await storage.exists(f.key)).toBe(true);
    await storage.delete(f.key);
    expect(await storage.exists(f.key)).toBe(false);
    await expect(storage.get(f.key)).rejects.toBeInstanceOf(FileNotFound);
  });

  it('refuses keys and folders that could leave the storage root', async () => {
    await expect(storage.put('../etc', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe/);
    await expect(storage.get('docs/../../etc/passwd')).rejects.toThrow(/Unsafe/);
    await expect(storage.get('/etc/passwd')).rejects.toThrow(/Unsafe/);
  });
});
