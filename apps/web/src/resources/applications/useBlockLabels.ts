import { useVersions } from '../../api/hooks';
import type { EnrolExemption } from '../../api/types';

/** « BC01 – Title » or « BC01 · BC01-M2 – Title » for a proposed exemption, from the referential's versions. */
export function useBlockLabels(wholeBlock: string, unknownBlock: string) {
  const versions = useVersions();
  const blocks = (versions.data ?? []).flatMap((version) => version.blocks);
  return (line: Pick<EnrolExemption, 'blockId' | 'moduleId'>) => {
    const block = blocks.find((row) => row.id === line.blockId);
    if (!block) return unknownBlock;
    const module = line.moduleId ? block.modules.find((row) => row.id === line.moduleId) : undefined;
    return module ? `${block.code} · ${module.code} – ${module.title}` : `${block.code} – ${block.title} (${wholeBlock})`;
  };
}
