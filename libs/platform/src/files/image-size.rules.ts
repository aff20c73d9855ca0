import { SniffedType } from './file-type';

/** Largest picture accepted, in pixels: a page scanned at 600 dpi is 35 million; a browser decodes 4 bytes a pixel. */
export const MAX_IMAGE_PIXELS = 100_000_000;
/** How far into a JPEG its frame header (SOF) may lie: past application segments (Exif, ICC, XMP), never this far in a real photo. */
export const IMAGE_HEADER_WINDOW = 1024 * 1024;

export type ImageSizeCheck =
  | { ok: true }
  | { ok: false; code: 'IMAGE_TOO_LARGE' | 'IMAGE_UNREADABLE'; message: string }
  /** More bytes are needed to tell. */
  | 'incomplete';

const PNG_IHDR = 0x49484452;
/** JPEG frame headers: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Markers without a length: TEM and RST0–RST7. */
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);

const unreadable = (): ImageSizeCheck => ({
  ok: false,
  code: 'IMAGE_UNREADABLE',
  message: 'L’image est illisible : enregistrez-la de nouveau ou envoyez un PDF.',
});

/**
 * Whether an image's declared size is one a browser can show (the pixel flood: a few kilobytes declaring billions of
 * pixels, which freeze the staff's preview), from the first bytes of the file: PNG by its IHDR chunk (always first),
 * JPEG by walking its segments to the frame header. 'incomplete' when `bytes` end before the answer; a JPEG whose
 * frame header does not come within IMAGE_HEADER_WINDOW bytes is refused as unreadable (else padding would hide a
 * flood). Other types: ok.
 */
export function checkImageSize(bytes: Uint8Array, type: SniffedType, maxPixels = MAX_IMAGE_PIXELS): ImageSizeCheck {
  const size = type === 'image/png' ? pngSize(bytes) : type === 'image/jpeg' ? jpegSize(bytes) : null;
  if (size === null) return { ok: true };
  if (size === 'incomplete') return bytes.length >= IMAGE_HEADER_WINDOW ? unreadable() : 'incomplete';
  if (size === 'invalid' || size.width === 0 || size.height === 0) return unreadable();
  if (size.width * size.height <= maxPixels) return { ok: true };
  const megapixels = Math.round((size.width * size.height) / 1_000_000);
  return {
    ok: false,
    code: 'IMAGE_TOO_LARGE',
    message: `L’image est trop grande (${size.width} × ${size.height} pixels, ${megapixels} millions) : réduisez-la à ${maxPixels / 1_000_000} millions de pixels au plus, ou envoyez un PDF.`,
  };
}

type Size = { width: number; height: number } | 'incomplete' | 'invalid';

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Signature (8), then the IHDR chunk: length (4), type (4), width (4), height (4), big-endian. */
function pngSize(bytes: Uint8Array): Size {
  if (bytes.length < 24) return 'incomplete';
  const v = view(bytes);
  return v.getUint32(12) === PNG_IHDR ? { width: v.getUint32(16), height: v.getUint32(20) } : 'invalid';
}

/** After SOI, segments `FF <marker> <length (2, itself included)>`; the frame header holds precision, height, width. */
function jpegSize(bytes: Uint8Array): Size {
  const v = view(bytes);
  let at = 2;
  for (;;) {
    while (at < bytes.length && bytes[at] === 0xff && bytes[at + 1] === 0xff) at++; // fill bytes
    if (at + 4 > bytes.length) return 'incomplete';
    if (bytes[at] !== 0xff) return 'invalid';
    const marker = bytes[at + 1];
    if (STANDALONE.has(marker)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return 'invalid'; // image data or its end before any frame header
    if (SOF.has(marker)) return at + 9 > bytes.length ? 'incomplete' : { width: v.getUint16(at + 7), height: v.getUint16(at + 5) };
    at += 2 + v.getUint16(at + 2);
  }
}
