import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, FileStorage, MailService, PdfRenderer } from '@app/platform';
import {
  checkSignature,
  CONVENTION_PARTIES,
  CONVENTION_PARTY_LABELS,
  CONVENTION_STATUS_LABELS,
  ConventionParty,
} from '../rules/convention.rules';
import { MagicLink } from '../links/magic-link.entity';
import { MagicLinksService } from '../links/magic-links.service';
import { ConventionSignature } from './convention-signature.entity';
import { Convention } from './convention.entity';
import { conventionSignedMail } from './convention-mails';
import { signedConventionPdf } from './convention-pdf';
import { signerFor, summaryOf } from './convention-response';
import { asRules, ConventionsRepository, countingSignatures, LoadedConvention, statusOf } from './conventions.repository';
import { refused } from './conventions.service';
import { PublicSignatureResponse, SignConventionRequest } from './dto/convention.dto';

/** Where a signature comes from (kept as evidence). */
export interface SignatureOrigin {
  ip: string;
  userAgent: string;
}

/**
 * Signing through a magic link, without an account: the link opens exactly one party of one convention version. The
 * third valid signature makes the convention signed: the signed PDF (content + « Certificat de signature ») is stored
 * and every party is told by e-mail, in the same transaction that sets signed_at (after which the row is frozen).
 */
@Injectable()
export class ConventionSigningService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly conventions: ConventionsRepository,
    private readonly links: MagicLinksService,
    private readonly mail: MailService,
    private readonly renderer: PdfRenderer,
    private readonly storage: FileStorage,
  ) {}

  view(token: string): Promise<PublicSignatureResponse> {
    return this.links.open(token, 'signature', async (link) => publicView(await this.conventions.get(link.subjectId), link));
  }

  /** The PDF the party is asked to sign (the one last sent). */
  pdf(token: string): Promise<{ body: Readable; fileName: string }> {
    return this.links.open(token, 'signature', async (link) => {
      const c = await this.conventions.get(link.subjectId);
      if (!c.pdfKey || c.sentAt === null) {
        throw new AppError(409, 'CONVENTION_NOT_SENT', 'La convention n’a pas encore été envoyée pour signature.');
      }
      return { body: await this.storage.get(c.pdfKey), fileName: `convention-v${c.version}.pdf` };
    });
  }

  sign(token: string, input: SignConventionRequest, origin: SignatureOrigin, now = new Date()): Promise<PublicSignatureResponse> {
    return this.links.open(
      token,
      'signature',
      async (link) => {
        const c = await this.conventions.get(link.subjectId, true);
        const party = link.party as ConventionParty;
        const check = checkSignature(asRules(c), party, now);
        if (!check.ok) throw refused(check);
        const signature = await this.db.tx.save(
          this.db.tx.create(ConventionSignature, {
            schoolId: c.schoolId,
            conventionId: c.id,
            party,
            signerName: input.signerName,
            contentHash: c.contentHash,
            signedAt: now,
            ip: origin.ip.slice(0, 45),
            userAgent: origin.userAgent.slice(0, 500),
            magicLinkId: link.id,
          }),
        );
        await this.links.use(link, now);
        await this.audit.record({
          entityType: 'convention',
          entityId: c.id,
          action: 'convention.signature_added',
          before: { status: statusOf(c) },
          after: {
            status: check.statusAfter,
            party,
            signerName: signature.signerName,
            recipientEmail: link.recipientEmail,
            ip: signature.ip,
            userAgent: signature.userAgent,
            contentHash: signature.contentHash,
          },
        });
        if (check.statusAfter === 'signed') await this.complete(c.id, now);
        return publicView(await this.conventions.get(c.id), { ...link, usedAt: now });
      },
      undefined,
      now,
    );
  }

  /** The third signature landed: signed PDF stored, signed_at set (freezing the row), every party told. */
  private async complete(id: string, now: Date): Promise<void> {
    const c = await this.conventions.get(id);
    const signatures = countingSignatures(c);
    const bytes = await this.renderer.render(signedConventionPdf(c.content, c.contentHash, signatures));
    const stored = await this.storage.put(`conventions/${c.schoolId}`, Readable.from([bytes]), 'application/pdf');
    await this.db.tx.update(Convention, { id }, { signedAt: now, signedPdfKey: stored.key });
    for (const party of CONVENTION_PARTIES) {
      const signer = signerFor(c.content, party);
      if (!signer.email) continue;
      const mail = conventionSignedMail(c.content, signer.name);
      await this.mail.compose({ key: `convention-signed:${id}:${party}`, schoolId: c.schoolId, to: signer.email, ...mail });
    }
    await this.audit.record({
      entityType: 'convention',
      entityId: id,
      action: 'convention.signed',
      before: { signedAt: null },
      after: { signedAt: now, signedPdfKey: stored.key, contentHash: c.contentHash },
    });
  }
}

function publicView(c: LoadedConvention, link: MagicLink): PublicSignatureResponse {
  const status = statusOf(c);
  const party = link.party as ConventionParty;
  const counting = countingSignatures(c);
  return {
    party,
    partyLabel: CONVENTION_PARTY_LABELS[party],
    recipientName: link.recipientName,
    status,
    statusLabel: CONVENTION_STATUS_LABELS[status],
    summary: summaryOf(c.content),
    parties: CONVENTION_PARTIES.map((p) => {
      const s = counting.find((x) => x.party === p);
      return { party: p, partyLabel: CONVENTION_PARTY_LABELS[p], signerName: s?.signerName ?? null, signedAt: s?.signedAt ?? null };
    }),
    linkExpiresAt: link.expiresAt,
  };
}
