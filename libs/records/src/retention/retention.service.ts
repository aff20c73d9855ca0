import { Injectable, Logger } from '@nestjs/common';
import { AuditService, Db, FileStorage, School } from '@app/platform';
import { forEachLimit } from '@app/platform/async/for-each-limit';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { RuleSettingsService } from '@app/referential';
import {
  assertRetentionSettings,
  formerTraineeAccountCloseOn,
  healthAccessLogKeptFrom,
  identityDocumentPurgeOn,
  isPastRetention,
  RetentionSettings,
  trainingRecordsAnonymiseOn,
  unsuccessfulApplicationPurgeOn,
} from '../rules/retention.rules';
import { RetentionRepository } from './retention.repository';

/** Rows purged per transaction: a school's backlog (the first run on years of data) is worked through in small steps. */
export const RETENTION_BATCH = 200;
/** Files removed from storage at a time. */
const FILES_AT_ONCE = 8;

export type RetentionKind = 'identity_documents' | 'unsuccessful_applications' | 'trainee_records' | 'trainee_accounts';

/** What a run purged or anonymised, per kind, and the lines of the health data access log purged. */
export type RetentionReport = Record<RetentionKind | 'health_access_log', number>;

const REASON = 'Durée de conservation échue (RGPD)';

const emptyReport = (): RetentionReport => ({
  identity_documents: 0,
  unsuccessful_applications: 0,
  trainee_records: 0,
  trainee_accounts: 0,
  health_access_log: 0,
});

interface Due {
  kind: RetentionKind;
  ids: string[];
}

/**
 * The RGPD retention run (job `records.retention`, daily): in each school, what is past its retention period — the
 * version's periods with the school's overrides — is purged or anonymised, in batches, each with one audit entry that
 * says what and how many (ids of rows, never a name or a file). Files are removed from storage before the batch's rows
 * are marked: a run that dies between the two leaves unmarked rows whose files are gone, which the next run marks
 * (removing a missing file does nothing). Rows already marked are never read again: a second run changes nothing.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('RetentionService');

  constructor(
    private readonly db: Db,
    private readonly repository: RetentionRepository,
    private readonly settings: RuleSettingsService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  /**
   * Every school, one after the other. A school whose run fails (a period set out of bounds straight in the database,
   * a storage fault) does not hold back the others; the job then fails naming it, and BullMQ tries again.
   */
  async run(now: Date): Promise<RetentionReport> {
    const schools = await this.db.admin.find(School, { select: { id: true }, order: { id: 'ASC' } });
    const report = emptyReport();
    const failed: string[] = [];
    for (const school of schools) {
      try {
        const one = await this.runSchool(school.id, now);
        for (const kind of Object.keys(report) as (keyof RetentionReport)[]) report[kind] += one[kind];
      } catch (error) {
        failed.push(`${school.id}: ${(error as Error).message}`);
      }
    }
    this.logger.log(`retention ${parisDate(now)}: ${JSON.stringify(report)} in ${schools.length} schools`);
    if (failed.length) throw new Error(`Retention failed in ${failed.length} school(s): ${failed.join('; ')}`);
    return report;
  }

  async runSchool(schoolId: string, now: Date): Promise<RetentionReport> {
    const report = emptyReport();
    const due = await this.db.inSchool(schoolId, () => this.dueIn(parisDate(now)));
    for (const { kind, ids } of due) {
      for (let i = 0; i < ids.length; i += RETENTION_BATCH) {
        report[kind] += await this.purge(schoolId, kind, ids.slice(i, i + RETENTION_BATCH), now);
      }
    }
    report.health_access_log = await this.db.inSchool(schoolId, () => this.purgeHealthAccessLog(now));
    return report;
  }

  /** The school's lines of the health data access log older than a year, in one statement, with one audit entry. */
  private async purgeHealthAccessLog(now: Date): Promise<number> {
    const keptFrom = healthAccessLogKeptFrom(parisDate(now));
    const purged = await this.repository.purgeHealthAccessLog(parisInstant(keptFrom, '00:00'));
    if (purged > 0) {
      await this.audit.record({
        entityType: 'retention',
        entityId: 'health_access_log',
        action: 'retention.health_access_log',
        after: { count: purged, before: keptFrom },
        reason: REASON,
      });
    }
    return purged;
  }

  /** What is past its period on the Paris day `today`, decided by the rules on the facts of the school. */
  private async dueIn(today: string): Promise<Due[]> {
    const periods = new Map<string, RetentionSettings>();
    const periodsOf = async (versionId: string): Promise<RetentionSettings> => {
      let found = periods.get(versionId);
      if (!found) {
        found = await this.settings.settingsFor(versionId);
        assertRetentionSettings(found);
        periods.set(versionId, found);
      }
      return found;
    };
    const identity: string[] = [];
    for (const d of await this.repository.identityDocuments()) {
      const { identityDocumentRetentionYears } = await periodsOf(d.versionId);
      if (isPastRetention(identityDocumentPurgeOn(d.uploadedAt, d.closedAt, identityDocumentRetentionYears), today)) identity.push(d.id);
    }
    const applications: string[] = [];
    for (const a of await this.repository.unsuccessfulApplications()) {
      const { unsuccessfulApplicationRetentionMonths } = await periodsOf(a.versionId);
      if (isPastRetention(unsuccessfulApplicationPurgeOn(a.closedAt, unsuccessfulApplicationRetentionMonths), today)) {
        applications.push(a.id);
      }
    }
    const records: string[] = [];
    const accounts: string[] = [];
    for (const t of await this.repository.formerTrainees()) {
      const p = await periodsOf(t.versionId);
      if (!t.anonymised && isPastRetention(trainingRecordsAnonymiseOn(t.endedOn, p.trainingRecordsRetentionYears), today)) {
        records.push(t.id);
      }
      if (!t.accountClosed && isPastRetention(formerTraineeAccountCloseOn(t.endedOn, p.formerTraineeAccountRetentionMonths), today)) {
        accounts.push(t.id);
      }
    }
    return [
      { kind: 'identity_documents', ids: identity },
      { kind: 'unsuccessful_applications', ids: applications },
      { kind: 'trainee_accounts', ids: accounts },
      { kind: 'trainee_records', ids: records },
    ];
  }

  /** One batch: its files removed, then its rows marked with one audit entry, in the school's transaction. */
  private async purge(schoolId: string, kind: RetentionKind, ids: string[], now: Date): Promise<number> {
    const keys = await this.db.inSchool(schoolId, () => this.filesOf(kind, ids));
    await forEachLimit(keys, FILES_AT_ONCE, (key) => this.storage.delete(key));
    return this.db.inSchool(schoolId, async () => {
      const done = await this.markPurged(kind, ids, now);
      if (done > 0) {
        await this.audit.record({
          entityType: 'retention',
          entityId: kind,
          action: `retention.${kind}`,
          after: { count: done, files: keys.length, ids },
          reason: REASON,
        });
      }
      return done;
    });
  }

  private filesOf(kind: RetentionKind, ids: string[]): Promise<string[]> {
    switch (kind) {
      case 'identity_documents':
        return this.repository.documentKeys({ documentIds: ids });
      case 'unsuccessful_applications':
        return this.repository.documentKeys({ applicationIds: ids });
      case 'trainee_records':
        return this.traineeFiles(ids);
      case 'trainee_accounts':
        return Promise.resolve([]);
    }
  }

  private async traineeFiles(traineeIds: string[]): Promise<string[]> {
    const own = await this.repository.traineeFileKeys(traineeIds);
    const applicationIds: { id: string }[] = await this.db.tx.query(`SELECT id FROM applications WHERE trainee_id = ANY($1::uuid[])`, [
      traineeIds,
    ]);
    return [...own, ...(await this.repository.documentKeys({ applicationIds: applicationIds.map((a) => a.id) }))];
  }

  private async markPurged(kind: RetentionKind, ids: string[], now: Date): Promise<number> {
    switch (kind) {
      case 'identity_documents':
        return this.repository.markDocumentsPurged({ documentIds: ids }, now);
      case 'unsuccessful_applications': {
        await this.repository.markDocumentsPurged({ applicationIds: ids }, now);
        return this.repository.anonymiseApplications(ids, now);
      }
      case 'trainee_records':
        return this.repository.anonymiseTrainees(ids, now);
      case 'trainee_accounts':
        return this.repository.closeAccounts(ids, now);
    }
  }
}
