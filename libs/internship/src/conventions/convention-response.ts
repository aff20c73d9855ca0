import { MagicLink } from '../links/magic-link.entity';
import { CONVENTION_PARTIES, CONVENTION_PARTY_LABELS, CONVENTION_STATUS_LABELS, ConventionParty } from '../rules/convention.rules';
import { ConventionSignature } from './convention-signature.entity';
import type { ConventionContent, ConventionPerson } from './convention-content';
import { versionLabel } from './convention-pdf';
import { countingSignatures, LoadedConvention, statusOf } from './conventions.repository';
import { ConventionResponse, ConventionSignatureResponse, ConventionSummaryResponse, LinkState } from './dto/convention.dto';

/** Who signs for `party`, as the content names them: the school's signatory, the site's representative, the trainee. */
export function signerFor(c: ConventionContent, party: ConventionParty): ConventionPerson {
  if (party === 'school') return { name: c.school.signatory ?? '', role: null, email: c.school.email };
  if (party === 'host') return c.host.representative;
  return c.trainee;
}

export function summaryOf(c: ConventionContent): ConventionSummaryResponse {
  return {
    title: c.title,
    versionLabel: versionLabel(c),
    schoolName: c.school.name,
    traineeName: c.trainee.name,
    hostSiteName: c.host.name,
    tutorName: c.tutor.name,
    startOn: c.placement.startOn,
    endOn: c.placement.endOn,
    plannedHours: c.placement.plannedHours,
    preparedAt: c.preparedAt,
    articles: c.articles.map((a) => a.heading),
  };
}

function signatureResponse(s: ConventionSignature, currentHash: string): ConventionSignatureResponse {
  return {
    party: s.party,
    partyLabel: CONVENTION_PARTY_LABELS[s.party],
    signerName: s.signerName,
    signedAt: s.signedAt,
    ip: s.ip,
    userAgent: s.userAgent,
    contentHash: s.contentHash,
    counts: s.contentHash === currentHash,
  };
}

function linkState(l: MagicLink, now: Date): LinkState {
  if (l.usedAt) return 'used';
  if (l.replacedAt) return 'replaced';
  return l.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** A convention version as staff see it: status, parties and their signatures, every signature kept, links sent. */
export function conventionResponse(c: LoadedConvention, links: MagicLink[], now = new Date()): ConventionResponse {
  const counting = countingSignatures(c);
  const status = statusOf(c);
  return {
    id: c.id,
    placementId: c.placementId,
    version: c.version,
    amendsId: c.amendsId,
    status,
    statusLabel: CONVENTION_STATUS_LABELS[status],
    contentHash: c.contentHash,
    sentAt: c.sentAt,
    signedAt: c.signedAt,
    hasPdf: c.pdfKey !== null || c.signedPdfKey !== null,
    summary: summaryOf(c.content),
    parties: CONVENTION_PARTIES.map((party) => {
      const signer = signerFor(c.content, party);
      const signature = counting.find((s) => s.party === party);
      return {
        party,
        partyLabel: CONVENTION_PARTY_LABELS[party],
        name: signer.name,
        email: signer.email,
        signature: signature ? signatureResponse(signature, c.contentHash) : null,
      };
    }),
    signatures: c.signatures.map((s) => signatureResponse(s, c.contentHash)),
    links: links.map((l) => ({
      party: l.party as ConventionParty,
      recipientName: l.recipientName,
      recipientEmail: l.recipientEmail,
      sentAt: l.createdAt,
      expiresAt: l.expiresAt,
      usedAt: l.usedAt,
      state: linkState(l, now),
    })),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
