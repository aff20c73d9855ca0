import { Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { useTranslate } from 'react-admin';
import type { NotificationOverviewItem } from '../../api/notifications';
import { formatDateTime, shortDay } from '../../lib/dates';
import { STATUS_COLORS } from '../../lib/notifications';

interface Props {
  rows: NotificationOverviewItem[];
  /** Without it, no « Renvoyer » column (the next sends). */
  onRetry?: (row: NotificationOverviewItem) => void;
  busyId?: string | null;
}

/** The school's notifications: kind, recipient, channel, due day, send time, status (and the e-mail's), error. */
export const RemindersTable = ({ rows, onRetry, busyId }: Props) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.notifications.reminders.${key}`, options);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.kind')}</TableCell>
          <TableCell>{t('columns.recipient')}</TableCell>
          <TableCell>{t('columns.channel')}</TableCell>
          <TableCell>{t('columns.due')}</TableCell>
          <TableCell>{t('columns.send_at')}</TableCell>
          <TableCell>{t('columns.status')}</TableCell>
          {onRetry && <TableCell>{t('columns.error')}</TableCell>}
          {onRetry && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="reminder-row" data-status={row.status}>
            <TableCell>
              <Typography variant="body2">{row.kindTitle}</Typography>
              {row.subject !== row.kindTitle && (
                <Typography variant="caption" color="text.secondary">
                  {row.subject}
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <Typography variant="body2">{row.recipientName}</Typography>
              <Typography variant="caption" color="text.secondary">
                {row.recipientEmail}
              </Typography>
            </TableCell>
            <TableCell>{t(`channel.${row.channel}`)}</TableCell>
            <TableCell>{shortDay(row.dueOn)}</TableCell>
            <TableCell>{formatDateTime(row.sentAt ?? row.sendAt)}</TableCell>
            <TableCell>
              <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                <Chip size="small" color={STATUS_COLORS[row.status]} label={t(`status.${row.status}`)} />
                {row.outboxStatus && (
                  <Typography variant="caption" color="text.secondary">
                    {t('outbox', { status: translate(`app.outboxStatus.${row.outboxStatus}`) })}
                  </Typography>
                )}
                {row.attempts > 0 && row.status !== 'sent' && (
                  <Typography variant="caption" color="text.secondary">
                    {t('attempts', { smart_count: row.attempts })}
                  </Typography>
                )}
              </Stack>
            </TableCell>
            {onRetry && (
              <TableCell sx={{ maxWidth: 280 }}>
                <Typography variant="caption" color="error" sx={{ wordBreak: 'break-word' }}>
                  {row.lastError}
                </Typography>
              </TableCell>
            )}
            {onRetry && (
              <TableCell>
                {row.retryable && (
                  <Button size="small" startIcon={<ReplayIcon />} disabled={busyId === row.id} onClick={() => onRetry(row)}>
                    {t('retry')}
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
