import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';

/** Whether trainees' enrolment files are complete, for the certification readiness of other areas. */
@Injectable()
export class EnrolmentFilesService {
  constructor(private readonly db: Db) {}

  /**
   * The trainees, among `traineeIds`, whose application (the one that enrolled them) has a required document whose
   * latest version is not accepted (missing, received or rejected). Trainees added without an application have no
   * enrolment file here and are never listed. One statement.
   */
  async incomplete(traineeIds: string[]): Promise<Set<string>> {
    if (traineeIds.length === 0) return new Set();
    const rows: { trainee_id: string }[] = await this.db.tx.query(
      `SELECT a.trainee_id FROM applications a
        WHERE a.trainee_id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM unnest(a.required_documents) AS k(kind) WHERE NOT EXISTS (
                SELECT 1 FROM application_documents d WHERE d.application_id = a.id AND d.kind = k.kind AND d.status = 'accepted'
                   AND NOT EXISTS (SELECT 1 FROM application_documents n WHERE n.application_id = a.id AND n.kind = d.kind
                                     AND (n.uploaded_at, n.id) > (d.uploaded_at, d.id))))`,
      [traineeIds],
    );
    return new Set(rows.map((r) => r.trainee_id));
  }
}
