// Records and personal data (RGPD): the data export and the retention run.
export * from './records.module';
export * from './retention/retention.service';
export * from './rules/retention.rules';
