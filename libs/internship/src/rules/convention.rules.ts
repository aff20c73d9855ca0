import { assertInstant } from './internship-settings';

/** The parties who sign a convention de stage: the school, the host site's representative and the trainee. */
export type ConventionParty = 'school' | 'host' | 'trainee';

/** Every party, in the order they are shown. */
export const CONVENTION_PARTIES: readonly ConventionParty[] = ['school', 'host', 'trainee'];

/** French labels of the parties. */
export const CONVENTION_PARTY_LABELS: Readonly<Record<ConventionParty, string>> = {
  school: 'l’organisme de formation',
  host: 'le lieu de stage',
  trainee: 'le stagiaire',
};

/**
 * One version of a convention de stage. Version 1 is the convention; each avenant (amendment) is a new version
 * (previous + 1), signed again by every party, the previous version staying signed and read-only. `sentAt`: when it
 * was sent for signature (null: not sent); `signatures`: when each party signed (missing or null: not signed).
 */
export interface Convention {
  id: string;
  placementId: string;
  version: number;
  sentAt: Date | null;
  signatures: Partial<Record<ConventionParty, Date | null>>;
}

/** The status of a convention, computed from its signatures. */
export type ConventionStatus = 'draft' | 'sent' | 'partly_signed' | 'signed';

/** French labels of the statuses. */
export const CONVENTION_STATUS_LABELS: Readonly<Record<ConventionStatus, string>> = {
  draft: 'Brouillon',
  sent: 'Envoyée pour signature',
  partly_signed: 'Partiellement signée',
  signed: 'Signée',
};

/**
 * The status of `convention`: `draft` when not sent, `sent` when sent and signed by no party, `partly_signed` when
 * signed by one or two parties, `signed` when signed by all three. Throws a RangeError on a version that is not a
 * whole number ≥ 1, an invalid instant, or a signature on a convention not sent or earlier than its sending.
 */
export function conventionStatus(convention: Convention): ConventionStatus {
  if (!Number.isSafeInteger(convention.version) || convention.version < 1) {
    throw new RangeError(`Version de convention invalide : ${convention.version}.`);
  }
  const signed = signedParties(convention);
  if (convention.sentAt === null) {
    if (signed.length > 0) throw new RangeError('Convention signée sans avoir été envoyée.');
    return 'draft';
  }
  assertInstant(convention.sentAt, 'Date d’envoi');
  for (const party of signed) {
    if (convention.signatures[party]!.getTime() < convention.sentAt.getTime()) {
      throw new RangeError('Signature antérieure à l’envoi de la convention.');
    }
  }
  if (signed.length === 0) return 'sent';
  return signed.length === CONVENTION_PARTIES.length ? 'signed' : 'partly_signed';
}

/** The parties who signed `convention`, in CONVENTION_PARTIES order. Throws a RangeError on an invalid instant or unknown party. */
export function signedParties(convention: Convention): ConventionParty[] {
  for (const key of Object.keys(convention.signatures)) {
    if (!CONVENTION_PARTIES.includes(key as ConventionParty)) throw new RangeError(`Partie inconnue : « ${key} ».`);
  }
  return CONVENTION_PARTIES.filter((party) => {
    const at = convention.signatures[party];
    if (at === undefined || at === null) return false;
    assertInstant(at, 'Date de signature');
    return true;
  });
}

/** A refusal of the convention rules, with a code and a French message. */
export interface ConventionRefusal {
  ok: false;
  code: 'CONVENTION_NOT_SENT' | 'ALREADY_SIGNED' | 'CONVENTION_SIGNED' | 'CONVENTION_NOT_SIGNED';
  message: string;
}

/**
 * Whether `party` may sign `convention` at `at`. Refused, in this order: `CONVENTION_NOT_SENT` (still a draft),
 * `CONVENTION_SIGNED` (already signed by all: a signed convention is never signed over), `ALREADY_SIGNED` (this party
 * signed). Accepted with the status the signature leads to. Throws a RangeError on an unknown party, an invalid
 * instant, `at` earlier than the sending, or a malformed convention (conventionStatus).
 */
export function checkSignature(
  convention: Convention,
  party: ConventionParty,
  at: Date,
): { ok: true; statusAfter: ConventionStatus } | ConventionRefusal {
  if (!CONVENTION_PARTIES.includes(party)) throw new RangeError(`Partie inconnue : « ${party} ».`);
  assertInstant(at, 'Date de signature');
  const status = conventionStatus(convention);
  if (status === 'draft') {
    return { ok: false, code: 'CONVENTION_NOT_SENT', message: 'La convention n’a pas encore été envoyée pour signature.' };
  }
  if (at.getTime() < convention.sentAt!.getTime()) throw new RangeError('Signature antérieure à l’envoi de la convention.');
  if (status === 'signed') return signedRefusal(convention);
  if (signedParties(convention).includes(party)) {
    return { ok: false, code: 'ALREADY_SIGNED', message: `La convention a déjà été signée par ${CONVENTION_PARTY_LABELS[party]}.` };
  }
  const after = conventionStatus({ ...convention, signatures: { ...convention.signatures, [party]: at } });
  return { ok: true, statusAfter: after };
}

/**
 * Whether the content of `convention` may be edited: yes as a draft or sent and not signed; yes when partly signed,
 * but `clearsSignatures` is then true (the signatures gathered no longer match the content: every party signs again);
 * refused with `CONVENTION_SIGNED` once signed by all (an avenant is needed: checkAmendment). Throws a RangeError on a
 * malformed convention.
 */
export function checkConventionEdit(convention: Convention): { ok: true; clearsSignatures: boolean } | ConventionRefusal {
  const status = conventionStatus(convention);
  if (status === 'signed') return signedRefusal(convention);
  return { ok: true, clearsSignatures: status === 'partly_signed' };
}

/**
 * Whether an avenant may be made to `convention`: only once it is signed by all (before that, it is edited:
 * `CONVENTION_NOT_SIGNED`). Accepted with the new version to create: same placement, version + 1, not sent, no
 * signature; the signed version is left as it is. Throws a RangeError on a malformed convention.
 */
export function checkAmendment(
  convention: Convention,
): { ok: true; amendment: Omit<Convention, 'id'> & { amends: string } } | ConventionRefusal {
  if (conventionStatus(convention) !== 'signed') {
    const message = 'La convention n’est pas encore signée par toutes les parties : modifiez-la au lieu de faire un avenant.';
    return { ok: false, code: 'CONVENTION_NOT_SIGNED', message };
  }
  const amendment = {
    placementId: convention.placementId,
    version: convention.version + 1,
    sentAt: null,
    signatures: {},
    amends: convention.id,
  };
  return { ok: true, amendment };
}

function signedRefusal(convention: Convention): ConventionRefusal {
  const message =
    `La convention (version ${convention.version}) est signée par toutes les parties et ne peut plus être modifiée : ` +
    'faites un avenant.';
  return { ok: false, code: 'CONVENTION_SIGNED', message };
}
