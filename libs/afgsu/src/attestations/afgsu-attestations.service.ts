import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, AuditService, Db, FileStorage, notFound, RequestContext } from '@app/platform';
import { acceptOnly, receiveUpload } from '@app/platform/files/upload';
import { parisDate } from '@app/platform/time/paris-time';
import { RuleSettingsService } from '@app/referential';
import { CohortsService, TraineesService } from '@app/training';
import { AfgsuAttestation, AfgsuLevel, afgsuValidOn, checkAttestation, checkRefresher } from '../rules/afgsu.rules';
import { afgsuStatus } from '../rules/afgsu-status.rules';
import { AfgsuPlanning } from '../sessions/afgsu-planning.repository';
import { AfgsuAttestationRecord } from './afgsu-attestation.entity';
import { AttestationResponse, RecordAttestationRequest, RecordRefresherRequest, TraineeAfgsuResponse } from './dto/afgsu-attestation.dto';

const SCAN_TYPES = ['application/pdf' as const, 'image/jpeg' as const, 'image/png' as const];
const INLINE = ['application/pdf', 'image/jpeg', 'image/png'];

/** A prior attestation accepted during admission (its copy was checked by staff then). */
export interface CheckedPriorAttestation {
  level: AfgsuLevel;
  issuedOn: string;
  issuingCentre: string;
  document: { key: string; type: string; size: number; sha256: string; name: string } | null;
}

export const toRule = (a: AfgsuAttestationRecord): AfgsuAttestation => ({
  id: a.id,
  level: a.level,
  kind: a.kind,
  issuedOn: a.issuedOn,
  expiresOn: a.expiresOn,
  verified: a.verified,
});

/**
 * A trainee's AFGSU attestations: recorded by staff (initial course, refresher before expiry, prior ones verified with
 * their scan), their status on a day, and the gate the assessment uses (valid on the jury date).
 */
@Injectable()
export class AfgsuAttestationsService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly context: RequestContext,
    private readonly settings: RuleSettingsService,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly planning: AfgsuPlanning,
  ) {}

  private async settingsOf(traineeId: string) {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    return { trainee, rules: await this.settings.settingsFor(cohort.versionId) };
  }

  private list(traineeId: string): Promise<AfgsuAttestationRecord[]> {
    return this.db.tx.find(AfgsuAttestationRecord, { where: { traineeId }, order: { issuedOn: 'DESC', createdAt: 'DESC' } });
  }

  /** Status on `today` (Europe/Paris; the current day by default) and every attestation, newest first. */
  async describe(traineeId: string, today: string = parisDate(new Date())): Promise<TraineeAfgsuResponse> {
    const { rules } = await this.settingsOf(traineeId);
    const attestations = await this.list(traineeId);
    const planned = await this.planning.plannedSessions([traineeId], today);
    const s = afgsuStatus(attestations.map(toRule), planned.get(traineeId) ?? [], today, rules);
    return {
      traineeId,
      status: {
        status: s.status,
        label: s.label,
        expiresOn: s.expiresOn,
        daysLeft: s.daysLeft,
        plannedOn: s.plannedOn,
        explanation: s.explanation,
      },
      attestations: attestations.map(attestationResponse),
    };
  }

  /** The certification gate: whether the trainee's AFGSU is valid on `date` (e.g. the jury date), and why. */
  async validOn(traineeId: string, date: string): Promise<{ valid: boolean; reason: string }> {
    await this.trainees.get(traineeId);
    return afgsuValidOn((await this.list(traineeId)).map(toRule), date);
  }

  /** The gate for many trainees at once (one statement): whether each one's AFGSU is valid on `date`, and why. */
  async validOnForTrainees(traineeIds: string[], date: string): Promise<Map<string, { valid: boolean; reason: string }>> {
    const records = traineeIds.length
      ? await this.db.tx.createQueryBuilder(AfgsuAttestationRecord, 'a').where('a.trainee_id = ANY(:traineeIds)', { traineeIds }).getMany()
      : [];
    return new Map(traineeIds.map((id) => [id, afgsuValidOn(records.filter((r) => r.traineeId === id).map(toRule), date)]));
  }

  async record(traineeId: string, input: RecordAttestationRequest): Promise<TraineeAfgsuResponse> {
    const { rules } = await this.settingsOf(traineeId);
    const check = checkAttestation(input, parisDate(new Date()), rules);
    if (!check.ok) throw new AppError(400, check.code, check.message, { [check.field]: [check.message] });
    if (input.sessionId) await this.planning.session(input.sessionId);
    const saved = await this.save(traineeId, {
      level: input.level,
      kind: input.kind,
      issuingCentre: input.issuingCentre,
      issuedOn: input.issuedOn,
      expiresOn: check.expiresOn,
      sessionId: input.sessionId ?? null,
      verified: input.kind === 'initial',
    });
    await this.audit.record({
      entityType: 'afgsu_attestation',
      entityId: saved.id,
      action: 'afgsu.attestation_recorded',
      after: snapshot(saved),
    });
    return this.describe(traineeId);
  }

  /** A 7 h réactualisation taken before expiry: validity extended from the previous expiry; refused after it. */
  async refresher(traineeId: string, input: RecordRefresherRequest): Promise<TraineeAfgsuResponse> {
    const { rules } = await this.settingsOf(traineeId);
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`afgsu:${traineeId}`]);
    const check = checkRefresher((await this.list(traineeId)).map(toRule), input.refresherOn, parisDate(new Date()), rules);
    if (!check.ok) throw new AppError(409, check.code, check.message, { refresherOn: [check.message] });
    if (input.sessionId) await this.planning.session(input.sessionId);
    const saved = await this.save(traineeId, {
      level: check.level,
      kind: 'refresher',
      issuingCentre: input.issuingCentre,
      issuedOn: input.refresherOn,
      expiresOn: check.expiresOn,
      sessionId: input.sessionId ?? null,
      baseId: check.baseId,
      verified: true,
    });
    await this.audit.record({
      entityType: 'afgsu_attestation',
      entityId: saved.id,
      action: 'afgsu.refresher_recorded',
      after: snapshot(saved),
    });
    return this.describe(traineeId);
  }

  /** A prior attestation whose copy staff accepted at admission: recorded as verified, with that copy. */
  async recordCheckedPrior(traineeId: string, prior: CheckedPriorAttestation): Promise<void> {
    const { rules } = await this.settingsOf(traineeId);
    const check = checkAttestation({ level: prior.level, issuedOn: prior.issuedOn }, parisDate(new Date()), rules);
    if (!check.ok) throw new AppError(400, check.code, check.message);
    const saved = await this.save(traineeId, {
      level: prior.level,
      kind: 'prior',
      issuingCentre: prior.issuingCentre,
      issuedOn: prior.issuedOn,
      expiresOn: check.expiresOn,
      verified: true,
      verifiedBy: this.context.caller?.accountId ?? null,
      verifiedAt: new Date(),
      documentKey: prior.document?.key ?? null,
      documentType: prior.document?.type ?? null,
      documentSize: prior.document?.size ?? null,
      documentSha256: prior.document?.sha256 ?? null,
      documentName: prior.document?.name ?? null,
    });
    await this.audit.record({
      entityType: 'afgsu_attestation',
      entityId: saved.id,
      action: 'afgsu.attestation_recorded',
      after: snapshot(saved),
    });
  }

  private save(traineeId: string, fields: Partial<AfgsuAttestationRecord>): Promise<AfgsuAttestationRecord> {
    return this.db.tx.save(
      this.db.tx.create(AfgsuAttestationRecord, {
        ...fields,
        schoolId: this.db.schoolId!,
        traineeId,
        createdBy: this.context.caller?.accountId ?? null,
      }),
    );
  }

  private async entity(traineeId: string, id: string): Promise<AfgsuAttestationRecord> {
    const attestation = await this.db.tx.findOneBy(AfgsuAttestationRecord, { id, traineeId });
    if (!attestation) throw notFound('Attestation AFGSU');
    return attestation;
  }

  /** A prior attestation counts once staff have checked its scan. */
  async verify(traineeId: string, id: string): Promise<TraineeAfgsuResponse> {
    const a = await this.entity(traineeId, id);
    if (a.verified) throw new AppError(409, 'AFGSU_ALREADY_VERIFIED', 'Cette attestation est déjà vérifiée.');
    if (!a.documentKey) {
      throw new AppError(409, 'AFGSU_DOCUMENT_MISSING', 'Joignez la copie de l’attestation avant de la déclarer vérifiée.');
    }
    await this.db.tx.update(
      AfgsuAttestationRecord,
      { id },
      { verified: true, verifiedBy: this.context.caller?.accountId ?? null, verifiedAt: new Date() },
    );
    await this.audit.record({
      entityType: 'afgsu_attestation',
      entityId: id,
      action: 'afgsu.attestation_verified',
      before: { verified: false },
      after: { verified: true },
    });
    return this.describe(traineeId);
  }

  /** The scanned attestation (PDF, JPEG, PNG recognised by content), streamed to storage; not replaced once verified. */
  async attach(traineeId: string, id: string, fileName: string, body: unknown): Promise<TraineeAfgsuResponse> {
    const a = await this.entity(traineeId, id);
    if (a.documentKey && a.verified) {
      throw new AppError(409, 'AFGSU_DOCUMENT_LOCKED', 'La copie d’une attestation vérifiée ne peut plus être remplacée.');
    }
    const stored = await receiveUpload(this.storage, body, {
      folder: `afgsu/${a.schoolId}`,
      limitBytes: this.config.UPLOAD_LIMIT_BYTES,
      check: acceptOnly(SCAN_TYPES, 'L’attestation doit être un PDF, une image JPEG ou PNG.'),
      fileName,
      accept: (file) => this.refuseDuplicate(traineeId, file.sha256),
    });
    await this.db.onRollback(() => this.storage.delete(stored.key));
    await this.db.tx.update(
      AfgsuAttestationRecord,
      { id },
      {
        documentKey: stored.key,
        documentType: stored.type,
        documentSize: stored.size,
        documentSha256: stored.sha256,
        documentName: stored.fileName,
      },
    );
    if (a.documentKey) {
      const previous = a.documentKey;
      await this.db.afterCommit(() => this.storage.delete(previous));
    }
    await this.audit.record({
      entityType: 'afgsu_attestation',
      entityId: id,
      action: 'afgsu.document_attached',
      after: { type: stored.type, size: stored.size, sha256: stored.sha256 },
    });
    return this.describe(traineeId);
  }

  /** A trainee's attestations are distinct documents: the same copy twice is the wrong file chosen. */
  private async refuseDuplicate(traineeId: string, sha256: string): Promise<void> {
    if (await this.db.tx.existsBy(AfgsuAttestationRecord, { traineeId, documentSha256: sha256 })) {
      throw new AppError(
        409,
        'DUPLICATE_DOCUMENT',
        'Ce fichier est déjà la copie d’une attestation de ce stagiaire : choisissez la bonne attestation.',
      );
    }
  }

  async file(traineeId: string, id: string, inline: boolean): Promise<{ type: string; body: Readable; disposition: string }> {
    const a = await this.entity(traineeId, id);
    if (!a.documentKey || !a.documentType) throw notFound('Copie de l’attestation');
    const kind = inline && INLINE.includes(a.documentType) ? 'inline' : 'attachment';
    return {
      type: a.documentType,
      body: await this.storage.get(a.documentKey),
      disposition: `${kind}; filename="attestation"; filename*=UTF-8''${encodeURIComponent(a.documentName ?? 'attestation')}`,
    };
  }
}

function attestationResponse(a: AfgsuAttestationRecord): AttestationResponse {
  return {
    id: a.id,
    level: a.level,
    kind: a.kind,
    issuingCentre: a.issuingCentre,
    issuedOn: a.issuedOn,
    expiresOn: a.expiresOn,
    verified: a.verified,
    sessionId: a.sessionId,
    baseId: a.baseId,
    documentName: a.documentName,
    documentType: a.documentType,
  };
}

function snapshot(a: AfgsuAttestationRecord) {
  return {
    level: a.level,
    kind: a.kind,
    issuingCentre: a.issuingCentre,
    issuedOn: a.issuedOn,
    expiresOn: a.expiresOn,
    verified: a.verified,
  };
}
