// Internships: host sites, tutors, placements, conventions, tutor evaluations.
export * from './internship.module';
export * from './host-sites/host-site.entity';
export * from './tutors/tutor.entity';
export * from './tutors/tutor-host-site.entity';
export * from './placements/placement.entity';
export * from './links/magic-link.entity';
export * from './links/magic-links.service';
export * from './conventions/convention.entity';
export * from './conventions/convention-signature.entity';
export * from './conventions/convention-template.entity';
export * from './conventions/convention-content';
export * from './evaluations/tutor-evaluation.entity';
export { TutorEvaluationResultsService, TutorEvaluationsService } from './evaluations';
export type { BlockTutorEvaluation } from './evaluations';
export * from './demo/internship-demo';
export { InternshipReminderSource } from './board/internship-reminder.source';
