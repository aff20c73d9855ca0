import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, FileStorage, MailService, PdfRenderer } from '@app/platform';
import { checkConventionEdit, CONVENTION_PARTIES } from '../rules/convention.rules';
import { MagicLinksService } from '../links/magic-links.service';
import { ConventionSnapshotService } from './convention-snapshot.service';
import { Convention } from './convention.entity';
import { conventionPdf } from './convention-pdf';
import { signatureRequestMail } from './convention-mails';
import { signerFor } from './convention-response';
import { asRules, ConventionsRepository, countingSignatures, statusOf } from './conventions.repository';
import { ConventionsService, refused } from './conventions.service';
import { ConventionResponse } from './dto/convention.dto';

/**
 * Sending a convention for signature: its PDF rendered and stored, one link per party who has not signed (each
 * replacing the links sent to that party before), e-mailed in French. While no party has signed, the content is
 * prepared again first, so what is sent is the placement as it is now; a partly-signed convention is resent as it is.
 */
@Injectable()
export class ConventionSendingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly conventions: ConventionsRepository,
    private readonly service: ConventionsService,
    private readonly snapshot: ConventionSnapshotService,
    private readonly links: MagicLinksService,
    private readonly mail: MailService,
    private readonly pdf: PdfRenderer,
    private readonly storage: FileStorage,
  ) {}

  async send(id: string, now = new Date()): Promise<ConventionResponse> {
    const c = await this.conventions.get(id, true);
    const check = checkConventionEdit(asRules(c));
    if (!check.ok) throw refused(check);
    const before = { status: statusOf(c), contentHash: c.contentHash, sentAt: c.sentAt, pdfKey: c.pdfKey };
    const signed = new Set(countingSignatures(c).map((s) => s.party));
    const fresh = signed.size === 0 ? await this.snapshot.prepare(c.placementId, c.version, c.content.amends, now) : null;
    const content = fresh?.content ?? c.content;
    const missing = [!content.school.signatory && 'le signataire', !content.school.email && 'l’adresse e-mail de contact'].filter(Boolean);
    if (missing.length) {
      throw new AppError(
        409,
        'SCHOOL_SIGNATORY_MISSING',
        `Renseignez ${missing.join(' et ')} de l’organisme sur la page « Établissement » : ils signent la convention pour l’organisme de formation.`,
      );
    }
    const bytes = await this.pdf.render(conventionPdf(content));
    const stored = await this.storage.put(`conventions/${c.schoolId}`, Readable.from([bytes]), 'application/pdf');
    const sentAt = fresh ? now : (c.sentAt ?? now);
    await this.db.tx.update(Convention, { id }, { ...(fresh ?? {}), sentAt, pdfKey: stored.key });
    if (fresh) await this.service.revokeLinks(id, now);
    const recipients = [];
    for (const party of CONVENTION_PARTIES.filter((p) => !signed.has(p))) {
      const signer = signerFor(content, party);
      const { link, url } = await this.links.issue(
        { purpose: 'signature', subjectId: id, party, recipientEmail: signer.email!, recipientName: signer.name },
        now,
      );
      const mail = signatureRequestMail(content, { party, name: signer.name, url, expiresAt: link.expiresAt });
      await this.mail.compose({ key: `convention-signature:${link.id}`, schoolId: c.schoolId, to: signer.email!, ...mail });
      recipients.push({ party, name: signer.name, email: signer.email });
    }
    await this.audit.record({
      entityType: 'convention',
      entityId: id,
      action: 'convention.sent',
      before,
      after: {
        status: signed.size ? statusOf({ ...c, sentAt }) : 'sent',
        contentHash: fresh?.contentHash ?? c.contentHash,
        sentAt,
        pdfKey: stored.key,
        recipients,
      },
    });
    return this.service.get(id);
  }
}
