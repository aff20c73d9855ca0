import { minutesOfDay } from '@app/platform/time/paris-time';
import { templateDayCount, TemplateModule, timetableTemplate, TimetableFormat } from './timetable-template';

/** The referential's modules (minutes), in order: BC01–BC04 then the « other » line (6 h and 7 h). */
const MODULES: TemplateModule[] = [
  ...[21, 21, 14, 21].map((h, i) => ({ id: `bc01-${i}`, code: `BC01-M${i + 1}`, blockId: 'bc01', plannedMinutes: h * 60, other: false })),
  ...[21, 21, 21, 21, 14].map((h, i) => ({
    id: `bc02-${i}`,
    code: `BC02-M${i + 1}`,
    blockId: 'bc02',
    plannedMinutes: h * 60,
    other: false,
  })),
  ...[14, 7, 14].map((h, i) => ({ id: `bc03-${i}`, code: `BC03-M${i + 1}`, blockId: 'bc03', plannedMinutes: h * 60, other: false })),
  ...[14, 14, 14, 14].map((h, i) => ({ id: `bc04-${i}`, code: `BC04-M${i + 1}`, blockId: 'bc04', plannedMinutes: h * 60, other: false })),
  { id: 'autre-0', code: 'AUTRE-M1', blockId: 'autre', plannedMinutes: 360, other: true },
  { id: 'autre-1', code: 'AUTRE-M2', blockId: 'autre', plannedMinutes: 420, other: true },
];
const FORMATS: TimetableFormat[] = ['presentiel', 'alternance', 'mixte', 'distanciel'];

describe('the timetable template of a cohort', () => {
  it.each(FORMATS)('covers each module’s planned minutes exactly (%s)', (format) => {
    const slots = timetableTemplate(MODULES, format);
    for (const m of MODULES) {
      expect(slots.filter((s) => s.moduleId === m.id).reduce((sum, s) => sum + s.minutes, 0)).toBe(m.plannedMinutes);
    }
    slots.forEach((s, i) => expect(s.pos).toBe(i));
  });

  it.each(FORMATS)('holds days of 7 h at most, sessions in order and never overlapping (%s)', (format) => {
    const slots = timetableTemplate(MODULES, format);
    for (let day = 0; day < templateDayCount(MODULES); day++) {
      const sessions = slots.filter((s) => s.day === day);
      expect(sessions.reduce((sum, s) => sum + s.minutes, 0)).toBeLessThanOrEqual(420);
      sessions.forEach((s) => expect(minutesOfDay(s.endTime) - minutesOfDay(s.startTime)).toBe(s.minutes));
      sessions.slice(1).forEach((s, i) => expect(minutesOfDay(s.startTime)).toBeGreaterThan(minutesOfDay(sessions[i].endTime)));
    }
  });

  it('opens with the positionnement and closes with the épreuves, in a room', () => {
    const slots = timetableTemplate(MODULES, 'distanciel');
    expect(templateDayCount(MODULES)).toBe(40);
    expect(slots.filter((s) => s.day === 0).map((s) => [s.moduleId, s.startTime, s.endTime, s.remote])).toEqual([
      ['autre-0', '09:00', '12:00', false],
      ['autre-0', '13:30', '16:30', false],
    ]);
    expect(slots.filter((s) => s.day === 39).every((s) => s.moduleId === 'autre-1' && !s.remote)).toBe(true);
  });

  it('splits days in two half-days in a room, in four remote classes at a distance, alternating for « mixte »', () => {
    const count = (format: TimetableFormat) => timetableTemplate(MODULES, format).length;
    expect([count('presentiel'), count('alternance'), count('mixte'), count('distanciel')]).toEqual([80, 80, 118, 156]);
    expect(
      timetableTemplate(MODULES, 'distanciel')
        .filter((s) => s.day === 1)
        .map((s) => `${s.startTime}-${s.endTime}`),
    ).toEqual(['09:00-10:45', '11:00-12:45', '14:00-15:45', '16:00-17:45']);
  });
});
