import { Box, Typography } from '@mui/material';
import { DateInput, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEvent } from '../../api/types';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumField, enumChoices } from '../../components/EnumField';
import { JsonBlock } from '../../components/JsonBlock';
import { frAuditAction, frAuditEntity } from '../../i18n/fr-audit';

/** What the API records (the catalogue's keys, app.auditEntity and app.auditAction, hold their labels). */
const ENTITY_TYPES = Object.keys(frAuditEntity);
const ACTIONS = Object.entries(frAuditAction).flatMap(([entity, actions]) => Object.keys(actions).map((a) => `${entity}.${a}`));

const filters = [
  <SelectInput key="entityType" source="entityType" choices={enumChoices(ENTITY_TYPES, 'app.auditEntity')} alwaysOn />,
  <SelectInput key="action" source="action" choices={enumChoices(ACTIONS, 'app.auditAction')} alwaysOn />,
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
    <EnumField source="entityType" prefix="app.auditEntity" />
    <EnumField source="action" prefix="app.auditAction" />
    <TextField source="entityId" emptyText="—" />
  </AppList>
);

export default AuditList;
