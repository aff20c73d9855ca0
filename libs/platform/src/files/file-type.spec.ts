import { detectDocumentType } from './file-type';

describe('detectDocumentType', () => {
  it('recognises PDF, JPEG and PNG by their bytes', () => {
    expect(detectDocumentType(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(detectDocumentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectDocumentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
  });

  it('refuses anything else, whatever it claims to be', () => {
    expect(detectDocumentType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectDocumentType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(detectDocumentType(Buffer.from('%PD'))).toBeNull();
    expect(detectDocumentType(new Uint8Array())).toBeNull();
  });
});
