import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Chip, LinearProgress, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { BlockResult } from '../../../api/juries';
import { priorValidationsApi, type PriorValidation } from '../../../api/priorValidations';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { shortDay } from '../../../lib/dates';
import { PriorValidationDialog } from './PriorValidationDialog';
import { usePriorValidations } from './usePriorValidations';

interface Props {
  traineeId: string;
  blocks: Pick<BlockResult, 'blockId' | 'blockCode' | 'blockTitle'>[];
}

/** « Validations antérieures »: blocks acquired in an earlier path or by VAE; adding one, removing one with a reason. */
export const PriorValidations = ({ traineeId, blocks }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { list, changed } = usePriorValidations(traineeId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<PriorValidation | null>(null);

  const remove = async (reason: string) => {
    changed(await priorValidationsApi.remove(traineeId, removing!.id, reason));
    notify('app.documents.prior.removed', { type: 'success' });
    setRemoving(null);
  };
  return (
    <Paper component="section" variant="outlined" aria-labelledby="prior-validations" sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="prior-validations" variant="h6" component="h3" sx={{ flexGrow: 1 }}>
          {translate('app.documents.prior.title')}
        </Typography>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
          {translate('app.documents.prior.add')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('app.documents.prior.intro')}
      </Typography>
      {list.isPending && <LinearProgress sx={{ mt: 1 }} />}
      <ErrorAlert error={list.error} />
      {list.data?.length === 0 && <Typography sx={{ py: 1 }}>{translate('app.documents.prior.empty')}</Typography>}
      {!!list.data?.length && (
        <List dense aria-labelledby="prior-validations">
          {list.data.map((prior) => (
            <ListItem
              key={prior.id}
              disableGutters
              secondaryAction={
                <Button
                  color="error"
                  size="small"
                  onClick={() => setRemoving(prior)}
                  aria-label={translate('app.documents.prior.remove_label', { block: prior.blockCode })}
                >
                  {translate('app.documents.prior.remove')}
                </Button>
              }
            >
              <Chip label={prior.blockCode} size="small" color="success" sx={{ mr: 1.5 }} />
              <ListItemText
                primary={translate('app.documents.prior.line', {
                  source: translate(`app.documents.prior.source.${prior.source}`),
                  date: shortDay(prior.validatedOn),
                })}
                secondary={prior.reference}
              />
            </ListItem>
          ))}
        </List>
      )}
      <PriorValidationDialog traineeId={traineeId} blocks={blocks} open={adding} onClose={() => setAdding(false)} onChange={changed} />
      <ReasonDialog
        open={removing !== null}
        title="app.documents.prior.remove_title"
        titleOptions={{ block: removing?.blockCode }}
        content="app.documents.prior.remove_content"
        confirmLabel="app.documents.prior.remove"
        onConfirm={remove}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
};
