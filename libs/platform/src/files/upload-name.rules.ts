import { EXTENSIONS, safeFileName, SniffedType } from './file-type';

export type NameCheck = { ok: true } | { ok: false; code: 'FILE_NAME_INVALID' | 'FILE_EXTENSION_MISMATCH'; message: string };

/** The extensions a name may end with for each recognised type (case ignored). */
const ACCEPTED_EXTENSIONS: Record<SniffedType, string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
};
/** What a browser never puts in a file's name (it sends the base name only): a path, control or invisible formatting characters. */
const HOSTILE = /[/\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Text after the last dot counts as an extension when it is 1 to 16 letters or digits, one letter at least. */
const EXTENSION = /\.([\p{L}\p{N}]{1,16})$/u;

/**
 * Whether the name the client declared may be kept: refused when it holds a path ('/' or '\'), a control character
 * or an invisible formatting one (bidirectional overrides such as U+202E, which make « fdp.exe » read « exe.pdf »).
 * An empty name is accepted (the route then names the document itself).
 */
export function checkDeclaredName(name: string): NameCheck {
  if (!HOSTILE.test(name)) return { ok: true };
  return {
    ok: false,
    code: 'FILE_NAME_INVALID',
    message: 'Le nom du fichier contient un chemin ou des caractères invisibles : renommez le fichier puis envoyez-le de nouveau.',
  };
}

/** The extension of `name` (lower case, without the dot), or null when it has none. */
export function extensionOf(name: string): string | null {
  const match = EXTENSION.exec(name);
  return match && /\p{L}/u.test(match[1]) ? match[1].toLowerCase() : null;
}

/**
 * Whether the name agrees with the content recognised from the bytes: a name without extension is accepted; one whose
 * extension (of the name as it will be saved, see safeFileName: trailing dots and spaces dropped) is not one of the
 * type's is refused, so that « cv.pdf.exe » or a PNG named « scan.pdf » never reaches a member of staff.
 */
export function checkExtension(name: string, type: SniffedType): NameCheck {
  const extension = extensionOf(safeFileName(name));
  if (extension === null || ACCEPTED_EXTENSIONS[type].includes(extension)) return { ok: true };
  return {
    ok: false,
    code: 'FILE_EXTENSION_MISMATCH',
    message: `Le nom du fichier se termine par « .${extension} » mais son contenu est un fichier ${EXTENSIONS[type].toUpperCase()} : renommez-le en « .${EXTENSIONS[type]} » ou envoyez le bon fichier.`,
  };
}

/** The name a document is kept and downloaded under: safeFileName, with the type's extension added when it has none. */
export function storedFileName(name: string, type: SniffedType): string {
  const safe = safeFileName(name);
  return extensionOf(safe) === null ? safeFileName(`${safe}.${EXTENSIONS[type]}`) : safe;
}
