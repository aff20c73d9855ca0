import { durationLabel } from './duration-label';

/** Minutes of a block (moduleId null) or of one of its modules that a trainee's individual plan exempts. */
export interface Exemption {
  blockId: string;
  moduleId: string | null;
  minutes: number;
}

export type ExemptionCheck =
  { ok: true } | { ok: false; code: 'EXEMPTION_EXCEEDS_BLOCK' | 'EXEMPTION_EXCEEDS_MODULE' | 'INVALID_EXEMPTION'; message: string };

/**
 * A block of the referential as `checkExemptions` sees it. `id`, when given, must match every exemption's blockId;
 * `label` (e.g. 'BC01') names the block or module in messages instead of its id.
 */
export interface PlanBlock {
  id?: string;
  label?: string;
  plannedMinutes: number;
  modules: { id: string; label?: string; plannedMinutes: number }[];
}

/** Minutes a trainee must attend: planned minus the sum of the exemptions given, never below 0. */
export function requiredMinutes(plannedMinutes: number, exemptions: Exemption[]): number {
  return Math.max(0, plannedMinutes - sumMinutes(exemptions));
}

/**
 * Whether a block's exemptions are acceptable, first problem found: each has a positive whole number of minutes,
 * a module of the block (or none) and the same block; each module's exemptions fit in its planned minutes; all of
 * them fit in the block's planned minutes.
 */
export function checkExemptions(block: PlanBlock, exemptions: Exemption[]): ExemptionCheck {
  return invalidExemption(block, exemptions) ?? moduleExcess(block, exemptions) ?? blockExcess(block, exemptions) ?? { ok: true };
}

function invalidExemption(block: PlanBlock, exemptions: Exemption[]): ExemptionCheck | null {
  const moduleIds = new Set(block.modules.map((m) => m.id));
  const blockId = block.id ?? exemptions[0]?.blockId;
  for (const exemption of exemptions) {
    if (!Number.isSafeInteger(exemption.minutes) || exemption.minutes <= 0) {
      return invalid(`Durée de dispense invalide : ${exemption.minutes} (un nombre entier de minutes supérieur à 0 est attendu).`);
    }
    if (exemption.blockId !== blockId) {
      return invalid(`Toutes les dispenses doivent porter sur le même bloc : « ${exemption.blockId} » au lieu de « ${blockId} ».`);
    }
    if (exemption.moduleId !== null && !moduleIds.has(exemption.moduleId)) {
      return invalid(`Le module « ${exemption.moduleId} » n'appartient pas au bloc ${block.label ?? `« ${blockId} »`}.`);
    }
  }
  return null;
}

function moduleExcess(block: PlanBlock, exemptions: Exemption[]): ExemptionCheck | null {
  for (const module of block.modules) {
    const exempted = sumMinutes(exemptions.filter((e) => e.moduleId === module.id));
    if (exempted > module.plannedMinutes) {
      const name = module.label ?? `« ${module.id} »`;
      const message = `Les dispenses du module ${name} (${durationLabel(exempted)}) dépassent sa durée prévue (${durationLabel(module.plannedMinutes)}).`;
      return { ok: false, code: 'EXEMPTION_EXCEEDS_MODULE', message };
    }
  }
  return null;
}

function blockExcess(block: PlanBlock, exemptions: Exemption[]): ExemptionCheck | null {
  const exempted = sumMinutes(exemptions);
  if (exempted <= block.plannedMinutes) return null;
  const name = block.label ? ` ${block.label}` : '';
  const message = `Les dispenses du bloc${name} (${durationLabel(exempted)}) dépassent sa durée prévue (${durationLabel(block.plannedMinutes)}).`;
  return { ok: false, code: 'EXEMPTION_EXCEEDS_BLOCK', message };
}

function invalid(message: string): ExemptionCheck {
  return { ok: false, code: 'INVALID_EXEMPTION', message };
}

function sumMinutes(exemptions: Exemption[]): number {
  return exemptions.reduce((sum, e) => sum + e.minutes, 0);
}
