import { DOCX, SniffedType, sniffType } from '@app/platform/files/file-type';
import { allowedTypes, DOCUMENT_LABELS, DocumentKind } from './documents.rules';
import { frenchNumber } from './french-number';

export type UploadCheck =
  | { ok: true; type: SniffedType }
  | { ok: false; code: 'EMPTY_FILE' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'TYPE_NOT_ALLOWED_FOR_KIND'; message: string };

const FORMAT_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  [DOCX]: 'Word (DOCX)',
};
const MEBIBYTE = 1024 * 1024;

/**
 * Whether an upload of `kind` may be stored, first problem found: empty (`size` 0 or no first bytes); larger than
 * `limitBytes` (the limit itself is accepted); not recognised by sniffType; recognised but not accepted for the kind
 * (DOCX for a diploma). `head` is the file's first bytes (up to SNIFF_BYTES), `size` its full size in bytes. French
 * messages name the accepted formats and the limit in Mo (1 Mo = 1 048 576 bytes, as the default 10 Mo limit).
 * Throws a RangeError on a size or limit that is not a whole number of bytes, or first bytes longer than the file.
 */
export function checkUpload(kind: DocumentKind, head: Uint8Array, size: number, limitBytes: number): UploadCheck {
  for (const [value, what] of [
    [size, 'Taille de fichier invalide'],
    [limitBytes, 'Taille maximale invalide'],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} : ${value} (un nombre entier d'octets est attendu).`);
  }
  if (head.length > size) throw new RangeError(`Début de fichier incohérent : ${head.length} octets pour un fichier de ${size}.`);
  if (size === 0 || head.length === 0)
    return { ok: false, code: 'EMPTY_FILE', message: 'Le fichier est vide : choisissez un autre fichier.' };
  if (size > limitBytes) {
    const message = `Le fichier (${megabytes(size, 'up')} Mo) dépasse la taille maximale de ${megabytes(limitBytes, 'down')} Mo.`;
    return { ok: false, code: 'FILE_TOO_LARGE', message };
  }
  const type = sniffType(head);
  const accepted = formatList(allowedTypes(kind));
  if (type === null) {
    const message = `Format de fichier non reconnu. Formats acceptés pour « ${DOCUMENT_LABELS[kind]} » : ${accepted} (le format est lu dans le contenu du fichier, pas dans son nom).`;
    return { ok: false, code: 'UNSUPPORTED_TYPE', message };
  }
  if (!allowedTypes(kind).includes(type)) {
    const message = `Un fichier ${FORMAT_NAMES[type]} n'est pas accepté pour « ${DOCUMENT_LABELS[kind]} » : envoyez-le en ${accepted}.`;
    return { ok: false, code: 'TYPE_NOT_ALLOWED_FOR_KIND', message };
  }
  return { ok: true, type };
}

/** 'PDF, JPEG ou PNG'. */
function formatList(types: string[]): string {
  const names = types.map((t) => FORMAT_NAMES[t] ?? t);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ou ${names[names.length - 1]}`;
}

/** Bytes in Mo with one decimal at most, rounded up for a file's size (never shown equal to the limit it exceeds), down for a limit. */
function megabytes(bytes: number, rounding: 'up' | 'down'): string {
  const tenths = (rounding === 'up' ? Math.ceil : Math.floor)((bytes * 10) / MEBIBYTE);
  return frenchNumber(tenths / 10, 1);
}

/**
 * Documents one application may hold, replacements and refused pieces included: eight kinds, each replaced a few
 * times. Past it the link cannot be used to fill the storage (at most this many times UPLOAD_LIMIT_BYTES).
 */
export const MAX_DOCUMENTS_PER_APPLICATION = 40;

/** Whether one more document may join an application holding `count`; a French refusal otherwise. */
export function checkDocumentCount(count: number): { ok: true } | { ok: false; code: 'TOO_MANY_DOCUMENTS'; message: string } {
  if (count < MAX_DOCUMENTS_PER_APPLICATION) return { ok: true };
  return {
    ok: false,
    code: 'TOO_MANY_DOCUMENTS',
    message: `Votre dossier compte déjà ${MAX_DOCUMENTS_PER_APPLICATION} fichiers envoyés : contactez l’école pour en ajouter.`,
  };
}
