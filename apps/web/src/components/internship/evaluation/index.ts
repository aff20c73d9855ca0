export { EvaluationsPanel } from './EvaluationsPanel';
export { EvaluationFormView } from './EvaluationFormView';
export { TutorEvaluationChip } from './TutorEvaluationChip';
