import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate, parisTime } from '@app/platform/time/paris-time';

/** When trainees may sign a session's attendance sheet, from the referential (e.g. 15 minutes before, 30 after). */
export interface SigningWindow {
  opensMinutesBefore: number;
  closesMinutesAfter: number;
}

export type SigningCheck =
  { ok: true } | { ok: false; code: 'SIGNING_NOT_OPEN' | 'SIGNING_CLOSED'; message: string; opensAt: Date; closesAt: Date };

const MINUTE_MS = 60_000;

/**
 * Whether a trainee may sign at `now`: the window is [startsAt − opensMinutesBefore, endsAt + closesMinutesAfter],
 * both ends included. Outside it, the French message gives the opening or closing time in Europe/Paris
 * (with the date when it is not the same day as `now`).
 * Throws a RangeError on a negative or non-finite window, or on a session that ends before it starts.
 */
export function checkSigningWindow(now: Date, session: { startsAt: Date; endsAt: Date }, window: SigningWindow): SigningCheck {
  assertWindow(window);
  if (session.endsAt.getTime() < session.startsAt.getTime()) {
    throw new RangeError('Séance invalide : la fin précède le début.');
  }
  const opensAt = new Date(session.startsAt.getTime() - window.opensMinutesBefore * MINUTE_MS);
  const closesAt = new Date(session.endsAt.getTime() + window.closesMinutesAfter * MINUTE_MS);
  if (now.getTime() < opensAt.getTime()) {
    return { ok: false, code: 'SIGNING_NOT_OPEN', message: `La signature ouvrira ${momentLabel(opensAt, now, 'à ')}.`, opensAt, closesAt };
  }
  if (now.getTime() > closesAt.getTime()) {
    const message = `La signature est close depuis ${momentLabel(closesAt, now, '')} : seule l'équipe de l'école peut corriger la feuille.`;
    return { ok: false, code: 'SIGNING_CLOSED', message, opensAt, closesAt };
  }
  return { ok: true };
}

function assertWindow(window: SigningWindow): void {
  for (const minutes of [window.opensMinutesBefore, window.closesMinutesAfter]) {
    if (!Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(`Fenêtre de signature invalide : ${minutes} minutes (un nombre positif ou nul est attendu).`);
    }
  }
}

/** The time alone on the same Paris day as `now` (after `sameDayPrefix`), else 'le 12/03/2026 à 08:45'. */
function momentLabel(instant: Date, now: Date, sameDayPrefix: 'à ' | ''): string {
  const time = parisTime(instant);
  const date = parisDate(instant);
  return date === parisDate(now) ? `${sameDayPrefix}${time}` : `le ${frenchDate(date)} à ${time}`;
}
