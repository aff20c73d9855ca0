import { Readable } from 'node:stream';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

/** One file of a ZIP being written: its path in the archive and a way to open its bytes (only when its turn comes). */
export interface ZipSource {
  name: string;
  open: () => Promise<Readable | Buffer>;
  /** Modification time written in the entry (DOS time, local fields of this instant in UTC). */
  modifiedAt?: Date;
  /** Deflate (default) or store as is (files already compressed: PDF, JPEG, PNG, DOCX gain nothing). */
  store?: boolean;
}

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
  method: number;
  time: number;
  date: number;
}

/** The ZIP format without ZIP64 stops at 4 GiB per entry and for the whole archive, and 65 535 entries. */
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;
/** Bit 3: sizes and CRC follow the data (streamed); bit 11: the name is UTF-8. */
const FLAGS = 0x0808;

const MADE_BY_UNIX = (3 << 8) | 20;
/** External attributes of a Unix regular file readable by all (-rw-r--r--). */
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

export class ZipTooLarge extends Error {}

function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

function localHeader(e: Written): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  // CRC and sizes are 0 here: they follow in the data descriptor.
  b.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([b, e.name]);
}

function dataDescriptor(e: Written): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc >>> 0, 4);
  b.writeUInt32LE(e.compressed, 8);
  b.writeUInt32LE(e.size, 12);
  return b;
}

function centralEntry(e: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  // Made by Unix (3), so that readers take the names as they are and do not translate them from a DOS code page.
  b.writeUInt16LE(MADE_BY_UNIX, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc >>> 0, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(REGULAR_FILE_0644, 38);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

async function* asChunks(body: Readable | Buffer): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(body)) {
    yield body;
    return;
  }
  for await (const chunk of body) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
}

/** Compresses `chunks` with raw deflate, yielding compressed bytes as they come (backpressure kept by the consumer). */
async function* deflated(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION });
  const feed = (async () => {
    try {
      for await (const chunk of chunks) {
        if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
      }
      deflate.end();
    } catch (err) {
      deflate.destroy(err as Error);
    }
  })();
  for await (const out of deflate) yield out as Buffer;
  await feed;
}

/**
 * A ZIP archive written as a stream: each source is opened only when its turn comes and its bytes flow through (stored or
 * deflated, CRC-32 computed on the way, sizes in a data descriptor after the data), so the archive is never held in
 * memory whatever its size. Names are UTF-8 (flag 11). Refuses (ZipTooLarge, the stream fails) beyond the limits of the
 * format without ZIP64: 65 535 entries, 4 GiB.
 */
export function zipStream(sources: Iterable<ZipSource> | AsyncIterable<ZipSource>): Readable {
  async function* generate(): AsyncGenerator<Buffer> {
    const written: Written[] = [];
    let offset = 0;
    for await (const source of sources) {
      if (written.length >= MAX_ENTRIES) throw new ZipTooLarge('Too many entries for a ZIP without ZIP64');
      const entry: Written = {
        name: Buffer.from(source.name, 'utf8'),
        offset,
        crc: 0,
        compressed: 0,
        size: 0,
        method: source.store ? 0 : 8,
        ...dosDateTime(source.modifiedAt ?? new Date()),
      };
      const header = localHeader(entry);
      yield header;
      offset += header.length;
      const body = await source.open();
      const raw = (async function* () {
        for await (const chunk of asChunks(body)) {
          entry.crc = crc32(chunk, entry.crc);
          entry.size += chunk.length;
          if (entry.size > MAX_32) throw new ZipTooLarge(`Entry ${source.name} over 4 GiB`);
          yield chunk;
        }
      })();
      for await (const out of source.store ? raw : deflated(raw)) {
        entry.compressed += out.length;
        yield out;
      }
      offset += entry.compressed;
      const descriptor = dataDescriptor(entry);
      yield descriptor;
      offset += descriptor.length;
      if (offset > MAX_32) throw new ZipTooLarge('Archive over 4 GiB');
      written.push(entry);
    }
    const start = offset;
    for (const entry of written) {
      const central = centralEntry(entry);
      yield central;
      offset += central.length;
    }
    yield endOfDirectory(written.length, offset - start, start);
  }
  return Readable.from(generate(), { objectMode: false });
}
