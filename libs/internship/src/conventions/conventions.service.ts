import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AppError, AuditService, Caller, Db, FileStorage, notFound, Role } from '@app/platform';
import { checkAmendment, checkConventionEdit, ConventionRefusal } from '../rules/convention.rules';
import { MagicLink } from '../links/magic-link.entity';
import { MagicLinksService } from '../links/magic-links.service';
import { Placement } from '../placements/placement.entity';
import { ConventionSnapshotService } from './convention-snapshot.service';
import { Convention } from './convention.entity';
import { conventionResponse } from './convention-response';
import { asRules, ConventionsRepository, LoadedConvention, statusOf } from './conventions.repository';
import { ConventionResponse } from './dto/convention.dto';

/** A refusal of the convention rules as a 409 with its code and French message. */
export const refused = (r: ConventionRefusal) => new AppError(409, r.code, r.message);

/**
 * Conventions de stage, staff side: version 1 prepared from the template and the placement, refreshed while not signed
 * by all (a partly-signed one then needs every signature again), an avenant once signed; the PDF for staff and the
 * trainee concerned. Every change is audited.
 */
@Injectable()
export class ConventionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly conventions: ConventionsRepository,
    private readonly snapshot: ConventionSnapshotService,
    private readonly links: MagicLinksService,
    private readonly storage: FileStorage,
  ) {}

  async list(placementId: string): Promise<ConventionResponse[]> {
    if (!(await this.db.tx.existsBy(Placement, { id: placementId }))) throw notFound('Stage');
    const versions = await this.conventions.ofPlacement(placementId);
    const links = await this.links.histories(
      'signature',
      versions.map((c) => c.id),
    );
    return versions.map((c) => conventionResponse(c, links.get(c.id) ?? []));
  }

  async get(id: string): Promise<ConventionResponse> {
    return this.response(await this.conventions.get(id));
  }

  private async response(c: LoadedConvention): Promise<ConventionResponse> {
    return conventionResponse(c, await this.links.history('signature', c.id));
  }

  /** Version 1, a draft prepared from the school's template; 409 when the placement already has a convention. */
  async create(placementId: string): Promise<ConventionResponse> {
    if (!(await this.db.tx.existsBy(Placement, { id: placementId }))) throw notFound('Stage');
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`conventions:${placementId}`]);
    if (await this.db.tx.existsBy(Convention, { placementId })) {
      throw new AppError(409, 'CONVENTION_EXISTS', 'Ce stage a déjà une convention : mettez-la à jour ou faites un avenant.');
    }
    const { content, contentHash } = await this.snapshot.prepare(placementId, 1, null);
    const saved = await this.db.tx.save(
      this.db.tx.create(Convention, { schoolId: this.db.schoolId!, placementId, version: 1, amendsId: null, content, contentHash }),
    );
    await this.audit.record({
      entityType: 'convention',
      entityId: saved.id,
      action: 'convention.created',
      after: { placementId, version: 1, contentHash },
    });
    return this.get(saved.id);
  }

  /**
   * Prepares the content again from the placement and the template (checkConventionEdit: 409 once signed by all). The
   * convention goes back to draft and its open links stop working; signatures gathered stay as evidence but no longer
   * count (they were given to the earlier content).
   */
  async refresh(id: string): Promise<ConventionResponse> {
    const c = await this.conventions.get(id, true);
    const check = checkConventionEdit(asRules(c));
    if (!check.ok) throw refused(check);
    const { content, contentHash } = await this.snapshot.prepare(c.placementId, c.version, c.content.amends);
    await this.db.tx.update(Convention, { id }, { content, contentHash, sentAt: null });
    await this.revokeLinks(id);
    await this.audit.record({
      entityType: 'convention',
      entityId: id,
      action: 'convention.refreshed',
      before: { status: statusOf(c), contentHash: c.contentHash, sentAt: c.sentAt },
      after: { status: 'draft', contentHash, clearsSignatures: check.clearsSignatures },
    });
    return this.get(id);
  }

  /** An avenant to the signed latest version (checkAmendment): a new draft version that every party signs again. */
  async amend(id: string): Promise<ConventionResponse> {
    const c = await this.conventions.get(id, true);
    const check = checkAmendment(asRules(c));
    if (!check.ok) throw refused(check);
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`conventions:${c.placementId}`]);
    const newer = await this.db.tx.findOne(Convention, { where: { placementId: c.placementId }, order: { version: 'DESC' } });
    if (newer && newer.version > c.version) {
      throw new AppError(409, 'AMENDMENT_EXISTS', `Un avenant (version ${newer.version}) existe déjà : complétez-le.`);
    }
    const { version, amends } = check.amendment;
    const prepared = await this.snapshot.prepare(c.placementId, version, { version: c.version, signedAt: c.signedAt!.toISOString() });
    const saved = await this.db.tx.save(
      this.db.tx.create(Convention, { schoolId: this.db.schoolId!, placementId: c.placementId, version, amendsId: amends, ...prepared }),
    );
    await this.audit.record({
      entityType: 'convention',
      entityId: saved.id,
      action: 'convention.amended',
      before: { amendsId: c.id, version: c.version },
      after: { version, contentHash: prepared.contentHash },
    });
    return this.get(saved.id);
  }

  /** The signed PDF once signed, else the last PDF sent; staff, or the trainee of the placement (others: 404). */
  async pdf(id: string, caller: Caller): Promise<{ body: Readable; fileName: string }> {
    const c = await this.db.tx.findOne(Convention, { where: { id }, relations: { placement: { trainee: true } } });
    if (!c || (caller.role === Role.Trainee && c.placement!.trainee!.accountId !== caller.accountId)) throw notFound('Convention');
    const key = c.signedPdfKey ?? c.pdfKey;
    if (!key) throw new AppError(404, 'CONVENTION_PDF_MISSING', 'Cette convention n’a pas encore été envoyée : aucun PDF à télécharger.');
    const name = c.content.trainee.name.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-');
    const fileName = `convention-${name}-v${c.version}${c.signedPdfKey ? '-signee' : ''}.pdf`;
    return { body: await this.storage.get(key), fileName };
  }

  /** Makes the signature links of `conventionId` not used yet stop working. */
  async revokeLinks(conventionId: string, now = new Date()): Promise<void> {
    await this.db.tx.update(
      MagicLink,
      { purpose: 'signature', subjectId: conventionId, usedAt: IsNull(), replacedAt: IsNull() },
      { replacedAt: now },
    );
  }
}
