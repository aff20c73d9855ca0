/** An entry of a ZIP archive as its central directory declares it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where its local file header starts. */
  offset: number;
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | { ok: false; code: 'ARCHIVE_REFUSED'; message: string };

export const ZIP_LIMITS = {
  /** A Word document holds tens of parts; thousands are a bomb or a hiding place. */
  maxEntries: 1000,
  /** What all entries may inflate to together. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Highest inflated / compressed ratio of an entry above minRatioCheckedBytes (text XML stays under 20, bombs reach 1000). */
  maxRatio: 100,
  minRatioCheckedBytes: 1024 * 1024,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Stored (0) and deflated (8): what Office and LibreOffice write. */
const METHODS = [0, 8];

const refused = (why: string): ZipCheck => ({
  ok: false,
  code: 'ARCHIVE_REFUSED',
  message: `Ce document Word est refusé : ${why}. Enregistrez-le de nouveau depuis votre traitement de texte, ou envoyez-le en PDF.`,
});

/**
 * Whether a whole ZIP archive (a DOCX) may be kept, from its central directory, before anything inflates it: one
 * end-of-central-directory record, no ZIP64, a directory inside the file with as many entries as announced (at most
 * maxEntries), each a stored or deflated entry whose local header is where it says, entries that do not overlap (the
 * overlapping-entries bomb), inflated sizes within maxUncompressedBytes in total and maxRatio per large entry (the
 * classic bomb). The declared sizes are then to be checked by inflating (see verifyInflatedSizes).
 */
export function checkZipArchive(bytes: Uint8Array, limits = ZIP_LIMITS): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return refused('sa structure est illisible');
  const disk = view.getUint16(end + 4, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) return refused('il est au format ZIP64');
  if (disk !== 0 || view.getUint16(end + 8, true) !== count) return refused('il est découpé en plusieurs volumes');
  if (count > limits.maxEntries) return refused(`il contient plus de ${limits.maxEntries} éléments`);
  if (directoryOffset + directorySize !== end) return refused('sa structure est incohérente');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return refused('sa structure est incohérente');
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('latin1'),
    };
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  if (at !== end) return refused('sa structure est incohérente');
  return checkEntries(view, entries, directoryOffset, limits);
}

function checkEntries(view: DataView, entries: ZipEntry[], directoryOffset: number, limits: typeof ZIP_LIMITS): ZipCheck {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  let total = 0;
  for (const [i, entry] of sorted.entries()) {
    if (!METHODS.includes(entry.method)) return refused('il utilise une compression inconnue');
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) return refused('sa structure est incohérente');
    if (entry.offset + 30 > directoryOffset || view.getUint32(entry.offset, true) !== LOCAL) return refused('sa structure est incohérente');
    const dataEnd = dataStart(view, entry) + entry.compressedSize;
    const next = i + 1 < sorted.length ? sorted[i + 1].offset : directoryOffset;
    if (dataEnd > next) return refused('ses éléments se chevauchent');
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.minRatioCheckedBytes && ratio > limits.maxRatio)
      return refused('il se décompresse en un volume démesuré');
  }
  if (total > limits.maxUncompressedBytes) return refused('il se décompresse en un volume démesuré');
  return { ok: true, entries: sorted };
}

/** Where an entry's compressed data starts: after its local header, name and extra field. */
export function dataStart(view: DataView, entry: ZipEntry): number {
  return entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
}

/** The last end-of-central-directory record whose comment reaches exactly the end of the file; -1 when none. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD && at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}
