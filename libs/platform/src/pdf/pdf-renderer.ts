import * as path from 'node:path';
import { Injectable } from '@nestjs/common';

// pdfmake's server build: CommonJS, fonts read from its own folder only.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as {
  setFonts(fonts: unknown): void;
  setLocalAccessPolicy(policy: (p: string) => boolean): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const roboto = require('pdfmake/fonts/Roboto') as { Roboto: { normal: string } };

const fontsDir = path.dirname(roboto.Roboto.normal);
pdfmake.setFonts(roboto);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(fontsDir));
pdfmake.setUrlAccessPolicy(() => false); // documents never fetch anything from the network

/** A pdfmake document definition (https://pdfmake.github.io/docs/). */
export type PdfDocument = Record<string, unknown>;

/**
 * Renders PDFs with an embedded TTF (Roboto), so every accent and name prints right; documents may
 * read no file but the fonts.
 */
@Injectable()
export class PdfRenderer {
  render(doc: PdfDocument): Promise<Buffer> {
    return pdfmake.createPdf({ defaultStyle: { font: 'Roboto', fontSize: 10 }, ...doc }).getBuffer();
  }
}
