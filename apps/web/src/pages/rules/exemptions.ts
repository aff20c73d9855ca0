import type { CertificationVersion, ExemptionTableLine } from '../../api/types';
import { MIN_REASON_LENGTH } from '../../components/ReasonDialog';

type Block = CertificationVersion['blocks'][number];

export const MAX_JUSTIFICATION_LENGTH = 300;

/** A share (0.01 to 1) as the percentage typed and shown (« 50 »); empty for NaN (nothing typed). */
export const percentText = (share: number) => (Number.isFinite(share) ? String(+(share * 100).toFixed(2)) : '');

/** The typed percentage as a share; NaN when empty. */
export const shareOf = (text: string) => (text.trim() === '' ? NaN : Number(text.replace(',', '.')) / 100);

/** « 50 % » */
export const formatShare = (share: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(share);

/** What the API asks of a line, besides its block and module (checked against the version) and duplicates. */
export function isValidLine(line: ExemptionTableLine): boolean {
  const percent = line.share * 100;
  const whole = Math.abs(percent - Math.round(percent)) < 1e-6;
  const reason = line.reason.trim().length;
  return (
    !!line.blockCode &&
    whole &&
    Math.round(percent) >= 1 &&
    Math.round(percent) <= 100 &&
    reason >= MIN_REASON_LENGTH &&
    reason <= MAX_JUSTIFICATION_LENGTH
  );
}

/** A new line: the first diploma and block, the whole block, all of it; the justification to write. */
export const newLine = (blocks: Block[]): ExemptionTableLine => ({
  diploma: 'dei',
  blockCode: blocks[0]?.code ?? '',
  moduleCode: null,
  share: 1,
  reason: '',
});

/** « BC01-M1 – Title » for a module, « BC01 – Title (tout le bloc) » for a whole block, the bare codes if unknown. */
export function targetLabel(blocks: Block[], line: Pick<ExemptionTableLine, 'blockCode' | 'moduleCode'>, wholeBlock: string): string {
  const block = blocks.find((b) => b.code === line.blockCode);
  if (line.moduleCode) {
    const module = block?.modules.find((m) => m.code === line.moduleCode);
    return module ? `${module.code} – ${module.title}` : line.moduleCode;
  }
  return `${block ? `${block.code} – ${block.title}` : line.blockCode} (${wholeBlock})`;
}
