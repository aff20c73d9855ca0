import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { ConventionStatus } from './convention.rules';
import { evaluationState } from './evaluation-state.rules';
import { InternshipReminderInput, internshipReminderDueDates, remindersDueOn } from './internship-reminders.rules';
import { DEFAULT_INTERNSHIP_SETTINGS as settings } from './internship-settings';

const input = (over: Partial<InternshipReminderInput> = {}): InternshipReminderInput => ({
  placement: { id: 'p1', startOn: '2026-03-02', endOn: '2026-03-27' },
  createdOn: '2026-01-15',
  conventionStatus: 'sent',
  evaluations: [
    { id: 'e1', dueOn: '2026-03-14', submitted: false },
    { id: 'e2', dueOn: '2026-03-27', submitted: false },
  ],
  ...over,
});

describe('internshipReminderDueDates', () => {
  it('gives every reminder of a placement, sorted by date then key', () => {
    expect(internshipReminderDueDates(input(), settings)).toEqual([
      { kind: 'convention_unsigned', dueOn: '2026-02-23', key: 'convention-unsigned:p1:2026-03-02' },
      { kind: 'placement_starts', dueOn: '2026-03-01', key: 'placement-starts:p1:2026-03-02' },
      { kind: 'evaluation_due', dueOn: '2026-03-14', key: 'evaluation-due:e1:2026-03-14' },
      { kind: 'evaluation_late', dueOn: '2026-03-21', key: 'evaluation-late:e1:2026-03-14' },
      { kind: 'evaluation_due', dueOn: '2026-03-27', key: 'evaluation-due:e2:2026-03-27' },
      { kind: 'evaluation_late', dueOn: '2026-04-03', key: 'evaluation-late:e2:2026-03-27' },
    ]);
  });

  it('gives no convention reminder once signed, and none for submitted evaluations', () => {
    const keys = internshipReminderDueDates(
      input({ conventionStatus: 'signed', evaluations: [{ id: 'e1', dueOn: '2026-03-14', submitted: true }] }),
      settings,
    ).map((r) => r.key);
    expect(keys).toEqual(['placement-starts:p1:2026-03-02']);
  });

  it('reminds of an unsigned convention on the creation day when created less than 7 days before the start', () => {
    const late = internshipReminderDueDates(input({ createdOn: '2026-02-26', conventionStatus: null, evaluations: [] }), settings);
    expect(late).toEqual([
      { kind: 'convention_unsigned', dueOn: '2026-02-26', key: 'convention-unsigned:p1:2026-03-02' },
      { kind: 'placement_starts', dueOn: '2026-03-01', key: 'placement-starts:p1:2026-03-02' },
    ]);
    const onStart = internshipReminderDueDates(input({ createdOn: '2026-03-02', evaluations: [] }), settings);
    expect(onStart).toEqual([]);
  });

  it('handles 29 February and the grace days setting', () => {
    const leap = input({ placement: { id: 'p1', startOn: '2024-03-01', endOn: '2024-03-31' }, createdOn: '2024-01-01', evaluations: [] });
    expect(internshipReminderDueDates(leap, settings).map((r) => r.dueOn)).toEqual(['2024-02-23', '2024-02-29']);
    const noGrace = internshipReminderDueDates(input({ conventionStatus: 'signed' }), { ...settings, evaluationGraceDays: 0 });
    expect(noGrace.filter((r) => r.key.includes(':e1:')).map((r) => r.dueOn)).toEqual(['2026-03-14', '2026-03-14']);
  });

  it('gives a moved placement or evaluation new keys, so its reminders go again for the new dates', () => {
    const before = internshipReminderDueDates(input(), settings).map((r) => r.key);
    const moved = internshipReminderDueDates(
      input({
        placement: { id: 'p1', startOn: '2026-03-09', endOn: '2026-03-27' },
        evaluations: [{ id: 'e1', dueOn: '2026-03-18', submitted: false }],
      }),
      settings,
    ).map((r) => r.key);
    expect(moved).toEqual([
      'convention-unsigned:p1:2026-03-09',
      'placement-starts:p1:2026-03-09',
      'evaluation-due:e1:2026-03-18',
      'evaluation-late:e1:2026-03-18',
    ]);
    expect(moved.filter((k) => before.includes(k))).toEqual([]);
  });

  it('sorts by date then key whatever the order of the evaluations, ties included', () => {
    const evaluations = [
      { id: 'e3', dueOn: '2026-03-18', submitted: false },
      { id: 'e2', dueOn: '2026-03-14', submitted: false },
      { id: 'e1', dueOn: '2026-03-14', submitted: false },
    ];
    expect(internshipReminderDueDates(input({ conventionStatus: 'signed', evaluations }), settings).map((r) => r.key)).toEqual([
      'placement-starts:p1:2026-03-02',
      'evaluation-due:e1:2026-03-14',
      'evaluation-due:e2:2026-03-14',
      'evaluation-due:e3:2026-03-18',
      'evaluation-late:e1:2026-03-14',
      'evaluation-late:e2:2026-03-14',
      'evaluation-late:e3:2026-03-18',
    ]);
    // The date comes before the key: « b » is due first.
    const byDate = internshipReminderDueDates(
      input({
        conventionStatus: 'signed',
        evaluations: [
          { id: 'a', dueOn: '2026-03-18', submitted: false },
          { id: 'b', dueOn: '2026-03-14', submitted: false },
        ],
      }),
      settings,
    );
    expect(byDate.map((r) => r.key)).toEqual([
      'placement-starts:p1:2026-03-02',
      'evaluation-due:b:2026-03-14',
      'evaluation-due:a:2026-03-18',
      'evaluation-late:b:2026-03-14',
      'evaluation-late:a:2026-03-18',
    ]);
    // Without grace days, « due » and « late » fall on the same day: by key, « due » first.
    const sameDay = internshipReminderDueDates(input({ conventionStatus: 'signed', evaluations: evaluations.slice(1) }), {
      ...settings,
      evaluationGraceDays: 0,
    });
    expect(sameDay.map((r) => r.key)).toEqual([
      'placement-starts:p1:2026-03-02',
      'evaluation-due:e1:2026-03-14',
      'evaluation-due:e2:2026-03-14',
      'evaluation-late:e1:2026-03-14',
      'evaluation-late:e2:2026-03-14',
    ]);
  });

  it('throws a RangeError on bad input', () => {
    expect(() => internshipReminderDueDates(input({ createdOn: '2026-02-30' }), settings)).toThrow(RangeError);
    expect(() => internshipReminderDueDates(input({ conventionStatus: 'ok' as ConventionStatus }), settings)).toThrow(
      new RangeError('Statut de convention inconnu : « ok ».'),
    );
    expect(() => internshipReminderDueDates(input(), { ...settings, evaluationGraceDays: 1.5 })).toThrow(RangeError);
  });

  it('property: never before the creation day, keys unique, sorted, and the late reminder falls on the first late day', () => {
    const statuses: (ConventionStatus | null)[] = [null, 'draft', 'sent', 'partly_signed', 'signed'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom(...statuses),
        fc.integer({ min: 0, max: 14 }),
        (created, toStart, length, status, grace) => {
          const createdOn = addDays('2026-01-01', created);
          const startOn = addDays(createdOn, toStart);
          const endOn = addDays(startOn, length);
          const s = { ...settings, evaluationGraceDays: grace };
          const evaluations = [{ id: 'e1', dueOn: endOn, submitted: false }];
          const list = internshipReminderDueDates(
            { placement: { id: 'p', startOn, endOn }, createdOn, conventionStatus: status, evaluations },
            s,
          );
          expect(list.every((r) => r.dueOn >= createdOn)).toBe(true);
          expect(new Set(list.map((r) => r.key)).size).toBe(list.length);
          expect([...list].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.key < b.key ? -1 : 1))).toEqual(list);
          expect(list.some((r) => r.kind === 'convention_unsigned')).toBe(status !== 'signed' && createdOn < startOn);
          const late = list.find((r) => r.kind === 'evaluation_late')!;
          const open = { id: 'e1', dueOn: endOn, draftSavedAt: null, submittedAt: null, reopenedAt: null };
          expect(evaluationState(open, late.dueOn, s)).toBe('late');
          expect(evaluationState(open, addDays(late.dueOn, -1), s)).not.toBe('late');
        },
      ),
    );
  });
});

describe('remindersDueOn', () => {
  it('keeps the reminders due exactly today', () => {
    const list = internshipReminderDueDates(input(), settings);
    expect(remindersDueOn(list, '2026-03-14').map((r) => r.key)).toEqual(['evaluation-due:e1:2026-03-14']);
    expect(remindersDueOn(list, '2026-03-15')).toEqual([]);
    expect(() => remindersDueOn(list, '14/03/2026')).toThrow(RangeError);
  });
});
