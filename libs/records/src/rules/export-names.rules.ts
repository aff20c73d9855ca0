import { EXTENSIONS, safeFileName, SniffedType } from '@app/platform/files/file-type';

/** A file of the trainee that goes into the export, where it is in storage and under what name in the archive. */
export interface ExportFile {
  folder: string;
  /** The name wanted (a person's name for it, or the name the file was sent with). */
  name: string;
  contentType: string | null;
  storageKey: string;
}

/** Already compressed formats are stored as they are in the ZIP: deflating them costs CPU for nothing. */
const COMPRESSED = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

export const isCompressed = (contentType: string | null): boolean => COMPRESSED.includes(contentType ?? '');

/**
 * The paths of the files in the archive: `documents/<folder>/<safe name>` with the extension of its type, and a
 * « (2) », « (3) »… before the extension when two files would have the same path (case-insensitive, as Windows sees
 * them). Names come from rows (the checked names of uploads, our own for generated files) and are made safe again.
 */
export function exportPaths(files: ExportFile[]): string[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const ext = f.contentType !== null && Object.hasOwn(EXTENSIONS, f.contentType) ? EXTENSIONS[f.contentType as SniffedType] : '';
    // safeFileName never answers an empty name (« document »).
    let base = safeFileName(f.name);
    const own = ext ? [`.${ext}`, ...(ext === 'jpg' ? ['.jpeg'] : [])].find((e) => base.toLowerCase().endsWith(e)) : undefined;
    if (own && base.length > own.length) base = base.slice(0, -own.length);
    const suffix = ext ? `.${ext}` : '';
    let candidate = `documents/${f.folder}/${base}${suffix}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `documents/${f.folder}/${base} (${n})${suffix}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The archive's name: `donnees-<nom>-<prénom>-<jour>.zip`, ASCII letters and digits only (a header-safe name). */
export function exportFileName(lastName: string, firstName: string, today: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return ['donnees', slug(lastName), slug(firstName), today].filter(Boolean).join('-') + '.zip';
}
