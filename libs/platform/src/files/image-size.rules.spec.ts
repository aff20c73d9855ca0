import { jpeg, jpegOfSize, pdf, png, pngOfSize } from '../../../../test/fixtures/files';
import { checkImageSize, IMAGE_HEADER_WINDOW, MAX_IMAGE_PIXELS } from './image-size.rules';

const code = (check: ReturnType<typeof checkImageSize>) => (check === 'incomplete' ? check : check.ok ? 'ok' : check.code);

describe('checkImageSize', () => {
  it('accepts images up to the limit, PNG and JPEG, and ignores other types', () => {
    expect(code(checkImageSize(png(), 'image/png'))).toBe('ok');
    expect(code(checkImageSize(pngOfSize(10_000, 10_000), 'image/png'))).toBe('ok'); // exactly MAX_IMAGE_PIXELS
    expect(code(checkImageSize(jpegOfSize(8000, 6000, 60_000), 'image/jpeg'))).toBe('ok'); // a 48 Mpx phone photo with its Exif
    expect(code(checkImageSize(pdf(), 'application/pdf'))).toBe('ok');
  });

  it('refuses a pixel flood, in French, with the size found', () => {
    const png = checkImageSize(pngOfSize(100_000, 100_000), 'image/png');
    expect(png).toMatchObject({ ok: false, code: 'IMAGE_TOO_LARGE' });
    expect(png !== 'incomplete' && !png.ok && png.message).toContain('100000 × 100000 pixels, 10000 millions');
    expect(code(checkImageSize(pngOfSize(10_000, 10_001), 'image/png'))).toBe('IMAGE_TOO_LARGE');
    expect(code(checkImageSize(jpegOfSize(65_535, 65_535), 'image/jpeg'))).toBe('IMAGE_TOO_LARGE');
    expect(code(checkImageSize(jpegOfSize(65_535, 65_535, 300_000), 'image/jpeg'))).toBe('IMAGE_TOO_LARGE'); // behind padding
    expect(code(checkImageSize(jpegOfSize(200, 200), 'image/jpeg', 100))).toBe('IMAGE_TOO_LARGE');
    expect(MAX_IMAGE_PIXELS).toBe(100_000_000);
  });

  it('asks for more bytes until the header is there', () => {
    expect(checkImageSize(pngOfSize(10, 10).subarray(0, 20), 'image/png')).toBe('incomplete');
    const photo = jpegOfSize(800, 600, 200_000);
    expect(checkImageSize(photo.subarray(0, 150_000), 'image/jpeg')).toBe('incomplete');
    expect(checkImageSize(photo.subarray(0, photo.length - 13), 'image/jpeg')).toBe('incomplete'); // the SOF cut in the middle
    expect(checkImageSize(jpeg('commentaire'), 'image/jpeg')).toBe('incomplete');
  });

  it('refuses as unreadable: a frame header hidden beyond the window, a PNG not starting with IHDR, zero pixels, data before the frame', () => {
    const hidden = jpegOfSize(65_535, 65_535, IMAGE_HEADER_WINDOW + 10);
    expect(code(checkImageSize(hidden.subarray(0, IMAGE_HEADER_WINDOW), 'image/jpeg'))).toBe('IMAGE_UNREADABLE');
    const notIhdr = Buffer.from(png());
    notIhdr.write('tEXt', 12, 'latin1');
    expect(code(checkImageSize(notIhdr, 'image/png'))).toBe('IMAGE_UNREADABLE');
    expect(code(checkImageSize(pngOfSize(0, 10), 'image/png'))).toBe('IMAGE_UNREADABLE');
    const scanFirst = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]), jpegOfSize(10, 10).subarray(2)]);
    expect(code(checkImageSize(scanFirst, 'image/jpeg'))).toBe('IMAGE_UNREADABLE');
    expect(code(checkImageSize(Buffer.from([0xff, 0xd8, 0x00, 0x00, 0x00, 0x00]), 'image/jpeg'))).toBe('IMAGE_UNREADABLE');
  });
});
