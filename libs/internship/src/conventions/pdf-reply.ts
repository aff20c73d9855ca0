import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { FastifyReply } from 'fastify';

/** A PDF sent inline (opened by the browser), never cached. */
export function pdfReply(reply: FastifyReply, file: { body: Readable; fileName: string }): StreamableFile {
  void reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${file.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  return new StreamableFile(file.body);
}
