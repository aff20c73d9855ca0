import { promisify } from 'node:util';
import { inflateRaw, ZlibOptions } from 'node:zlib';
import { dataStart, ZipEntry } from './zip-archive.rules';

const inflate = promisify(inflateRaw) as (data: Buffer, options: ZlibOptions) => Promise<Buffer>;

/**
 * Whether each deflated entry inflates to exactly the size its central directory declares: zlib stops at that size plus
 * one byte, so an entry that lies about its size (a bomb behind a small announced size) costs no more than announced.
 * `entries` come from checkZipArchive on the same bytes.
 */
export async function inflatesAsDeclared(bytes: Buffer, entries: ZipEntry[]): Promise<boolean> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries.filter((e) => e.method === 8)) {
    const start = dataStart(view, entry);
    try {
      const out = await inflate(bytes.subarray(start, start + entry.compressedSize), { maxOutputLength: entry.uncompressedSize + 1 });
      if (out.length !== entry.uncompressedSize) return false;
    } catch {
      return false;
    }
  }
  return true;
}
