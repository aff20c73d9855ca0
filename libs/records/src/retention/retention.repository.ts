import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { ANONYMOUS } from '../rules/retention.rules';

export interface IdentityDocumentFacts {
  id: string;
  versionId: string;
  uploadedAt: Date;
  /** When its application reached a final status (enrolled, refused, withdrawn); null while it is open. */
  closedAt: Date | null;
}

export interface ClosedApplicationFacts {
  id: string;
  versionId: string;
  closedAt: Date;
}

export interface FormerTraineeFacts {
  id: string;
  accountId: string;
  versionId: string;
  /** The last day of the trainee's cohort. */
  endedOn: string;
  anonymised: boolean;
  accountClosed: boolean;
}

/** Files a purge removes from storage, read before the rows are changed. */
export interface StoredKeys {
  keys: string[];
}

const FINAL = `('enrolled', 'refused', 'withdrawn')`;

/**
 * What the retention job reads and writes in one school's transaction (row-level security applies): the facts the
 * rules decide on, in one statement per kind whatever the number of rows, then the purge of a batch of ids.
 * Reporting SQL over several areas' tables: the records area is the one place that sees a person across them.
 */
@Injectable()
export class RetentionRepository {
  constructor(private readonly db: Db) {}

  /** The rows of an UPDATE … RETURNING: TypeORM answers such a statement on PostgreSQL with [rows, affected count]. */
  private async returning<T>(sql: string, params: unknown[]): Promise<T[]> {
    const [rows] = (await this.db.tx.query(sql, params)) as [T[], number];
    return rows;
  }

  identityDocuments(): Promise<IdentityDocumentFacts[]> {
    return this.db.tx.query(
      `SELECT d.id, c.version_id AS "versionId", d.uploaded_at AS "uploadedAt",
              CASE WHEN a.status IN ${FINAL} THEN a.updated_at END AS "closedAt"
         FROM application_documents d
         JOIN applications a ON a.id = d.application_id
         JOIN cohorts c ON c.id = a.cohort_id
        WHERE d.kind = 'identity' AND d.purged_at IS NULL`,
    );
  }

  /** Files of candidates not admitted: refused or withdrawn before they became trainees, not anonymised yet. */
  unsuccessfulApplications(): Promise<ClosedApplicationFacts[]> {
    return this.db.tx.query(
      `SELECT a.id, c.version_id AS "versionId", a.updated_at AS "closedAt"
         FROM applications a JOIN cohorts c ON c.id = a.cohort_id
        WHERE a.status IN ('refused', 'withdrawn') AND a.trainee_id IS NULL AND a.anonymised_at IS NULL`,
    );
  }

  formerTrainees(): Promise<FormerTraineeFacts[]> {
    return this.db.tx.query(
      `SELECT t.id, t.account_id AS "accountId", c.version_id AS "versionId", to_char(c.end_date, 'YYYY-MM-DD') AS "endedOn",
              t.anonymised_at IS NOT NULL AS anonymised, t.account_closed_at IS NOT NULL AS "accountClosed"
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE t.anonymised_at IS NULL OR t.account_closed_at IS NULL`,
    );
  }

  /** Storage keys of the documents not purged yet among `documentIds`, or of all documents of `applicationIds`. */
  async documentKeys(where: { documentIds?: string[]; applicationIds?: string[] }): Promise<string[]> {
    const rows: { key: string }[] = await this.db.tx.query(
      `SELECT storage_key AS key FROM application_documents
        WHERE purged_at IS NULL AND (id = ANY($1::uuid[]) OR application_id = ANY($2::uuid[]))`,
      [where.documentIds ?? [], where.applicationIds ?? []],
    );
    return rows.map((r) => r.key);
  }

  /** Storage keys of a trainee's own files kept by the other areas: absence justifications, AFGSU scans, generated PDFs. */
  async traineeFileKeys(traineeIds: string[]): Promise<string[]> {
    const rows: { key: string }[] = await this.db.tx.query(
      `SELECT justification_document_key AS key FROM attendance_records
        WHERE trainee_id = ANY($1::uuid[]) AND justification_document_key IS NOT NULL
       UNION ALL
       SELECT document_key FROM afgsu_attestations WHERE trainee_id = ANY($1::uuid[]) AND document_key IS NOT NULL
       UNION ALL
       SELECT storage_key FROM generated_documents WHERE trainee_id = ANY($1::uuid[]) AND storage_key IS NOT NULL`,
      [traineeIds],
    );
    return rows.map((r) => r.key);
  }

  async markDocumentsPurged(where: { documentIds?: string[]; applicationIds?: string[] }, at: Date): Promise<number> {
    const rows = await this.returning(
      `UPDATE application_documents SET purged_at = $3, file_name = 'document-supprime'
        WHERE purged_at IS NULL AND (id = ANY($1::uuid[]) OR application_id = ANY($2::uuid[])) RETURNING id`,
      [where.documentIds ?? [], where.applicationIds ?? [], at],
    );
    return rows.length;
  }

  /** Writes anonymous values over the candidate's identity and free texts; the file's statuses and dates stay. */
  async anonymiseApplications(ids: string[], at: Date): Promise<number> {
    const rows = await this.returning(
      `UPDATE applications SET last_name = $2, first_name = $3, email = 'anonyme-' || id || '@anonyme.invalid',
              phone = NULL, employer_name = NULL, interview_notes = NULL, eligibility_override_reason = NULL,
              hired_as_assistant_on = NULL, anonymised_at = $4
        WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL RETURNING id`,
      [ids, ANONYMOUS.lastName, ANONYMOUS.firstName, at],
    );
    return rows.length;
  }

  /**
   * A former trainee's records past their period: the trainee's identity, the traces of their signatures and the
   * reasons of their absences, their own files (removed from storage by the caller), the tutors' free comments, the
   * copies of the reminders they were sent, and their application. Hours, marks, decisions, placements and the tutors'
   * levels stay, now about nobody.
   */
  async anonymiseTrainees(ids: string[], at: Date): Promise<number> {
    const rows = await this.returning(
      `UPDATE trainees SET last_name = $2, first_name = $3, email = 'anonyme-' || id || '@anonyme.invalid', phone = NULL,
              ical_token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), anonymised_at = $4
        WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL RETURNING id`,
      [ids, ANONYMOUS.lastName, ANONYMOUS.firstName, at],
    );
    await this.db.tx.query(
      `UPDATE attendance_records SET signature_ip = NULL, signature_user_agent = NULL, justification = NULL,
              justification_document_key = NULL, justification_document_type = NULL
        WHERE trainee_id = ANY($1::uuid[])`,
      [ids],
    );
    await this.db.tx.query(
      `UPDATE afgsu_attestations SET document_key = NULL, document_type = NULL, document_size = NULL, document_sha256 = NULL,
              document_name = NULL
        WHERE trainee_id = ANY($1::uuid[]) AND document_key IS NOT NULL`,
      [ids],
    );
    await this.db.tx.query(
      `UPDATE generated_documents SET storage_key = NULL, file_name = 'document-supprime.pdf' WHERE trainee_id = ANY($1::uuid[]) AND storage_key IS NOT NULL`,
      [ids],
    );
    // The tutor's levels stay (they fed the block's assessment); their free texts, which may name the trainee, go.
    await this.db.tx.query(
      `UPDATE tutor_evaluations e SET comments = '{}'::jsonb, overall_comment = NULL, reopen_reason = NULL
         FROM placements p WHERE p.id = e.placement_id AND p.trainee_id = ANY($1::uuid[])`,
      [ids],
    );
    await this.db.tx.query(
      `UPDATE notifications n SET recipient_email = 'anonyme-' || t.account_id || '@anonyme.invalid', recipient_name = $3,
              subject = $2, text = ''
         FROM trainees t WHERE t.id = ANY($1::uuid[]) AND n.recipient_account_id = t.account_id`,
      [ids, 'Message anonymisé', ANONYMOUS.lastName],
    );
    const applications: { id: string }[] = await this.db.tx.query(`SELECT id FROM applications WHERE trainee_id = ANY($1::uuid[])`, [ids]);
    if (applications.length) {
      const applicationIds = applications.map((a) => a.id);
      await this.markDocumentsPurged({ applicationIds }, at);
      await this.anonymiseApplications(applicationIds, at);
    }
    return rows.length;
  }

  /**
   * The lines of the health data access log older than `before`, in the transaction's school, through the only door
   * the append-only log has (`purge_health_access_log`, which refuses lines younger than six months).
   */
  async purgeHealthAccessLog(before: Date): Promise<number> {
    const [{ purged }] = await this.db.tx.query(`SELECT purge_health_access_log($1) AS purged`, [before]);
    return purged;
  }

  /**
   * Disables the accounts of these trainees for good: anonymous e-mail and name, no password, sessions and links gone,
   * and their health data deleted.
   */
  async closeAccounts(traineeIds: string[], at: Date): Promise<number> {
    const rows = await this.returning<{ accountId: string }>(
      `UPDATE trainees SET account_closed_at = $2 WHERE id = ANY($1::uuid[]) AND account_closed_at IS NULL
       RETURNING account_id AS "accountId"`,
      [traineeIds, at],
    );
    const accountIds = rows.map((r) => r.accountId);
    if (!accountIds.length) return 0;
    await this.db.tx.query(
      `UPDATE accounts SET status = 'disabled', email = 'anonyme-' || id || '@anonyme.invalid', full_name = $2,
              password_hash = NULL
        WHERE id = ANY($1::uuid[])`,
      [accountIds, ANONYMOUS.fullName],
    );
    // Health data (adjustments, vaccinations) serves the training only: it goes with the account.
    await this.db.tx.query(`DELETE FROM trainee_health WHERE trainee_id = ANY($1::uuid[])`, [traineeIds]);
    await this.db.tx.query(`DELETE FROM sessions WHERE account_id = ANY($1::uuid[])`, [accountIds]);
    await this.db.tx.query(`DELETE FROM account_tokens WHERE account_id = ANY($1::uuid[])`, [accountIds]);
    return accountIds.length;
  }
}
