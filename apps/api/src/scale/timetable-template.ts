/** A module of the referential version, in referential order, with its block. */
export interface TemplateModule {
  id: string;
  code: string;
  blockId: string;
  plannedMinutes: number;
  /** A module of the « other » line (positionnement, épreuves) rather than a competency block. */
  other: boolean;
}

export type TimetableFormat = 'presentiel' | 'distanciel' | 'mixte' | 'alternance';

/** A course session of the template: on training day `day` (one day a week), local times in Europe/Paris. */
export interface TemplateSlot {
  pos: number;
  day: number;
  startTime: string;
  endTime: string;
  minutes: number;
  moduleId: string;
  blockId: string;
  /** A remote class (classe virtuelle) rather than a session in a room. */
  remote: boolean;
}

const FULL_DAY = 7 * 60;
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Training days of a cohort, one a week: the first module of the « other » line (positionnement) on day 0, the competency
 * modules in referential order, then the other modules of that line (the certification épreuves) on the last days. A
 * module takes whole days of 7 h and one shorter day for what is left.
 */
function trainingDays(modules: readonly TemplateModule[]): { module: TemplateModule; minutes: number }[] {
  const other = modules.filter((m) => m.other);
  const ordered = [...other.slice(0, 1), ...modules.filter((m) => !m.other), ...other.slice(1)];
  return ordered.flatMap((module) => {
    const days = [];
    for (let left = module.plannedMinutes; left > 0; left -= FULL_DAY) days.push({ module, minutes: Math.min(left, FULL_DAY) });
    return days;
  });
}

/** The number of training days of the template (the cohort meets on that many weeks). */
export function templateDayCount(modules: readonly TemplateModule[]): number {
  return trainingDays(modules).length;
}

/**
 * The sessions of one cohort, covering exactly each module's planned minutes. A day in a room is two half-days
 * (émargement per half-day: 09:00 and 13:30); a remote day is four classes virtuelles of a quarter of the day (09:00,
 * after a 15 min break, then 14:00 and after a break). Distance-learning cohorts are remote on every competency day,
 * « mixte » cohorts every other one; the « other » line's days (positionnement, épreuves) are always in a room.
 */
export function timetableTemplate(modules: readonly TemplateModule[], format: TimetableFormat): TemplateSlot[] {
  const slots: TemplateSlot[] = [];
  trainingDays(modules).forEach(({ module, minutes }, day) => {
    const remote = !module.other && minutes % 4 === 0 && (format === 'distanciel' || (format === 'mixte' && day % 2 === 0));
    const parts = remote ? 4 : minutes % 2 === 0 ? 2 : 1;
    const length = minutes / parts;
    const starts = remote ? [9 * 60, 9 * 60 + length + 15, 14 * 60, 14 * 60 + length + 15] : [9 * 60, 13 * 60 + 30].slice(0, parts);
    for (const start of starts) {
      slots.push({
        pos: slots.length,
        day,
        startTime: hhmm(start),
        endTime: hhmm(start + length),
        minutes: length,
        moduleId: module.id,
        blockId: module.blockId,
        remote,
      });
    }
  });
  return slots;
}
