import { useState } from 'react';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { progressApi } from '../../../api/progress';
import type { Exemption, Plan, Trainee } from '../../../api/types';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { formatDateTime } from '../../../lib/dates';
import { formatMinutes } from '../../../lib/duration';

interface Props {
  trainee: Trainee;
  plan: Plan;
  editable: boolean;
  onChange: (plan: Plan) => void;
}

/** The exemptions in force, each with its justification; revoking one asks for a reason. */
export const ExemptionList = ({ trainee, plan, editable, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [revoking, setRevoking] = useState<Exemption | null>(null);

  const revoke = async (reason: string) => {
    if (!revoking) return;
    onChange(await progressApi.revoke(trainee.id, revoking.id, reason));
    notify('app.plan.revoked', { type: 'success' });
    setRevoking(null);
  };

  return (
    <>
      <Typography variant="h6" component="h3">
        {translate('app.plan.exemptions')}
      </Typography>
      {plan.exemptions.length === 0 ? (
        <Typography color="text.secondary">{translate('app.plan.no_exemption')}</Typography>
      ) : (
        <List>
          {plan.exemptions.map((exemption) => (
            <ListItem
              key={exemption.id}
              divider
              sx={{ flexWrap: 'wrap', gap: 1 }}
              secondaryAction={
                editable && (
                  <Button size="small" color="error" startIcon={<UndoIcon />} onClick={() => setRevoking(exemption)}>
                    {translate('app.plan.revoke')}
                  </Button>
                )
              }
            >
              <ListItemText
                sx={{ pr: editable ? 14 : 0 }}
                primary={`${exemption.blockCode} · ${exemption.moduleTitle ?? translate('app.plan.whole_block')} · ${formatMinutes(exemption.minutes)}`}
                secondary={`${exemption.justification} — ${translate('app.plan.granted_on', { date: formatDateTime(exemption.createdAt) })}`}
              />
            </ListItem>
          ))}
        </List>
      )}
      <ReasonDialog
        open={!!revoking}
        title="app.plan.revoke_title"
        content="app.plan.revoke_content"
        confirmLabel="app.plan.revoke"
        onConfirm={revoke}
        onClose={() => setRevoking(null)}
      />
    </>
  );
};
