import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, Chip, List, ListItem, ListItemIcon, ListItemText, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Readiness } from '../../api/juries';

interface Props {
  readiness: Readiness;
  expanded: boolean;
  onToggle: () => void;
  /** Id of the checklist it opens. */
  controls: string;
}

/** « Prêt » or « 2 conditions manquantes »: the API's summary on hover, the checklist on click. */
export const ReadinessIndicator = ({ readiness, expanded, onToggle, controls }: Props) => {
  const translate = useTranslate();
  const missing = readiness.items.filter((item) => !item.ok).length;
  return (
    <Tooltip title={readiness.summary} describeChild>
      <Chip
        size="small"
        color={readiness.ready ? 'success' : 'warning'}
        variant={readiness.ready ? 'filled' : 'outlined'}
        icon={readiness.ready ? <CheckCircleIcon /> : undefined}
        onClick={onToggle}
        aria-expanded={expanded}
        aria-controls={controls}
        label={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25 }}>
            {readiness.ready
              ? translate('app.juries.readiness.ready')
              : translate('app.juries.readiness.missing', { smart_count: missing })}
            {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
          </Box>
        }
      />
    </Tooltip>
  );
};

/** The readiness checklist: each condition met or not, with the API's label and detail. */
export const ReadinessChecklist = ({ readiness, id, name }: { readiness: Readiness; id: string; name: string }) => {
  const translate = useTranslate();
  return (
    <List id={id} dense aria-label={translate('app.juries.readiness.checklist', { name })} sx={{ py: 0 }}>
      {readiness.items.map((item) => (
        <ListItem key={item.key} disableGutters sx={{ py: 0 }}>
          <ListItemIcon sx={{ minWidth: 32 }}>
            {item.ok ? (
              <CheckCircleIcon color="success" fontSize="small" titleAccess={translate('app.juries.readiness.ok')} />
            ) : (
              <CancelIcon color="error" fontSize="small" titleAccess={translate('app.juries.readiness.ko')} />
            )}
          </ListItemIcon>
          <ListItemText primary={item.label} secondary={item.detail} />
        </ListItem>
      ))}
    </List>
  );
};
