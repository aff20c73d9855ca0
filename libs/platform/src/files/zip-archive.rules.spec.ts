import { deflateRawSync } from 'node:zlib';
import { ascii, docxBomb, DOCX_ENTRIES, u16, u32, zip, zipOf } from '../../../../test/fixtures/files';
import { checkZipArchive, ZIP_LIMITS } from './zip-archive.rules';
import { inflatesAsDeclared } from './zip-inflate';

const refusal = (bytes: Buffer, limits = ZIP_LIMITS) => {
  const check = checkZipArchive(bytes, limits);
  return check.ok ? null : check.message;
};

describe('checkZipArchive', () => {
  it('accepts a Word document, deflated or stored, with or without data descriptors, and lists its entries', () => {
    for (const options of [{}, { store: true }, { dataDescriptor: true }]) {
      const check = checkZipArchive(zip(DOCX_ENTRIES, options));
      expect(check.ok && check.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    }
  });

  it('accepts an archive followed by a comment', () => {
    const archive = zip(DOCX_ENTRIES);
    archive.writeUInt16LE(5, archive.length - 2);
    expect(checkZipArchive(Buffer.concat([archive, ascii('hello')])).ok).toBe(true);
  });

  it('refuses a bomb that declares its size: over the total, or over the ratio for a large entry', () => {
    expect(refusal(docxBomb(200))).toContain('volume démesuré');
    expect(refusal(docxBomb(2))).toContain('volume démesuré'); // 2 MiB from 2 KiB: ratio 1000
    const wholeLimit = { ...ZIP_LIMITS, maxUncompressedBytes: 100 };
    expect(refusal(zip(DOCX_ENTRIES), wholeLimit)).toContain('volume démesuré');
  });

  it('accepts a large entry that compresses reasonably (ratio within the limit)', () => {
    const noise = Buffer.from(Array.from({ length: 2 * 1024 * 1024 }, (_, i) => ((i * 7919) % 251 < 40 ? (i * 31) % 256 : 0x20)));
    const packed = deflateRawSync(noise);
    expect(noise.length / packed.length).toBeLessThan(ZIP_LIMITS.maxRatio);
    expect(checkZipArchive(zipOf([{ name: 'word/media/image1.bmp', packed, size: noise.length }])).ok).toBe(true);
  });

  it('refuses overlapping entries (the non-recursive bomb that points many entries at the same data)', () => {
    const archive = zip([...DOCX_ENTRIES, { name: 'word/copy.xml', data: 'x'.repeat(100) }]);
    // Point the last central entry at the first local header.
    const directoryStart = archive.readUInt32LE(archive.length - 6);
    let at = directoryStart;
    for (let i = 0; i < 3; i++) at += 46 + archive.readUInt16LE(at + 28);
    archive.writeUInt32LE(0, at + 42);
    expect(refusal(archive)).toContain('se chevauchent');
  });

  it('refuses ZIP64, too many entries, unknown compression, and broken structures', () => {
    const archive = zip(DOCX_ENTRIES);
    const zip64 = Buffer.from(archive);
    zip64.writeUInt32LE(0xffffffff, zip64.length - 6);
    expect(refusal(zip64)).toContain('ZIP64');
    const many = zip(Array.from({ length: 20 }, (_, i) => ({ name: `word/p${i}.xml`, data: 'x' })));
    expect(refusal(many, { ...ZIP_LIMITS, maxEntries: 19 })).toContain('plus de 19 éléments');
    const bzip = Buffer.from(archive);
    bzip.writeUInt16LE(12, bzip.readUInt32LE(bzip.length - 6) + 10); // first central entry: bzip2
    expect(refusal(bzip)).toContain('compression inconnue');
    expect(refusal(archive.subarray(0, archive.length - 1))).toContain('illisible');
    expect(refusal(Buffer.concat([ascii('PK\x05\x06'), u16(0), u16(0), u16(1), u16(1), u32(46), u32(0), u16(0)]))).toContain('incohérente');
    const shifted = Buffer.from(archive);
    shifted.writeUInt32LE(7, shifted.readUInt32LE(shifted.length - 6) + 42); // a local header that is not there
    expect(refusal(shifted)).toContain('incohérente');
  });
});

describe('inflatesAsDeclared', () => {
  it('holds for a true archive and fails for one that hides a bomb behind a small declared size', async () => {
    const honest = zip(DOCX_ENTRIES);
    const honestCheck = checkZipArchive(honest);
    expect(honestCheck.ok && (await inflatesAsDeclared(honest, honestCheck.entries))).toBe(true);
    const liar = docxBomb(64, 4000);
    const liarCheck = checkZipArchive(liar);
    expect(liarCheck.ok).toBe(true);
    expect(liarCheck.ok && (await inflatesAsDeclared(liar, liarCheck.entries))).toBe(false);
  });

  it('fails for truncated compressed data', async () => {
    const data = Buffer.from('x'.repeat(5000));
    const packed = deflateRawSync(data);
    const archive = zipOf([{ name: 'word/document.xml', packed: packed.subarray(0, packed.length - 4), size: data.length }]);
    const check = checkZipArchive(archive);
    expect(check.ok && (await inflatesAsDeclared(archive, check.entries))).toBe(false);
  });
});
