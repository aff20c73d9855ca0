import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Db, FileStorage, PdfRenderer } from '@app/platform';
import { DocumentDataService } from './document-data.service';
import { GeneratedDocument } from './generated-document.entity';
import { certificatRealisation, endOfTraining, juryPv, partialValidation } from './pdf/document-pdfs';

/**
 * Renders one generated document in the worker: reads the data in the school's transaction, renders the PDF, stores
 * it and marks the row done. Idempotent: a document already done is left alone; a retry after a crash renders again.
 */
@Injectable()
export class DocumentRenderService {
  constructor(
    private readonly db: Db,
    private readonly pdf: PdfRenderer,
    private readonly storage: FileStorage,
    private readonly data: DocumentDataService,
  ) {}

  async render(documentId: string, schoolId: string, lastAttempt: boolean): Promise<void> {
    try {
      await this.db.inSchool(schoolId, async () => {
        const document = await this.db.tx.findOneBy(GeneratedDocument, { id: documentId });
        if (!document || document.status === 'done') return;
        const bytes = await this.pdf.render(await this.definition(document));
        const stored = await this.storage.put(`documents/${schoolId}`, Readable.from([bytes]), 'application/pdf');
        await this.db.tx.update(
          GeneratedDocument,
          { id: documentId },
          { status: 'done', storageKey: stored.key, size: stored.size, sha256: stored.sha256, error: null, doneAt: new Date() },
        );
      });
    } catch (err) {
      if (lastAttempt) {
        await this.db.inSchool(schoolId, () =>
          this.db.tx.update(GeneratedDocument, { id: documentId }, { status: 'failed', error: (err as Error).message }),
        );
      }
      throw err;
    }
  }

  private async definition(d: GeneratedDocument) {
    switch (d.kind) {
      case 'jury_pv':
        return juryPv(await this.data.jury(d.jurySessionId!));
      case 'partial_validation':
        return partialValidation(await this.data.trainee(d.traineeId!));
      case 'end_of_training':
        return endOfTraining(await this.data.trainee(d.traineeId!));
      case 'certificat_realisation':
        return certificatRealisation(await this.data.trainee(d.traineeId!));
    }
  }
}
