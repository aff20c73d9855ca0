// Enrolment (admissions): rules, candidates' applications and their documents.
export * from './enrolment.module';
export * from './applications/application.entity';
export * from './documents/application-document.entity';
export * from './rules/candidate';
export * from './rules/eligibility.rules';
export * from './rules/documents.rules';
export * from './rules/file-guard.rules';
export * from './rules/application-status.rules';
export * from './rules/positioning.rules';
export * from './rules/deadlines.rules';
export * from './applications/enrolment-files.service';
export { EnrolmentReminderSource } from './reminders/enrolment-reminder.source';
