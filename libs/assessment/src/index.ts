// Assessment: épreuves, exam sessions, attempts and marks, juries, retakes, certification.
export * from './assessment.module';
export * from './assessments/assessment.entity';
export * from './attempts/attempt.entity';
export * from './attempts/mark.entity';
export * from './exam-sessions/exam-session.entity';
export * from './juries/jury-decision.entity';
export * from './juries/jury-session.entity';
export * from './attempts/prior-validation.entity';
export * from './certification/certification-decision.entity';
export * from './documents/document-render.service';
export * from './documents/generated-document.entity';
export * from './demo/assessment-demo';
export { RetakeReminderSource } from './exam-sessions/retake-reminder.source';
