import { useState } from 'react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DrawIcon from '@mui/icons-material/Draw';
import PlaceIcon from '@mui/icons-material/Place';
import VideocamIcon from '@mui/icons-material/Videocam';
import { Alert, Box, Button, Card, CardContent, Chip, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MySession } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parisTime } from '../../lib/dates';
import { formatMinutes } from '../../lib/duration';
import { STATUS_COLORS } from '../../lib/attendance';

interface Props {
  item: MySession;
  now: number;
  onSign: (sessionId: string) => Promise<unknown>;
}

/** Why the trainee cannot sign now: the API's words, else when the window opens or closed. */
function signingHint(item: MySession, now: number, translate: (key: string, options?: object) => string): string {
  if (item.signingMessage) return item.signingMessage;
  return now < Date.parse(item.signingOpensAt)
    ? translate('app.me.not_open', { time: parisTime(item.signingOpensAt) })
    : translate('app.me.closed', { time: parisTime(item.signingClosesAt) });
}

/** A session of the day: time, module, place, and the big « Signer » button while signing is open. */
export const TodaySessionCard = ({ item, now, onSign }: Props) => {
  const translate = useTranslate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { session } = item;
  const sign = async () => {
    setPending(true);
    setError(null);
    try {
      await onSign(session.id);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <Card component="article" aria-label={session.moduleTitle ?? session.blockTitle} variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h5" component="p" sx={{ fontWeight: 700 }}>
            {translate('app.session.time', { start: session.startTime, end: session.endTime })}
          </Typography>
          <Typography color="text.secondary">{formatMinutes(session.minutes)}</Typography>
        </Box>
        <Typography variant="h6" component="h3" sx={{ lineHeight: 1.3 }}>
          {session.moduleTitle ?? session.blockTitle}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {`${session.blockCode} – ${session.blockTitle}`}
          {session.trainerName && ` · ${session.trainerName}`}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          {session.room && (
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
              <PlaceIcon fontSize="small" color="action" />
              <Typography variant="body2">{session.room}</Typography>
            </Box>
          )}
          {session.videoUrl && (
            <Link
              href={session.videoUrl}
              target="_blank"
              rel="noopener noreferrer"
              sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
            >
              <VideocamIcon fontSize="small" />
              {translate('app.session.join_video')}
            </Link>
          )}
        </Box>
        {item.status && !item.signedAt && (
          <Box>
            <Chip color={STATUS_COLORS[item.status]} label={translate(`app.attendance_status.${item.status}`)} />
          </Box>
        )}
        <ErrorAlert error={error} />
        {item.signedAt ? (
          <Alert icon={<CheckCircleIcon />} severity="success" sx={{ fontSize: 16 }}>
            {translate('app.me.signed', { time: parisTime(item.signedAt) })}
          </Alert>
        ) : item.canSign ? (
          <Button
            variant="contained"
            size="large"
            startIcon={<DrawIcon />}
            onClick={sign}
            disabled={pending}
            sx={{ minHeight: 56, fontSize: 18 }}
            fullWidth
          >
            {translate('app.me.sign')}
          </Button>
        ) : (
          <Alert severity="info">{signingHint(item, now, translate)}</Alert>
        )}
      </CardContent>
    </Card>
  );
};
