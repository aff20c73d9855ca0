import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { LinkifiedText } from '../../components/LinkifiedText';
import { OutboxStatusField } from './fields';

const OutboxShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <TextField source="to" />
      <TextField source="subject" />
      <OutboxStatusField source="status" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="sentAt" />
      <TextField source="lastError" emptyText="—" />
      <LinkifiedText source="text" />
    </SimpleShowLayout>
  </Show>
);

export default OutboxShow;
