import { SearchInput, TextField, useTranslate } from 'react-admin';
import { AppList } from '../../components/AppList';
import { DateTimeField } from '../../components/DateTimeField';
import { OutboxStatusField } from './fields';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const OutboxList = () => {
  const translate = useTranslate();
  return (
    <AppList
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      actions={false}
      mobile={{
        primary: (r) => r.subject,
        secondary: (r) => r.to,
        tertiary: (r) => translate(`app.outboxStatus.${r.status}`),
      }}
    >
      <TextField source="to" />
      <TextField source="subject" />
      <OutboxStatusField source="status" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="sentAt" />
    </AppList>
  );
};

export default OutboxList;
