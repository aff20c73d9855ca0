// AFGSU 1: sessions, attestations, validity, refreshers, the certification gate, reminder due dates.
export * from './afgsu.module';
export * from './attestations/afgsu-attestation.entity';
export * from './attestations/afgsu-attestations.service';
export * from './overview/afgsu-overview.service';
export * from './rules/afgsu.rules';
export * from './rules/afgsu-reminders.rules';
export * from './rules/afgsu-session.rules';
export * from './demo/afgsu-demo';
export { AfgsuReminderSource } from './overview/afgsu-reminder.source';
