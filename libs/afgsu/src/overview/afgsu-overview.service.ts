import { Injectable } from '@nestjs/common';
import { AppError, Db } from '@app/platform';
import { daysBetween } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { RuleSettings, RuleSettingsService } from '@app/referential';
import { AfgsuAttestationRecord } from '../attestations/afgsu-attestation.entity';
import { toRule } from '../attestations/afgsu-attestations.service';
import { AfgsuAttestation } from '../rules/afgsu-attestation';
import { afgsuReminderDueDates } from '../rules/afgsu-reminders.rules';
import { AfgsuStatusCode, afgsuStatus } from '../rules/afgsu-status.rules';
import { AfgsuPlanning } from '../sessions/afgsu-planning.repository';
import { AfgsuOverviewQuery, AfgsuOverviewResponse, AfgsuOverviewRow, AfgsuReminderResponse } from './dto/afgsu-overview.dto';

interface TraineeRow {
  id: string;
  last_name: string;
  first_name: string;
  cohort_id: string;
  cohort_name: string;
  version_id: string;
}

/** Reminders looked ahead at most this many days at once. */
const MAX_REMINDER_SPAN_DAYS = 366;

/**
 * The school's AFGSU picture: every active trainee's status on a day (who is missing, expiring, expired), and the
 * reminders due in a period. Three statements whatever the number of trainees (trainees, attestations, sessions);
 * the status itself comes from the rules.
 */
@Injectable()
export class AfgsuOverviewService {
  constructor(
    private readonly db: Db,
    private readonly settings: RuleSettingsService,
    private readonly planning: AfgsuPlanning,
  ) {}

  private async load(cohortId: string | undefined, today: string) {
    const trainees: TraineeRow[] = await this.db.tx.query(
      `SELECT t.id, t.last_name, t.first_name, t.cohort_id, c.name AS cohort_name, c.version_id
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE t.status = 'active' AND ($1::uuid IS NULL OR t.cohort_id = $1::uuid)
        ORDER BY t.last_name, t.first_name, t.id`,
      [cohortId ?? null],
    );
    const ids = trainees.map((t) => t.id);
    const records = ids.length
      ? await this.db.tx.createQueryBuilder(AfgsuAttestationRecord, 'a').where('a.trainee_id = ANY(:ids)', { ids }).getMany()
      : [];
    const attestations = new Map<string, AfgsuAttestation[]>();
    for (const r of records) attestations.set(r.traineeId, [...(attestations.get(r.traineeId) ?? []), toRule(r)]);
    const planned = await this.planning.plannedSessions(ids, today);
    const rules = new Map<string, RuleSettings>();
    for (const versionId of new Set(trainees.map((t) => t.version_id))) rules.set(versionId, await this.settings.settingsFor(versionId));
    return { trainees, attestations, planned, rules };
  }

  async overview(q: AfgsuOverviewQuery, today: string = parisDate(new Date())): Promise<AfgsuOverviewResponse> {
    const { trainees, attestations, planned, rules } = await this.load(q.cohortId, today);
    const rows: AfgsuOverviewRow[] = trainees.map((t) => {
      const s = afgsuStatus(attestations.get(t.id) ?? [], planned.get(t.id) ?? [], today, rules.get(t.version_id)!);
      return {
        traineeId: t.id,
        lastName: t.last_name,
        firstName: t.first_name,
        cohortId: t.cohort_id,
        cohortName: t.cohort_name,
        status: s.status,
        label: s.label,
        expiresOn: s.expiresOn,
        daysLeft: s.daysLeft,
        plannedOn: s.plannedOn,
        explanation: s.explanation,
      };
    });
    const counts: Record<AfgsuStatusCode, number> = { missing: 0, planned: 0, valid: 0, expiring_soon: 0, expired: 0 };
    for (const r of rows) counts[r.status] += 1;
    const filtered = q.status ? rows.filter((r) => r.status === q.status) : rows;
    return { items: filtered.slice(q.skip, q.skip + q.pageSize), total: filtered.length, page: q.page, pageSize: q.pageSize, counts };
  }

  /**
   * The AFGSU reminders due from `from` to `to` (both included) for the school's active trainees: expiring in 90 and
   * 30 days, expired, session tomorrow; the reminder engine sends each key once.
   */
  async reminders(from: string, to: string): Promise<AfgsuReminderResponse[]> {
    const span = daysBetween(from, to);
    if (span < 0 || span > MAX_REMINDER_SPAN_DAYS) {
      throw new AppError(
        400,
        'INVALID_PERIOD',
        `La période doit aller d’une date à une date postérieure, sur ${MAX_REMINDER_SPAN_DAYS} jours au plus.`,
      );
    }
    const { trainees, attestations, planned, rules } = await this.load(undefined, from);
    return trainees
      .flatMap((t) =>
        afgsuReminderDueDates(attestations.get(t.id) ?? [], planned.get(t.id) ?? [], rules.get(t.version_id)!)
          .filter((r) => r.dueOn >= from && r.dueOn <= to)
          .map((r) => ({
            kind: r.kind,
            dueOn: r.dueOn,
            thresholdDays: r.thresholdDays ?? null,
            key: r.key,
            traineeId: t.id,
            traineeName: `${t.first_name} ${t.last_name}`,
          })),
      )
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key));
  }
}
