import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { AppError, AuditService, Db, FileStorage, JobQueue, notFound, RequestContext } from '@app/platform';
import { Trainee, TraineeStatus } from '@app/training';
import { JurySession } from '../juries/jury-session.entity';
import { DocumentBatch } from './document-batch.entity';
import { enqueueRender } from './document-render.service';
import { DocumentKind, GeneratedDocument } from './generated-document.entity';
import { DocumentBatchResponse, RequestDocumentsRequest } from './dto/document.dto';

const FILE_PREFIX: Record<DocumentKind, string> = {
  jury_pv: 'pv-jury',
  partial_validation: 'attestation-validation-partielle',
  end_of_training: 'attestation-fin-de-formation',
  certificat_realisation: 'certificat-de-realisation',
};

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/**
 * Requests documents by batch (a jury's PV, or one document per trainee of a cohort): the rows are written in the
 * request's transaction, the worker renders each one (a job per document, deterministic ids) and the batch shows its
 * progress; finished PDFs are downloaded from storage.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly jobs: JobQueue,
    private readonly context: RequestContext,
  ) {}

  async request(input: RequestDocumentsRequest): Promise<DocumentBatchResponse> {
    const schoolId = this.db.schoolId!;
    const targets = await this.targets(input);
    const batch = await this.db.tx.save(
      this.db.tx.create(DocumentBatch, {
        schoolId,
        kind: input.kind,
        cohortId: input.cohortId ?? null,
        jurySessionId: input.jurySessionId ?? null,
        requestedBy: this.context.caller?.accountId ?? null,
      }),
    );
    const documents = await this.db.tx.save(
      targets.map((t) =>
        this.db.tx.create(GeneratedDocument, {
          schoolId,
          batchId: batch.id,
          kind: input.kind,
          traineeId: t.traineeId,
          jurySessionId: input.jurySessionId ?? null,
          fileName: t.fileName,
        }),
      ),
    );
    await this.audit.record({
      entityType: 'document_batch',
      entityId: batch.id,
      action: 'documents.requested',
      after: { kind: input.kind, count: documents.length },
    });
    // Best effort: if Redis is away the documents stay pending and the documents sweep enqueues them later.
    await this.db.afterCommit(async () => {
      for (const d of documents)
        await enqueueRender(this.jobs, d).catch((err: Error) => this.logger.warn(`document ${d.id} not enqueued yet: ${err.message}`));
    });
    return this.batch(batch.id);
  }

  private async targets(input: RequestDocumentsRequest): Promise<{ traineeId: string | null; fileName: string }[]> {
    if (input.kind === 'jury_pv') {
      const jury = input.jurySessionId ? await this.db.tx.findOneBy(JurySession, { id: input.jurySessionId }) : null;
      if (!jury)
        throw new AppError(400, 'JURY_REQUIRED', 'Choisissez le jury dont vous voulez le procès-verbal.', {
          jurySessionId: ['jury inconnu'],
        });
      return [{ traineeId: null, fileName: `${FILE_PREFIX.jury_pv}-${jury.date}.pdf` }];
    }
    if (!input.cohortId)
      throw new AppError(400, 'COHORT_REQUIRED', 'Choisissez la session de formation des stagiaires concernés.', {
        cohortId: ['obligatoire'],
      });
    const trainees = await this.db.tx.find(Trainee, {
      where: { cohortId: input.cohortId, status: TraineeStatus.Active },
      order: { lastName: 'ASC', firstName: 'ASC' },
    });
    if (trainees.length === 0) throw new AppError(409, 'NO_TRAINEES', 'Cette session de formation n’a aucun stagiaire en formation.');
    return trainees.map((t) => ({ traineeId: t.id, fileName: `${FILE_PREFIX[input.kind]}-${slug(`${t.lastName} ${t.firstName}`)}.pdf` }));
  }

  async batch(id: string): Promise<DocumentBatchResponse> {
    const batch = await this.db.tx.findOneBy(DocumentBatch, { id });
    if (!batch) throw notFound('Lot de documents');
    const documents = await this.db.tx.find(GeneratedDocument, { where: { batchId: id }, order: { fileName: 'ASC' } });
    const done = documents.filter((d) => d.status === 'done').length;
    const failed = documents.filter((d) => d.status === 'failed').length;
    return {
      id,
      kind: batch.kind,
      total: documents.length,
      done,
      failed,
      progress: documents.length ? done / documents.length : 1,
      documents: documents.map((d) => ({
        id: d.id,
        kind: d.kind,
        traineeId: d.traineeId,
        fileName: d.fileName,
        status: d.status,
        error: d.error,
      })),
    };
  }

  async file(id: string): Promise<{ body: Readable; fileName: string }> {
    const document = await this.db.tx.findOneBy(GeneratedDocument, { id });
    if (!document) throw notFound('Document');
    if (document.status !== 'done' || !document.storageKey)
      throw new AppError(409, 'DOCUMENT_NOT_READY', 'Ce document n’est pas encore prêt.');
    return { body: await this.storage.get(document.storageKey), fileName: document.fileName };
  }
}
