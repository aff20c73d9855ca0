import fc from 'fast-check';
import { decodeWindows1252 } from './windows-1252';

describe('decodeWindows1252', () => {
  it('reads French accented letters', () => {
    expect(decodeWindows1252(Uint8Array.of(0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65))).toBe('Hélène');
    expect(decodeWindows1252(Uint8Array.of(0xc9, 0xe0, 0xe7, 0xf4, 0xfb, 0xef, 0xff))).toBe('Éàçôûïÿ');
  });

  it('reads the block 0x80–0x9F as Windows-1252 does, not as Latin-1 controls', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x92, 0x9c, 0x8c, 0x96, 0x97, 0x85, 0x99, 0x9f))).toBe('€’œŒ–—…™Ÿ');
    expect(decodeWindows1252(Uint8Array.of(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('equals Latin-1 outside 0x80–0x9F', () => {
    const byte = fc.integer({ min: 0, max: 255 }).filter((b) => b < 0x80 || b > 0x9f);
    fc.assert(
      fc.property(fc.array(byte), (bytes) => {
        expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(Buffer.from(bytes).toString('latin1'));
      }),
    );
  });

  it('gives one character per byte', () => {
    fc.assert(fc.property(fc.uint8Array(), (bytes) => expect(decodeWindows1252(bytes)).toHaveLength(bytes.length)));
  });
});
