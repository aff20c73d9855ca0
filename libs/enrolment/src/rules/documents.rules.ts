import { CandidateProfile, FundingPath } from './candidate';

/** Kinds of document in an application file. */
export type DocumentKind =
  'cv' | 'cover_letter' | 'diploma' | 'experience_proof' | 'identity' | 'employment_contract' | 'afgsu' | 'funding';

/** Every kind, in the order checklists show them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'cv',
  'cover_letter',
  'diploma',
  'experience_proof',
  'identity',
  'employment_contract',
  'afgsu',
  'funding',
];

/** French names of the kinds, as the candidate's checklist and the staff screens show them. */
export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  cv: 'CV',
  cover_letter: 'Lettre de motivation',
  diploma: 'Copie du diplôme',
  experience_proof: "Justificatifs d'expérience (attestations d'employeur)",
  identity: "Pièce d'identité",
  employment_contract: 'Contrat de travail',
  afgsu: 'Attestation AFGSU',
  funding: 'Justificatifs de financement',
};

/** A document the file needs, and why in French (shown on the candidate's checklist). */
export interface RequiredDocument {
  kind: DocumentKind;
  reason: string;
}

/** Funding paths that go through an employer, whose contract the file then needs. */
const EMPLOYER_FUNDED: readonly FundingPath[] = ['plan_developpement', 'contrat_pro', 'employer'];

/**
 * The documents an application needs, each with its reason, in the order of DOCUMENT_KINDS:
 * - always the CV, the cover letter and a copy of the diploma (DOMAIN: required for everyone);
 * - proof of experience when the candidate holds none of the diplomas (admission can then only rest on experience),
 *   is a medical secretary in post, or applies for a VAE (which rests on proven hours of experience);
 * - an identity document only for a VAE (the VAE admissibility file asks for it); for others it is checked at
 *   enrolment, so that refused candidates never had to send one;
 * - the employment contract when the candidate is already hired as an assistant or the funding goes through an
 *   employer (plan de développement, contrat de professionnalisation, employer);
 * - the AFGSU attestation when the candidate declares one (it may exempt them from the emergency-care module);
 * - never funding documents: a funder's agreement (OPCO, CPF, France Travail) follows the admission and the school's
 *   quote, so it cannot hold up the application; the candidate may still add one.
 */
export function explainRequiredDocuments(profile: CandidateProfile, fundingPath: FundingPath | null = null): RequiredDocument[] {
  const documents: RequiredDocument[] = [
    { kind: 'cv', reason: 'Demandé pour toute candidature.' },
    { kind: 'cover_letter', reason: 'Demandée pour toute candidature.' },
    { kind: 'diploma', reason: 'Demandée pour toute candidature : votre diplôme le plus élevé.' },
  ];
  const experience = experienceReason(profile);
  if (experience) documents.push({ kind: 'experience_proof', reason: experience });
  if (profile.vae) documents.push({ kind: 'identity', reason: 'Demandée pour une demande de VAE.' });
  const contract = contractReason(profile, fundingPath);
  if (contract) documents.push({ kind: 'employment_contract', reason: contract });
  if (profile.afgsuIssuedOn) {
    documents.push({
      kind: 'afgsu',
      reason: 'Vous déclarez une attestation AFGSU : en cours de validité, elle peut vous dispenser du module « Gestes d’urgence ».',
    });
  }
  return documents;
}

/** The kinds of explainRequiredDocuments, alone. */
export function requiredDocuments(profile: CandidateProfile, fundingPath: FundingPath | null = null): DocumentKind[] {
  return explainRequiredDocuments(profile, fundingPath).map((d) => d.kind);
}

function experienceReason(profile: CandidateProfile): string | null {
  if (profile.diplomas.length === 0) return "Sans diplôme ouvrant l'admission, votre expérience de secrétaire médicale doit être attestée.";
  if (profile.situation === 'medical_secretary') return 'Vous êtes secrétaire médical(e) en poste : votre expérience doit être attestée.';
  if (profile.vae) return "Une VAE repose sur les heures d'expérience attestées.";
  return null;
}

function contractReason(profile: CandidateProfile, fundingPath: FundingPath | null): string | null {
  if (profile.hiredAsAssistantOn !== null) return 'Vous êtes déjà embauché(e) comme assistant(e) médical(e).';
  if (fundingPath !== null && EMPLOYER_FUNDED.includes(fundingPath)) return 'Votre formation est financée par votre employeur.';
  return null;
}

/** The status of an uploaded document (a kind with no document at all is "missing"). */
export type DocumentStatus = 'received' | 'accepted' | 'rejected';

/** Where the required documents stand: each required kind is in at most one list; complete when all three are empty. */
export interface Completeness {
  complete: boolean;
  missing: DocumentKind[];
  rejected: DocumentKind[];
  pending: DocumentKind[];
}

/**
 * Where the file stands against the required kinds. `documents` are in upload order: for each kind the latest one
 * counts (a replacement supersedes a rejected document). A required kind is missing without any document, rejected or
 * pending (received, not yet reviewed) after its latest document, and done when that one is accepted. Documents of
 * kinds not required are ignored; lists keep the order of `required`, without duplicates.
 */
export function completeness(required: DocumentKind[], documents: { kind: DocumentKind; status: DocumentStatus }[]): Completeness {
  const latest = new Map<DocumentKind, DocumentStatus>();
  for (const document of documents) latest.set(document.kind, document.status);
  const result: Completeness = { complete: true, missing: [], rejected: [], pending: [] };
  for (const kind of new Set(required)) {
    const status = latest.get(kind);
    if (status === undefined) result.missing.push(kind);
    else if (status === 'rejected') result.rejected.push(kind);
    else if (status === 'received') result.pending.push(kind);
  }
  result.complete = result.missing.length + result.rejected.length + result.pending.length === 0;
  return result;
}

/**
 * Whether the candidate may submit (or re-submit) the file: every required kind has a latest document that is not
 * rejected (received ones are reviewed afterwards). This is the `complete` flag checkTransition expects.
 */
export function readyToSubmit(required: DocumentKind[], documents: { kind: DocumentKind; status: DocumentStatus }[]): boolean {
  const { missing, rejected } = completeness(required, documents);
  return missing.length === 0 && rejected.length === 0;
}

const PDF = 'application/pdf';
const JPEG = 'image/jpeg';
const PNG = 'image/png';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Content types accepted for a kind (recognised by content): PDF, JPEG and PNG for all; DOCX too for the CV and the letter. */
export function allowedTypes(kind: DocumentKind): string[] {
  return kind === 'cv' || kind === 'cover_letter' ? [PDF, JPEG, PNG, DOCX] : [PDF, JPEG, PNG];
}
