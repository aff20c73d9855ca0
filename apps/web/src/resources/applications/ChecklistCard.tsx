import { Card, CardContent, Chip, List, ListItem, ListItemText, Typography, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';

export const DOCUMENT_COLORS: Record<string, ChipProps['color']> = {
  missing: 'default',
  received: 'info',
  accepted: 'success',
  rejected: 'error',
};

/** The documents asked of this candidate and where each stands. */
export const ChecklistCard = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('app.admissions.checklist')}
        </Typography>
        {application.missingDocuments > 0 && (
          <Typography variant="body2" color="warning.dark">
            {translate('app.admissions.missing_documents', { smart_count: application.missingDocuments })}
          </Typography>
        )}
        <List dense>
          {application.checklist.map((item) => {
            const status = item.status ?? 'missing';
            return (
              <ListItem
                key={String(item.kind)}
                divider
                secondaryAction={<Chip size="small" label={translate(`app.candidate.state.${status}`)} color={DOCUMENT_COLORS[status]} />}
              >
                <ListItemText
                  sx={{ pr: 12 }}
                  primary={item.label}
                  secondary={
                    item.status === 'rejected' ? translate('app.candidate.rejection', { reason: item.rejectionReason ?? '' }) : item.reason
                  }
                />
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
