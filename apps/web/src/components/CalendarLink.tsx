import { useState, type FocusEvent } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EventIcon from '@mui/icons-material/Event';
import { Box, Button, IconButton, InputAdornment, Popover, TextField, Tooltip, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

/** « S'abonner au calendrier »: the tokenised iCal URL to copy into any calendar app. */
export const CalendarLink = ({ url }: { url: string | null | undefined }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!url) return null;
  const absolute = new URL(url, window.location.origin).toString();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      notify('app.calendar.copied', { type: 'success' });
    } catch {
      notify('app.calendar.copy_failed', { type: 'warning' });
    }
  };

  return (
    <>
      <Button startIcon={<EventIcon />} onClick={(event) => setAnchor(event.currentTarget)} size="small">
        {translate('app.calendar.subscribe')}
      </Button>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box sx={{ p: 2, maxWidth: 480 }}>
          <Typography variant="body2" sx={{ mb: 1.5 }}>
            {translate('app.calendar.help')}
          </Typography>
          <TextField
            value={absolute}
            label={translate('app.calendar.url')}
            fullWidth
            size="small"
            slotProps={{
              htmlInput: { readOnly: true, onFocus: (event: FocusEvent<HTMLInputElement>) => event.target.select() },
              input: {
                endAdornment: (
                  <InputAdornment position="end">
                    <Tooltip title={translate('app.calendar.copy')}>
                      <IconButton onClick={copy} edge="end" aria-label={translate('app.calendar.copy')}>
                        <ContentCopyIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </InputAdornment>
                ),
              },
            }}
          />
        </Box>
      </Popover>
    </>
  );
};
