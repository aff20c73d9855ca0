/** The content types an upload may be recognised as, from its first bytes. */
export type SniffedType =
  'application/pdf' | 'image/jpeg' | 'image/png' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** How many first bytes the caller should pass to sniffType and checkUpload. */
export const SNIFF_BYTES = 8192;

export const DOCX: SniffedType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
/** Markers that make a browser or a viewer read bytes as markup, searched (case ignored) in the first MARKUP_WINDOW bytes. */
const MARKUP_MARKERS = ['<html', '<head', '<body', '<script', '<!doctype', '<svg', '<iframe', '<object', '<embed'];
const MARKUP_WINDOW = 1024;
/** A macro-enabled Word document (.docm) carries its macros there: refused even under a .docx name. */
const WORD_MACROS = 'word/vbaproject.bin';

/**
 * The type of a file from its first bytes (up to SNIFF_BYTES), never from its name; null when it is none of the
 * accepted ones. PDF, JPEG and PNG by their signature at offset 0; DOCX is a ZIP whose local file headers within
 * `head` name "[Content_Types].xml" and an entry under "word/" (case ignored, as in Office packages), and no
 * "word/vbaProject.bin" (macros). Refused as
 * well: anything whose first 1024 bytes hold an HTML, SVG or script marker (a PDF/HTML polyglot, say), whatever its
 * signature, so that no accepted file can be rendered as a web page.
 */
export function sniffType(head: Uint8Array): SniffedType | null {
  if (head.length === 0 || hasMarkup(head)) return null;
  if (startsWith(head, PDF_MAGIC)) return 'application/pdf';
  if (startsWith(head, JPEG_MAGIC)) return 'image/jpeg';
  if (startsWith(head, PNG_MAGIC)) return 'image/png';
  if (startsWith(head, ZIP_LOCAL_HEADER) && isWordDocument(zipEntryNames(head))) return DOCX;
  return null;
}

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return at + magic.length <= bytes.length && magic.every((byte, i) => bytes[at + i] === byte);
}

function hasMarkup(head: Uint8Array): boolean {
  const text = latin1(head.subarray(0, MARKUP_WINDOW)).toLowerCase();
  return MARKUP_MARKERS.some((marker) => text.includes(marker));
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** Package part names are compared with case ignored, as the Open Packaging Conventions do. */
function isWordDocument(names: string[]): boolean {
  const lower = names.map((n) => n.toLowerCase());
  return lower.includes('[content_types].xml') && lower.some((n) => n.startsWith('word/')) && !lower.includes(WORD_MACROS);
}

/**
 * Names of the ZIP entries whose local file header lies wholly within `head`. Each header: signature, sizes at 18,
 * name length at 26, extra length at 28, name at 30, then the data. When the sizes are unknown (bit 3 of the flags:
 * a data descriptor follows the data, or ZIP64), the next header is looked for after the name.
 */
function zipEntryNames(head: Uint8Array): string[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= head.length && startsWith(head, ZIP_LOCAL_HEADER, at)) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const dataStart = at + 30 + nameLength + extraLength;
    if (at + 30 + nameLength > head.length) break;
    names.push(latin1(head.subarray(at + 30, at + 30 + nameLength)));
    const sizeUnknown = (flags & 0x08) !== 0 || compressedSize === 0xffffffff;
    at = sizeUnknown ? nextLocalHeader(head, dataStart) : dataStart + compressedSize;
  }
  return names;
}

function nextLocalHeader(head: Uint8Array, from: number): number {
  for (let at = from; at + 4 <= head.length; at++) {
    if (startsWith(head, ZIP_LOCAL_HEADER, at)) return at;
  }
  return head.length;
}

/** Longest name kept, in characters (code points), extension included. */
export const MAX_FILE_NAME_LENGTH = 120;
/** Longest text after the last dot still treated as an extension worth keeping when a name is shortened. */
const MAX_EXTENSION_LENGTH = 16;
/** Windows device names, which a download must not be saved as. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * The name a document is shown and downloaded under, from the name the browser declared: only the part after the
 * last '/' or '\'; Unicode NFC; control and invisible formatting characters (including bidirectional overrides),
 * quotes (" ' `) and characters Windows forbids (< > : | ? *) removed; runs of spaces made one; leading dots and
 * spaces and trailing dots and spaces removed (no hidden file, no '..'); a Windows device name prefixed with '_';
 * at most MAX_FILE_NAME_LENGTH characters, cutting the part before the extension; 'document' when nothing is left.
 * Applying it again changes nothing.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"'`<>:|?*]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s.]+|[\s.]+$/gu, '');
  const shortened = shorten(cleaned);
  if (shortened === '') return 'document';
  return DEVICE_NAME.test(shortened) ? shorten(`_${shortened}`) : shortened;
}

function shorten(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length < 2 || extension.length > MAX_EXTENSION_LENGTH + 1) return trimEnd(chars.slice(0, MAX_FILE_NAME_LENGTH).join(''));
  const stem = trimEnd(
    Array.from(name.slice(0, dot))
      .slice(0, MAX_FILE_NAME_LENGTH - extension.length)
      .join(''),
  );
  return `${stem}${extension.join('')}`;
}

function trimEnd(text: string): string {
  return text.replace(/[\s.]+$/u, '');
}

/** The extension a downloaded file gets, from its recognised type. */
export const EXTENSIONS: Record<SniffedType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};
