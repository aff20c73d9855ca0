import { RecordGroup, SessionTotal } from './ledger-groups.rules';

/** A cohort's session minutes per day, block, module and ended flag. */
export interface DatedSessionTotal extends SessionTotal {
  date: string;
  moduleId: string | null;
}

/** A trainee's records summed per block, module, status and ended flag. */
export interface ModuleRecordGroup extends RecordGroup {
  moduleId: string | null;
}

export interface PlanExemptionRow {
  blockId: string;
  moduleId: string | null;
  minutes: number;
}

export interface ReferentialShape {
  id: string;
  plannedMinutes: number;
  modules: { id: string; plannedMinutes: number }[];
}

/**
 * What a trainee is not expected to attend: a block whose exemptions cover its planned minutes, and a
 * module whose own exemptions cover its planned minutes. Partial exemptions only lower the required hours.
 */
export function fullyExempted(blocks: ReferentialShape[], exemptions: PlanExemptionRow[]): Set<string> {
  const out = new Set<string>();
  for (const block of blocks) {
    const mine = exemptions.filter((e) => e.blockId === block.id);
    if (mine.length && mine.reduce((s, e) => s + e.minutes, 0) >= block.plannedMinutes) out.add(block.id);
    for (const module of block.modules) {
      const forModule = mine.filter((e) => e.moduleId === module.id).reduce((s, e) => s + e.minutes, 0);
      if (forModule > 0 && forModule >= module.plannedMinutes) out.add(module.id);
    }
  }
  return out;
}

/**
 * The sessions that concern one trainee: from the day they joined the cohort, outside what they are
 * fully exempted from; summed per block for `ledgerSessionsFromGroups`.
 */
export function traineeScope(
  trainee: { joinedOn: string; exempted: Set<string> },
  totals: DatedSessionTotal[],
  groups: ModuleRecordGroup[],
): { totals: SessionTotal[]; groups: RecordGroup[] } {
  const concerns = (blockId: string, moduleId: string | null) =>
    !trainee.exempted.has(blockId) && !(moduleId && trainee.exempted.has(moduleId));
  const byBlock = new Map<string, SessionTotal>();
  for (const t of totals) {
    if (t.date < trainee.joinedOn || !concerns(t.blockId, t.moduleId)) continue;
    const key = `${t.blockId}:${t.ended}`;
    const sum = byBlock.get(key) ?? { blockId: t.blockId, ended: t.ended, minutes: 0 };
    sum.minutes += t.minutes;
    byBlock.set(key, sum);
  }
  const byStatus = new Map<string, RecordGroup>();
  for (const g of groups) {
    if (!concerns(g.blockId, g.moduleId)) continue;
    const key = `${g.blockId}:${g.status}:${g.ended}`;
    const sum = byStatus.get(key) ?? { blockId: g.blockId, status: g.status, ended: g.ended, minutes: 0, attendedMinutes: 0 };
    sum.minutes += g.minutes;
    sum.attendedMinutes += g.attendedMinutes;
    byStatus.set(key, sum);
  }
  return { totals: [...byBlock.values()], groups: [...byStatus.values()] };
}
