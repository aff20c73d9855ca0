/** Paths of the one-time links sent by e-mail (the token follows the path). */
export const ONE_TIME_LINK_PATHS = ['invitation', 'reinitialiser', 'evaluation', 'signature'] as const;

const LINK = new RegExp(`/(${ONE_TIME_LINK_PATHS.join('|')})/[A-Za-z0-9_-]+`, 'g');

/** Hides the secret of one-time links, so that reading a sent e-mail does not give its recipient's access. */
export function redactOneTimeLinks(text: string): string {
  return text.replace(LINK, '/$1/[lien personnel masqué]');
}
