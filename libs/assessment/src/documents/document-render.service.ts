import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Db, FileStorage, JobQueue, PdfRenderer } from '@app/platform';
import { DocumentDataService } from './document-data.service';
import { GeneratedDocument } from './generated-document.entity';
import { certificatRealisation, endOfTraining, juryPv, partialValidation } from './pdf/document-pdfs';

/** Enqueues the rendering of a document (its job id makes a second enqueue a no-op while the job is kept). */
export function enqueueRender(jobs: JobQueue, d: { id: string; schoolId: string }): Promise<void> {
  return jobs.enqueue('documents.render', { documentId: d.id, schoolId: d.schoolId }, `document.${d.id}`);
}

/**
 * Renders one generated document in the worker: reads the data in the school's transaction, renders the PDF, stores
 * it and marks the row done. Exactly once per document, whatever the crashes and retries (BullMQ delivers at least
 * once): the row is locked for the render, so a second delivery waits and then finds it done; the file is stored under
 * the document's own id, so a render killed after storing and before committing leaves a file the next one replaces,
 * never a second file; a render that fails removes its file.
 */
@Injectable()
export class DocumentRenderService {
  constructor(
    private readonly db: Db,
    private readonly pdf: PdfRenderer,
    private readonly storage: FileStorage,
    private readonly data: DocumentDataService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Enqueues again the documents still pending `minAgeMs` after they were requested (Redis was away when they were, or
   * lost their jobs), in every school; a document whose job is still queued is left to it.
   */
  async sweep(now = new Date(), minAgeMs = 60_000): Promise<number> {
    const pending = await this.db.admin
      .createQueryBuilder(GeneratedDocument, 'd')
      .select(['d.id', 'd.schoolId'])
      .where("d.status = 'pending' AND d.created_at <= :before", { before: new Date(now.getTime() - minAgeMs) })
      .orderBy('d.created_at')
      .take(1000)
      .getMany();
    for (const d of pending) await enqueueRender(this.jobs, d);
    return pending.length;
  }

  async render(documentId: string, schoolId: string, lastAttempt: boolean): Promise<void> {
    try {
      await this.db.inSchool(schoolId, async () => {
        const document = await this.db.tx.findOne(GeneratedDocument, { where: { id: documentId }, lock: { mode: 'pessimistic_write' } });
        if (!document || document.status === 'done') return;
        const bytes = await this.pdf.render(await this.definition(document));
        const stored = await this.storage.put(`documents/${schoolId}`, Readable.from([bytes]), 'application/pdf', document.id);
        await this.db.onRollback(() => this.storage.delete(stored.key));
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
