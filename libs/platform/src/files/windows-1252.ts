/**
 * Windows-1252 decoding by table. Node 20.18.3+ and 22.13+ decode the 'windows-1252' label as Latin-1, turning
 * bytes 0x80–0x9F (€, ’, œ, …) into control characters (nodejs/node#56542, #60888), so TextDecoder is not used.
 */

/** Unicode code points of bytes 0x80–0x9F per the WHATWG Encoding Standard (undefined bytes map to themselves). */
const HIGH_CONTROL_BLOCK = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The text of Windows-1252 bytes: Latin-1 except for bytes 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_BLOCK[byte - 0x80] : byte);
  }
  return text;
}
