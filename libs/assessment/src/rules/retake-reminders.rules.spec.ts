import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { AttemptRecord, BlockOutcome, JuryDecision } from './assessment';
import { retakeOpenDue } from './retake-reminders.rules';
import { RetakeSettings } from './retake.rules';

const settings: RetakeSettings = { maxAttempts: 3, retakeWindowYears: 5, blockValidityYears: null };
const attempt = (number: number, sessionDate: string): AttemptRecord => ({ number, sessionDate, result: 'failed' });
const decision = (attemptNumber: number, decidedOn: string, outcome: BlockOutcome, sequence: number): JuryDecision => ({
  id: `d${sequence}`,
  blockCode: 'BC02',
  attemptNumber,
  proposal: outcome,
  outcome,
  comment: null,
  supersedesId: null,
  correctionReason: null,
  decidedOn,
  sequence,
});
const input = (over: Partial<Parameters<typeof retakeOpenDue>[0]> = {}) => ({
  blockCode: 'BC02',
  attempts: [attempt(1, '2024-02-29')],
  decisions: [decision(1, '2024-03-15', 'not_validated', 1)],
  settings,
  sessionId: 's1',
  sessionDate: '2025-03-01',
  traineeId: 't1',
  blockId: 'b2',
  convened: false,
  ...over,
});

describe('retakeOpenDue', () => {
  it('tells a trainee with a failed block that a later session may be retaken', () => {
    expect(retakeOpenDue(input(), '2025-01-10')).toEqual({ key: 'retake-open:s1:t1:b2', attemptNumber: 2, deadline: '2029-02-28' });
  });

  it('says nothing once convened, for a past or same-day session, a validated block, or no decision yet', () => {
    expect(retakeOpenDue(input({ convened: true }), '2025-01-10')).toBeNull();
    expect(retakeOpenDue(input(), '2025-03-01')).toBeNull();
    expect(retakeOpenDue(input({ decisions: [decision(1, '2024-03-15', 'validated', 1)] }), '2025-01-10')).toBeNull();
    expect(retakeOpenDue(input({ attempts: [attempt(1, '2024-02-29'), attempt(2, '2024-09-01')] }), '2025-01-10')).toBeNull();
  });

  it('follows the retake rules: no attempt left, or a session after the window', () => {
    const three = [attempt(1, '2022-01-10'), attempt(2, '2022-06-10'), attempt(3, '2023-01-10')];
    const decided = three.map((a, i) => decision(a.number, addDays(a.sessionDate, 10), 'not_validated', i + 1));
    expect(retakeOpenDue(input({ attempts: three, decisions: decided }), '2025-01-10')).toBeNull();
    // 29 February 2024 + 5 years → 28 February 2029, the last day of the window.
    expect(retakeOpenDue(input({ sessionDate: '2029-02-28' }), '2025-01-10')).not.toBeNull();
    expect(retakeOpenDue(input({ sessionDate: '2029-03-01' }), '2025-01-10')).toBeNull();
  });

  it('is due only for sessions after today', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-03-16', n));
    fc.assert(fc.property(day, day, (sessionDate, today) => retakeOpenDue(input({ sessionDate }), today) === null || sessionDate > today));
  });
});
