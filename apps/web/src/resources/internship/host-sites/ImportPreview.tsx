import { Alert, Chip, List, ListItem, ListItemText } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { HostSiteImport } from '../../../api/internship';

const COLORS = { create: 'success', update: 'warning', unchanged: 'default' } as const;

/** What the import would do: the counts, then each line (created, updated with the fields it changes, unchanged). */
export const ImportPreview = ({ preview }: { preview: HostSiteImport }) => {
  const translate = useTranslate();
  const fieldLabel = (field: string) => translate(`resources.host-sites.fields.${field}`);
  return (
    <>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('app.internship.import.summary', preview)}
      </Alert>
      <List dense aria-label={translate('app.internship.import.summary', preview)} sx={{ maxHeight: 320, overflowY: 'auto' }}>
        {preview.lines.map((line) => (
          <ListItem
            key={line.line}
            divider
            secondaryAction={
              <Chip size="small" color={COLORS[line.action]} label={translate(`app.internship.import.actions.${line.action}`)} />
            }
          >
            <ListItemText
              primary={`${translate('app.internship.import.line', { line: line.line })} · ${line.name}`}
              secondary={
                line.changes.length
                  ? translate('app.internship.import.changes', { fields: line.changes.map(fieldLabel).join(', ') })
                  : undefined
              }
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};
