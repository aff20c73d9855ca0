import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { Convention } from './convention.rules';
import { TutorEvaluation } from './evaluation-state.rules';
import { DEFAULT_INTERNSHIP_SETTINGS as settings } from './internship-settings';
import { BoardPlacementInput, placementBoard } from './placement-board.rules';

const at = (iso: string) => new Date(iso);

const convention = (over: Partial<Convention> = {}): Convention => ({
  id: 'c1',
  placementId: 'p1',
  version: 1,
  sentAt: at('2026-11-20T09:00:00Z'),
  signatures: {},
  ...over,
});

const evaluation = (over: Partial<TutorEvaluation> = {}): TutorEvaluation => ({
  id: 'e1',
  dueOn: '2026-12-14',
  draftSavedAt: null,
  submittedAt: null,
  reopenedAt: null,
  ...over,
});

const placement = (over: Partial<BoardPlacementInput> = {}): BoardPlacementInput => ({
  id: 'p1',
  startOn: '2026-12-01',
  endOn: '2026-12-28',
  createdOn: '2026-11-01',
  latestConvention: null,
  hasSignedVersion: false,
  evaluations: [],
  ...over,
});

// Today is Sunday 29 November 2026.
const TODAY = '2026-11-29';

describe('placementBoard', () => {
  it('lists the placements running some day of the week, dates included', () => {
    const board = placementBoard(
      [
        placement({ id: 'ends-monday', startOn: '2026-11-02', endOn: '2026-11-30' }),
        placement({ id: 'starts-sunday', startOn: '2026-12-06', endOn: '2026-12-20' }),
        placement({ id: 'ended', startOn: '2026-11-02', endOn: '2026-11-29' }),
        placement({ id: 'later', startOn: '2026-12-07', endOn: '2026-12-20' }),
      ],
      '2026-12-02',
      TODAY,
      settings,
    );
    expect(board.monday).toBe('2026-11-30');
    expect(board.sunday).toBe('2026-12-06');
    expect(board.presentIds).toEqual(['ends-monday', 'starts-sunday']);
  });

  it('flags conventions not signed of placements not ended, urgent within 7 days of the start or started', () => {
    const board = placementBoard(
      [
        placement({ id: 'none', startOn: '2026-12-20', endOn: '2026-12-30' }),
        placement({
          id: 'partly',
          startOn: '2026-12-06',
          latestConvention: convention({ signatures: { school: at('2026-11-21T10:00:00Z') } }),
        }),
        placement({ id: 'draft-started', startOn: '2026-11-16', latestConvention: convention({ sentAt: null }) }),
        placement({
          id: 'signed',
          latestConvention: convention({
            signatures: { school: at('2026-11-21T10:00:00Z'), host: at('2026-11-21T11:00:00Z'), trainee: at('2026-11-22T08:00:00Z') },
          }),
        }),
        placement({ id: 'ended', startOn: '2026-11-02', endOn: '2026-11-28' }),
        placement({ id: 'avenant', startOn: '2026-11-30', hasSignedVersion: true, latestConvention: convention({ version: 2 }) }),
      ],
      TODAY,
      TODAY,
      settings,
    );
    expect(board.conventions).toEqual([
      {
        placementId: 'draft-started',
        status: 'draft',
        version: 1,
        awaiting: ['school', 'host', 'trainee'],
        startsInDays: -13,
        urgent: true,
      },
      { placementId: 'partly', status: 'partly_signed', version: 1, awaiting: ['host', 'trainee'], startsInDays: 7, urgent: true },
      { placementId: 'avenant', status: 'sent', version: 2, awaiting: ['school', 'host', 'trainee'], startsInDays: 1, urgent: false },
      { placementId: 'none', status: null, version: null, awaiting: ['school', 'host', 'trainee'], startsInDays: 21, urgent: false },
    ]);
  });

  it('chases evaluations due, late, drafted or reopened by the end of the week, late first, and lists recent submissions', () => {
    const board = placementBoard(
      [
        placement({
          evaluations: [
            evaluation({ id: 'late', dueOn: '2026-11-20' }),
            evaluation({ id: 'due', dueOn: '2026-11-27' }),
            evaluation({ id: 'draft-this-week', dueOn: '2026-12-03', draftSavedAt: at('2026-11-28T18:00:00Z') }),
            evaluation({ id: 'not-due', dueOn: '2026-12-03' }),
            evaluation({ id: 'next-week-draft', dueOn: '2026-12-10', draftSavedAt: at('2026-11-28T18:00:00Z') }),
            evaluation({
              id: 'reopened',
              dueOn: '2026-12-20',
              submittedAt: at('2026-11-25T10:00:00Z'),
              reopenedAt: at('2026-11-26T10:00:00Z'),
            }),
            evaluation({ id: 'submitted-recently', dueOn: '2026-11-20', submittedAt: at('2026-11-16T08:00:00Z') }),
            evaluation({ id: 'submitted-long-ago', dueOn: '2026-11-01', submittedAt: at('2026-11-15T22:59:00Z') }),
          ],
        }),
      ],
      '2026-11-30', // the coming week: Monday 30 November to Sunday 6 December
      TODAY,
      settings,
    );
    expect(board.evaluationsToChase.map((e) => [e.evaluationId, e.state])).toEqual([
      ['late', 'late'],
      ['due', 'due'],
      ['draft-this-week', 'draft'],
      ['reopened', 'reopened'],
    ]);
    expect(board.evaluationsToChase[0].lateOn).toBe('2026-11-27');
    // 16 November 09:00 in Paris is within the last 14 days (from 16 November); 15 November 23:59 in Paris is not.
    expect(board.evaluationsSubmitted.map((e) => e.evaluationId)).toEqual(['submitted-recently']);
  });

  it('sorts the evaluations to chase (late first, then by due date, then by id) and the submitted ones (newest first)', () => {
    const board = placementBoard(
      [
        placement({
          id: 'p1',
          evaluations: [
            evaluation({ id: 'on-sunday', dueOn: '2026-12-06', draftSavedAt: at('2026-11-28T18:00:00Z') }),
            evaluation({ id: 'due-b', dueOn: '2026-11-27' }),
            evaluation({ id: 'due-a', dueOn: '2026-11-27' }),
            evaluation({
              id: 'reopened-early',
              dueOn: '2026-11-01',
              submittedAt: at('2026-11-02T10:00:00Z'),
              reopenedAt: at('2026-11-03T10:00:00Z'),
            }),
            evaluation({ id: 'late', dueOn: '2026-11-20' }),
            evaluation({ id: 'sent-17', dueOn: '2026-11-20', submittedAt: at('2026-11-17T08:00:00Z') }),
            evaluation({ id: 'sent-28', dueOn: '2026-11-27', submittedAt: at('2026-11-28T08:00:00Z') }),
          ],
        }),
        placement({ id: 'p2', evaluations: [evaluation({ id: 'sent-20', dueOn: '2026-11-20', submittedAt: at('2026-11-20T08:00:00Z') })] }),
      ],
      '2026-11-30', // Monday 30 November to Sunday 6 December: an evaluation due on the Sunday is chased
      TODAY,
      settings,
    );
    expect(board.evaluationsToChase.map((e) => e.evaluationId)).toEqual(['late', 'reopened-early', 'due-a', 'due-b', 'on-sunday']);
    expect(board.evaluationsSubmitted.map((e) => e.evaluationId)).toEqual(['sent-28', 'sent-20', 'sent-17']);
  });

  it('sorts the reminders of all placements by date then key, from today included', () => {
    const board = placementBoard(
      [
        placement({ id: 'p2', startOn: '2026-12-03', latestConvention: convention({ placementId: 'p2' }), hasSignedVersion: true }),
        placement({
          id: 'p1',
          startOn: '2026-11-30',
          hasSignedVersion: true,
          evaluations: [evaluation({ id: 'e1', dueOn: '2026-12-02' })],
        }),
        placement({ id: 'p0', startOn: '2026-11-30', hasSignedVersion: true }),
        placement({ id: 'p3', startOn: '2026-11-30', hasSignedVersion: true }),
      ],
      TODAY,
      TODAY,
      settings,
    );
    expect(board.reminders.map((r) => [r.key, r.dueOn, r.placementId])).toEqual([
      ['placement-starts:p0:2026-11-30', '2026-11-29', 'p0'],
      ['placement-starts:p1:2026-11-30', '2026-11-29', 'p1'],
      ['placement-starts:p3:2026-11-30', '2026-11-29', 'p3'],
      ['evaluation-due:e1:2026-12-02', '2026-12-02', 'p1'],
      ['placement-starts:p2:2026-12-03', '2026-12-02', 'p2'],
    ]);
  });

  it('gives the reminders of the next 7 days, today included, with their placement', () => {
    const board = placementBoard(
      [
        placement({
          id: 'p1',
          startOn: '2026-12-01',
          evaluations: [evaluation({ id: 'e1', dueOn: '2026-12-05' }), evaluation({ id: 'e2', dueOn: '2026-12-06' })],
        }),
      ],
      TODAY,
      TODAY,
      settings,
    );
    // The convention reminder was due on 24 November (before today) and e2 is due on the eighth day: neither is listed.
    expect(board.reminders.map((r) => [r.key, r.dueOn, r.placementId])).toEqual([
      ['placement-starts:p1:2026-12-01', '2026-11-30', 'p1'],
      ['evaluation-due:e1:2026-12-05', '2026-12-05', 'p1'],
    ]);
  });

  it('never counts a placement twice and puts every not-ended unsigned placement in the conventions list (property)', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-10-01', n));
    const gen = fc.array(fc.record({ start: day, length: fc.integer({ min: 0, max: 60 }), signed: fc.boolean() }), { maxLength: 12 });
    fc.assert(
      fc.property(gen, day, (rows, today) => {
        const placements = rows.map((r, i) =>
          placement({
            id: `p${i}`,
            startOn: r.start,
            endOn: addDays(r.start, r.length),
            createdOn: '2026-09-01',
            hasSignedVersion: r.signed,
            latestConvention: r.signed
              ? convention({
                  placementId: `p${i}`,
                  signatures: { school: at('2026-11-21T10:00:00Z'), host: at('2026-11-21T10:00:00Z'), trainee: at('2026-11-21T10:00:00Z') },
                })
              : null,
          }),
        );
        const board = placementBoard(placements, today, today, settings);
        const expected = placements
          .filter((p) => !p.hasSignedVersion && p.endOn >= today)
          .map((p) => p.id)
          .sort();
        return (
          new Set(board.presentIds).size === board.presentIds.length &&
          JSON.stringify(board.conventions.map((c) => c.placementId).sort()) === JSON.stringify(expected) &&
          board.conventions.every((c, i, all) => i === 0 || Number(all[i - 1].urgent) >= Number(c.urgent))
        );
      }),
      { numRuns: 300 },
    );
  });

  it('throws a RangeError on an invalid date', () => {
    expect(() => placementBoard([], '2026-02-30', TODAY, settings)).toThrow(RangeError);
    expect(() => placementBoard([], TODAY, '2026-13-01', settings)).toThrow(RangeError);
  });
});
