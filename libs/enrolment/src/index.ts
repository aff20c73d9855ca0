// Enrolment (admissions): the rules come first; the application files, their API and screens follow (issue 4).
export * from './rules/candidate';
export * from './rules/eligibility.rules';
export * from './rules/documents.rules';
export * from './rules/file-guard.rules';
export * from './rules/application-status.rules';
export * from './rules/positioning.rules';
export * from './rules/deadlines.rules';
