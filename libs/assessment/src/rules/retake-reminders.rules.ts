import { addDays } from '@app/platform/time/calendar';
import { assertDate } from './assessment';
import { currentDecision } from './jury.rules';
import { checkRetake, RetakeInput } from './retake.rules';

/**
 * « A retake session is open to you »: an exam session after `today` sits an épreuve of a block whose current jury
 * decision for the trainee is « non validé », the trainee may sit it there (checkRetake on the session's date: attempts
 * left, within the window, later than the last attempt) and is not convened to it yet. Due on the first day all this
 * holds (the session's creation, or the jury decision that failed the block), once: key
 * `retake-open:<sessionId>:<traineeId>:<blockId>`. Throws a RangeError like checkRetake.
 */
export function retakeOpenDue(
  input: RetakeInput & { sessionId: string; sessionDate: string; traineeId: string; blockId: string; convened: boolean },
  today: string,
): { key: string; attemptNumber: number; deadline: string | null } | null {
  assertDate(today);
  assertDate(input.sessionDate);
  if (input.convened || input.sessionDate < addDays(today, 1)) return null;
  if (currentDecision(input.decisions)?.outcome !== 'not_validated') return null;
  const check = checkRetake({ ...input, newSessionDate: input.sessionDate });
  if (!check.ok) return null;
  return {
    key: `retake-open:${input.sessionId}:${input.traineeId}:${input.blockId}`,
    attemptNumber: check.attemptNumber,
    deadline: check.deadline,
  };
}
