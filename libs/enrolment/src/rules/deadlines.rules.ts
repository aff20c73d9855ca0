import { frenchDate } from '@app/platform/time/date-labels';
import { addYears } from '@app/platform/time/calendar';
import { isValidDate } from '@app/platform/time/paris-time';

/** The legal deadlines of an assistant hired without the CQP, and whether they have passed on `today`. */
export interface HireDeadlines {
  trainingStartBy: string;
  qualificationBy: string;
  trainingStartOverdue: boolean;
  qualificationOverdue: boolean;
  explanation: string;
}

/**
 * From the hire date ('YYYY-MM-DD'): training must start by the hire date plus `hireTrainingStartYears` whole years and
 * the CQP be obtained by the hire date plus `hireQualificationYears` (a 29 February hire gives 28 February in a common
 * year). Each deadline day is still in time: overdue only when `today` is after it. The French explanation gives the
 * dates as dd/mm/yyyy and says which deadlines have passed. Throws a RangeError on an invalid date or on a number of
 * years that is negative or not whole.
 */
export function hireDeadlines(
  hiredOn: string,
  rules: { hireTrainingStartYears: number; hireQualificationYears: number },
  today: string,
): HireDeadlines {
  for (const date of [hiredOn, today]) {
    if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
  }
  const trainingStartBy = addYears(hiredOn, rules.hireTrainingStartYears);
  const qualificationBy = addYears(hiredOn, rules.hireQualificationYears);
  const trainingStartOverdue = today > trainingStartBy;
  const qualificationOverdue = today > qualificationBy;
  const overdue =
    trainingStartOverdue && qualificationOverdue
      ? ' Les deux délais sont dépassés.'
      : trainingStartOverdue
        ? " Le délai d'entrée en formation est dépassé."
        : qualificationOverdue
          ? " Le délai d'obtention du CQP est dépassé."
          : '';
  const explanation =
    `Embauche le ${frenchDate(hiredOn)} : entrée en formation au plus tard le ${frenchDate(trainingStartBy)}, ` +
    `CQP à obtenir au plus tard le ${frenchDate(qualificationBy)}.${overdue}`;
  return { trainingStartBy, qualificationBy, trainingStartOverdue, qualificationOverdue, explanation };
}
