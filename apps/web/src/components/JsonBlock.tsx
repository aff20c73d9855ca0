import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled, pretty-printed JSON value (or a dash when empty). */
export const JsonBlock = ({ title, value }: { title: string; value: unknown }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ flex: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" component="h3">
        {translate(title)}
      </Typography>
      <Box component="pre" sx={{ m: 0, p: 1, overflowX: 'auto', bgcolor: 'action.hover', borderRadius: 1, fontSize: 12 }}>
        {value == null ? translate('app.audit.empty') : JSON.stringify(value, null, 2)}
      </Box>
    </Box>
  );
};
