import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The API's report of a refused file: messages per line, e.g. { "ligne 3": ["E-mail invalide"] }. */
export type LineErrors = Record<string, string[]>;

const lineNumber = (key: string) => Number(/\d+/.exec(key)?.[0] ?? Number.MAX_SAFE_INTEGER);

/** One row per line of the file, in file order, under `title` (a catalogue key). */
export const ImportReport = ({ errors, title }: { errors: LineErrors; title: string }) => {
  const translate = useTranslate();
  const lines = Object.entries(errors).sort(([a], [b]) => lineNumber(a) - lineNumber(b) || a.localeCompare(b));
  if (lines.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {translate(title)}
      </Typography>
      <List dense aria-label={translate(title)} sx={{ maxHeight: 320, overflowY: 'auto' }}>
        {lines.map(([line, messages]) => (
          <ListItem key={line} divider>
            <ListItemText
              primary={line.charAt(0).toUpperCase() + line.slice(1)}
              secondary={messages.join(' ')}
              slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { color: 'error' } }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};
