import { EnumField } from '../../components/EnumField';

const COLORS = { pending: 'warning', sending: 'info', sent: 'success', failed: 'error' } as const;

export const OutboxStatusField = ({ source = 'status' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.outboxStatus" colors={COLORS} />
);
