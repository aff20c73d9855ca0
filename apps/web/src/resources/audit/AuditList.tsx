import { Box, Typography } from '@mui/material';
import { DateInput, TextField, TextInput, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../api/types';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { JsonBlock } from '../../components/JsonBlock';

const filters = [
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="action" source="action" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

/** Expanded row: the change itself. */
const AuditDetails = () => {
  const translate = useTranslate();
  const event = useRecordContext<AuditEvent>();
  if (!event) return null;
  return (
    <Box sx={{ py: 1 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.audit.reason', { reason: event.reason ?? translate('app.audit.empty') })}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexDirection: { xs: 'column', md: 'row' } }}>
        <JsonBlock title="app.audit.before" value={event.before} />
        <JsonBlock title="app.audit.after" value={event.after} />
      </Box>
    </Box>
  );
};

const AuditList = () => (
  <AppList filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} rowClick="expand" expand={<AuditDetails />} actions={false}>
    <DateTimeField source="occurredAt" />
    <TextField source="actorEmail" emptyText="—" />
    <TextField source="entityType" />
    <TextField source="action" />
    <TextField source="entityId" emptyText="—" />
  </AppList>
);

export default AuditList;
