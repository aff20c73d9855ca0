import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileNotFound } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

describe('LocalFileStorage', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cqp-local-'));
  const storage = new LocalFileStorage(root);

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

  it('puts under a name of its owner: a second put replaces the first, no other file is added', async () => {
    const name = randomUUID();
    const first = await storage.put('named', Buffer.from('premier rendu, interrompu'), 'text/plain', name);
    const second = await storage.put('named', Buffer.from('second rendu'), 'text/plain', name);
    expect(second.key).toBe(`named/${name}`);
    expect(first.key).toBe(second.key);
    expect(await text(await storage.get(second.key))).toBe('second rendu');
    expect(readdirSync(path.join(root, 'named'))).toEqual([name]);
    await expect(storage.put('named', Buffer.from('x'), 'text/plain', '../escape')).rejects.toThrow(/Unsafe/);
    await expect(storage.put('named', Buffer.from('x'), 'text/plain', 'a/b')).rejects.toThrow(/Unsafe/);
  });

  it('refuses keys and folders that could leave the storage root', async () => {
    await expect(storage.put('../etc', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Unsafe/);
    await expect(storage.get('docs/../../etc/passwd')).rejects.toThrow(/Unsafe/);
    await expect(storage.get('/etc/passwd')).rejects.toThrow(/Unsafe/);
  });
});
