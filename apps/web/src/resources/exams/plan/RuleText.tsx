import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ResultRule } from '../../../api/exams';
import { frenchNumber } from '../../../lib/exams';

/** « Résultat du bloc : moyenne pondérée… » or « …toutes les épreuves réussies… », in words. */
export const RuleText = ({ rule, passMark }: { rule: ResultRule; passMark: number }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ flexGrow: 1 }}>
      <strong>{translate('app.exams.plan.rule_label', { rule: translate(`app.exams.rule.${rule}`) })}</strong>
      {' — '}
      {translate(`app.exams.rule_detail.${rule}`, { passMark: frenchNumber(passMark) })}
    </Typography>
  );
};
