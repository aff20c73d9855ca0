import type { ExemptionDefault } from '@app/referential/exemptions/exemption-defaults';
import { Diploma, DIPLOMAS } from './candidate';

export type { ExemptionDefault } from '@app/referential/exemptions/exemption-defaults';

/** A block of the referential version the candidate would follow, with its modules. */
export interface PositioningBlock {
  id: string;
  code: string;
  plannedMinutes: number;
  modules: { id: string; code: string; plannedMinutes: number }[];
}

/** An exemption proposed to the staff, who keep, adjust or drop it. */
export interface ProposedExemption {
  blockId: string;
  moduleId: string | null;
  minutes: number;
  justification: string;
}

/** The module of the emergency care training (AFGSU level 1): exempted only with a valid AFGSU attestation. */
export const AFGSU_MODULE_CODE = 'BC04-M1';

/** How justifications name the holder of each diploma. */
const HOLDER: Record<Diploma, string> = {
  level4: "Titulaire d'un diplôme de niveau 4",
  dei: 'Titulaire du DEI',
  deas: 'Titulaire du DEAS',
  deap: 'Titulaire du DEAP',
  secretary_title: 'Titulaire du titre de secrétaire médicale',
};

interface Proposal {
  rank: number;
  minutes: number;
  justification: string;
}

/**
 * Exemptions to propose to a candidate from the diplomas they hold and the default table, in the order of `blocks`
 * (the block itself, then its modules). Each default gives round(share × planned minutes) of its module or block;
 * defaults whose block or module the referential does not have are ignored, as are those giving 0 minutes. When
 * several defaults target the same module or block, the largest is kept (ties: the diploma first in DIPLOMAS), never
 * their sum, so the order of `diplomas` does not matter. The AFGSU module (AFGSU_MODULE_CODE) is only exempted when
 * `afgsuValid`; otherwise a whole-block share is taken of the block without it. A whole-block exemption is also cut
 * to what the module exemptions of the block leave: a block's exemptions never exceed its planned minutes, nor a
 * module's its own. Justifications name the diploma: « Titulaire du DEAS : AFGSU en cours de validité ».
 * Throws a RangeError on a share outside 0..1.
 */
export function proposeExemptions(
  diplomas: Diploma[],
  defaults: ExemptionDefault[],
  blocks: PositioningBlock[],
  afgsuValid: boolean,
): ProposedExemption[] {
  const held = new Set(diplomas);
  const best = new Map<string, Proposal>();
  for (const d of defaults) {
    if (!Number.isFinite(d.share) || d.share < 0 || d.share > 1) {
      throw new RangeError(`Part de dispense invalide pour ${d.moduleCode ?? d.blockCode} : ${d.share} (entre 0 et 1).`);
    }
    if (!held.has(d.diploma)) continue;
    const block = blocks.find((b) => b.code === d.blockCode);
    if (!block) continue;
    const target = d.moduleCode === null ? null : block.modules.find((m) => m.code === d.moduleCode);
    if (target === undefined) continue;
    if (target?.code === AFGSU_MODULE_CODE && !afgsuValid) continue;
    const excluded = target === null && !afgsuValid ? afgsuMinutes(block) : 0;
    const minutes = Math.round(d.share * Math.max(0, (target ?? block).plannedMinutes - excluded));
    const note = excluded > 0 ? ' (hors AFGSU : attestation non valide)' : '';
    const proposal = { rank: DIPLOMAS.indexOf(d.diploma), minutes, justification: `${HOLDER[d.diploma]} : ${d.reason}${note}` };
    const key = `${block.id}\u0000${target?.id ?? ''}`;
    if (isBetter(proposal, best.get(key))) best.set(key, proposal);
  }
  return blocks.flatMap((block) => blockProposals(block, best, afgsuValid));
}

function isBetter(proposal: Proposal, current: Proposal | undefined): boolean {
  if (!current) return true;
  if (proposal.minutes !== current.minutes) return proposal.minutes > current.minutes;
  if (proposal.rank !== current.rank) return proposal.rank < current.rank;
  return proposal.justification < current.justification;
}

function afgsuMinutes(block: PositioningBlock): number {
  return block.modules.filter((m) => m.code === AFGSU_MODULE_CODE).reduce((sum, m) => sum + m.plannedMinutes, 0);
}

function blockProposals(block: PositioningBlock, best: Map<string, Proposal>, afgsuValid: boolean): ProposedExemption[] {
  const modules: ProposedExemption[] = [];
  let left = Math.max(0, block.plannedMinutes);
  for (const module of block.modules) {
    const chosen = best.get(`${block.id}\u0000${module.id}`);
    const minutes = Math.min(chosen?.minutes ?? 0, Math.max(0, module.plannedMinutes), left);
    if (!chosen || minutes <= 0) continue;
    modules.push({ blockId: block.id, moduleId: module.id, minutes, justification: chosen.justification });
    left -= minutes;
  }
  const whole = best.get(`${block.id}\u0000`);
  if (!afgsuValid) left = Math.max(0, left - afgsuMinutes(block));
  const minutes = Math.min(whole?.minutes ?? 0, left);
  if (!whole || minutes <= 0) return modules;
  const justification =
    minutes < whole.minutes ? `${whole.justification} (part non couverte par les dispenses de modules)` : whole.justification;
  return [{ blockId: block.id, moduleId: null, minutes, justification }, ...modules];
}
