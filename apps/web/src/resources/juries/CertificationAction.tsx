import { useState } from 'react';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { Button, Chip } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import type { JuryLine } from '../../api/juries';
import { shortDay } from '../../lib/dates';
import { refusalText } from '../../lib/juries';
import type { Certify } from './useJuryBoard';

interface Props {
  line: JuryLine;
  certify: Certify;
  onRefused: (message: string | null) => void;
}

/** « CQP décerné le … » once awarded; « Décerner le CQP » (confirmed) when the trainee is ready; nothing otherwise. */
export const CertificationAction = ({ line, certify, onRefused }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  if (line.certifiedOn)
    return (
      <Chip
        size="small"
        color="success"
        icon={<WorkspacePremiumIcon />}
        label={translate('app.documents.certify.awarded', { date: shortDay(line.certifiedOn) })}
        sx={{ mt: 0.5 }}
      />
    );
  if (!line.readiness.ready) return null;

  const award = async () => {
    setAsking(false);
    setPending(true);
    onRefused(null);
    try {
      await certify(line.traineeId);
      notify('app.documents.certify.done', { type: 'success', messageArgs: { name: line.traineeName } });
    } catch (error) {
      onRefused(refusalText(translate, error));
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        variant="contained"
        startIcon={<WorkspacePremiumIcon />}
        disabled={pending}
        onClick={() => setAsking(true)}
        sx={{ mt: 0.5, display: 'flex' }}
      >
        {translate('app.documents.certify.button')}
      </Button>
      <Confirm
        isOpen={asking}
        title="app.documents.certify.title"
        titleTranslateOptions={{ name: line.traineeName }}
        content="app.documents.certify.content"
        confirm="app.documents.certify.confirm"
        onConfirm={award}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
