export { ConventionPanel } from './ConventionPanel';
export { ConventionStatusChip } from './ConventionStatusChip';
