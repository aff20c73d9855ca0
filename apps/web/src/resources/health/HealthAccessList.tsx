import { FunctionField, TextField, useTranslate } from 'react-admin';
import type { HealthAccess } from '../../api/health';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumField } from '../../components/EnumField';
import { frHealth } from '../../i18n/fr-health';

/** « Journal des accès aux données de santé » (direction): every read and write of a trainee's health data. */
const HealthAccessList = () => {
  const translate = useTranslate();
  return (
    <AppList sort={{ field: 'at', order: 'DESC' }} actions={false} rowClick={false}>
      <DateTimeField source="at" />
      <TextField source="traineeName" emptyText="—" />
      <TextField source="actorEmail" emptyText="—" />
      <EnumField source="actorRole" prefix="app.roles" />
      <EnumField source="action" prefix="app.health.log.action" />
      <FunctionField<HealthAccess>
        source="fields"
        sortable={false}
        render={(r) => r.fields.map((f) => translate(`app.health.log.field.${f}`, { _: f })).join(', ') || '—'}
      />
      <FunctionField<HealthAccess>
        source="context"
        sortable={false}
        render={(r) => <span title={r.context}>{frHealth.log.context[r.context as keyof typeof frHealth.log.context] ?? r.context}</span>}
      />
    </AppList>
  );
};

export default HealthAccessList;
