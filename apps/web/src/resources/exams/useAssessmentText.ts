import { useTranslate } from 'react-admin';
import type { Assessment } from '../../api/exams';
import { frenchNumber } from '../../lib/exams';

/** An épreuve in words, « Écrit · sur 20 · coef. 1 » (its label aside). */
export const useAssessmentText = () => {
  const translate = useTranslate();
  return (assessment: Assessment) =>
    [
      translate(`app.exams.kind.${assessment.kind}`),
      translate('app.exams.on', { max: frenchNumber(assessment.maxMark) }),
      translate('app.exams.weight', { weight: frenchNumber(assessment.weight) }),
    ].join(' · ');
};
