import { frenchDate } from '@app/platform/time/date-labels';
import { CONVENTION_STATUS_LABELS, ConventionStatus } from './convention.rules';
import { assertDate } from './internship-settings';
import { Period } from './placement.rules';

/** Outcome of canStart: the placement may begin, or a refusal with a code and a French message. */
export type StartCheck =
  { ok: true } | { ok: false; code: 'CONVENTION_NOT_SIGNED' | 'PLACEMENT_NOT_STARTED' | 'PLACEMENT_ENDED'; message: string };

/**
 * Whether the trainee may be at the host site on `today` (a Europe/Paris date) for `placement`, given the status of
 * its convention in force (null: no convention; an earlier signed version counts while an avenant is being signed,
 * so pass 'signed' then). Refused, in this order: `CONVENTION_NOT_SIGNED` (status other than 'signed'),
 * `PLACEMENT_NOT_STARTED` (today before startOn), `PLACEMENT_ENDED` (today after endOn). Throws a RangeError on an
 * invalid date or status.
 */
export function canStart(placement: Period, conventionStatus: ConventionStatus | null, today: string): StartCheck {
  [placement.startOn, placement.endOn, today].forEach(assertDate);
  if (conventionStatus !== null && !Object.hasOwn(CONVENTION_STATUS_LABELS, conventionStatus)) {
    throw new RangeError(`Statut de convention inconnu : « ${conventionStatus} ».`);
  }
  if (conventionStatus !== 'signed') {
    const state = conventionStatus === null ? 'aucune convention' : `convention « ${CONVENTION_STATUS_LABELS[conventionStatus]} »`;
    const message = `Le stage ne peut pas commencer sans convention signée par toutes les parties (${state}).`;
    return { ok: false, code: 'CONVENTION_NOT_SIGNED', message };
  }
  if (today < placement.startOn) {
    return { ok: false, code: 'PLACEMENT_NOT_STARTED', message: `Le stage commence le ${frenchDate(placement.startOn)}.` };
  }
  if (today > placement.endOn) {
    return { ok: false, code: 'PLACEMENT_ENDED', message: `Le stage s’est terminé le ${frenchDate(placement.endOn)}.` };
  }
  return { ok: true };
}
