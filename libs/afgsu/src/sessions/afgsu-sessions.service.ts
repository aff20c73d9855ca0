import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound, ReminderEvents } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { TraineesService } from '@app/training';
import { AfgsuAttestationRecord } from '../attestations/afgsu-attestation.entity';
import { AfgsuAttestationsService } from '../attestations/afgsu-attestations.service';
import { checkEnrolment, checkSessionPlan } from '../rules/afgsu-session.rules';
import { AfgsuAttendance, AfgsuParticipant } from './afgsu-participant.entity';
import { AfgsuPlanning } from './afgsu-planning.repository';
import { AfgsuSession } from './afgsu-session.entity';
import {
  AfgsuSessionDetailResponse,
  AfgsuSessionQuery,
  AfgsuSessionResponse,
  CreateAfgsuSessionRequest,
  IssueAttestationsResponse,
} from './dto/afgsu-session.dto';

/** The AFGSU sessions the school organises with a CESU: plan, enrol trainees (capacity), attendance, attestations. */
@Injectable()
export class AfgsuSessionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly planning: AfgsuPlanning,
    private readonly trainees: TraineesService,
    private readonly attestations: AfgsuAttestationsService,
    private readonly reminders: ReminderEvents,
  ) {}

  async list(q: AfgsuSessionQuery): Promise<[AfgsuSessionResponse[], number]> {
    const qb = this.db.tx
      .createQueryBuilder(AfgsuSession, 's')
      .orderBy('s.starts_on', q.when === 'past' ? 'DESC' : 'ASC')
      .addOrderBy('s.id');
    const today = parisDate(new Date());
    if (q.when === 'upcoming') qb.where('s.ends_on >= :today', { today });
    if (q.when === 'past') qb.where('s.ends_on < :today', { today });
    const [sessions, total] = await qb.skip(q.skip).take(q.pageSize).getManyAndCount();
    const counts = await this.counts(sessions.map((s) => s.id));
    return [sessions.map((s) => response(s, counts.get(s.id) ?? 0)), total];
  }

  private async counts(ids: string[]): Promise<Map<string, number>> {
    const rows: { session_id: string; n: number }[] = await this.db.tx.query(
      `SELECT session_id, count(*)::int AS n FROM afgsu_participants WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.session_id, r.n]));
  }

  async create(input: CreateAfgsuSessionRequest): Promise<AfgsuSessionDetailResponse> {
    const check = checkSessionPlan(input);
    if (!check.ok) {
      throw new AppError(400, check.errors[0].code, check.errors.map((e) => e.message).join(' '), groupErrors(check.errors));
    }
    const days = [...input.days].sort((a, b) => `${a.date}${a.startTime}`.localeCompare(`${b.date}${b.startTime}`));
    const session = await this.db.tx.save(
      this.db.tx.create(AfgsuSession, {
        schoolId: this.db.schoolId!,
        kind: input.kind,
        cesuName: input.cesuName,
        trainerName: input.trainerName ?? null,
        place: input.place ?? null,
        capacity: input.capacity,
        days,
        startsOn: days[0].date,
        endsOn: days[days.length - 1].date,
      }),
    );
    await this.audit.record({ entityType: 'afgsu_session', entityId: session.id, action: 'afgsu.session_created', after: { ...input } });
    return this.get(session.id);
  }

  async get(id: string): Promise<AfgsuSessionDetailResponse> {
    const session = await this.planning.session(id);
    const rows: {
      trainee_id: string;
      last_name: string;
      first_name: string;
      cohort_name: string;
      attendance: AfgsuAttendance;
      attested: boolean;
    }[] = await this.db.tx.query(
      `SELECT p.trainee_id, t.last_name, t.first_name, c.name AS cohort_name, p.attendance,
                EXISTS (SELECT 1 FROM afgsu_attestations a WHERE a.session_id = p.session_id AND a.trainee_id = p.trainee_id) AS attested
           FROM afgsu_participants p JOIN trainees t ON t.id = p.trainee_id JOIN cohorts c ON c.id = t.cohort_id
          WHERE p.session_id = $1 ORDER BY t.last_name, t.first_name, t.id`,
      [id],
    );
    return {
      ...response(session, rows.length),
      participants: rows.map((r) => ({
        traineeId: r.trainee_id,
        lastName: r.last_name,
        firstName: r.first_name,
        cohortName: r.cohort_name,
        attendance: r.attendance,
        attested: r.attested,
      })),
    };
  }

  /** Enrols a trainee of the school: refused when already enrolled or when the session is full (concurrent requests too). */
  async enrol(id: string, traineeId: string): Promise<{ session: AfgsuSessionDetailResponse; warnings: string[] }> {
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`afgsu-session:${id}`]);
    const session = await this.planning.session(id);
    await this.trainees.get(traineeId);
    const enrolled = await this.db.tx.countBy(AfgsuParticipant, { sessionId: id });
    const already = await this.db.tx.existsBy(AfgsuParticipant, { sessionId: id, traineeId });
    const check = checkEnrolment(session, enrolled, already);
    if (!check.ok) throw new AppError(409, check.code, check.message);
    await this.db.tx.insert(AfgsuParticipant, { schoolId: session.schoolId, sessionId: id, traineeId });
    await this.audit.record({ entityType: 'afgsu_session', entityId: id, action: 'afgsu.participant_enrolled', after: { traineeId } });
    await this.reminders.changed();
    return { session: await this.get(id), warnings: check.warnings };
  }

  async remove(id: string, traineeId: string): Promise<AfgsuSessionDetailResponse> {
    await this.planning.session(id);
    const { affected } = await this.db.tx.delete(AfgsuParticipant, { sessionId: id, traineeId });
    if (!affected) throw notFound('Participant');
    await this.audit.record({ entityType: 'afgsu_session', entityId: id, action: 'afgsu.participant_removed', before: { traineeId } });
    return this.get(id);
  }

  async setAttendance(id: string, traineeId: string, attendance: AfgsuAttendance): Promise<AfgsuSessionDetailResponse> {
    const session = await this.planning.session(id);
    if (attendance !== 'enrolled' && session.startsOn > parisDate(new Date())) {
      throw new AppError(409, 'AFGSU_SESSION_NOT_STARTED', 'La présence se note à partir du premier jour de la session.');
    }
    const participant = await this.db.tx.findOneBy(AfgsuParticipant, { sessionId: id, traineeId });
    if (!participant) throw notFound('Participant');
    await this.db.tx.update(AfgsuParticipant, { id: participant.id }, { attendance });
    await this.audit.record({
      entityType: 'afgsu_session',
      entityId: id,
      action: 'afgsu.attendance_recorded',
      before: { traineeId, attendance: participant.attendance },
      after: { traineeId, attendance },
    });
    return this.get(id);
  }

  /**
   * Records the CESU's attestations for every participant marked present who has none from this session yet: the full
   * course gives a new attestation, a refresher extends the one in force (and is refused, with the reason, after it
   * expired). Nothing is recorded for a participant whose attestation is refused; the others are.
   */
  async issueAttestations(id: string, issuedOn: string, level: 1 | 2): Promise<IssueAttestationsResponse> {
    const session = await this.planning.session(id);
    if (issuedOn < session.endsOn) {
      throw new AppError(
        400,
        'AFGSU_ISSUED_BEFORE_END',
        'Les attestations sont délivrées à la fin de la session, pas avant son dernier jour.',
        {
          issuedOn: ['avant la fin de la session'],
        },
      );
    }
    const present = await this.db.tx.findBy(AfgsuParticipant, { sessionId: id, attendance: 'present' });
    const done = new Set((await this.db.tx.findBy(AfgsuAttestationRecord, { sessionId: id })).map((a) => a.traineeId));
    const detail = await this.get(id);
    const names = new Map(detail.participants.map((p) => [p.traineeId, `${p.firstName} ${p.lastName}`]));
    let recorded = 0;
    const refused: string[] = [];
    for (const p of present.filter((x) => !done.has(x.traineeId))) {
      try {
        if (session.kind === 'initial') {
          await this.attestations.record(p.traineeId, { level, kind: 'initial', issuingCentre: session.cesuName, issuedOn, sessionId: id });
        } else {
          await this.attestations.refresher(p.traineeId, { refresherOn: issuedOn, issuingCentre: session.cesuName, sessionId: id });
        }
        recorded += 1;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        refused.push(`${names.get(p.traineeId)} : ${(err.getResponse() as { message: string }).message}`);
      }
    }
    return { recorded, refused, session: await this.get(id) };
  }
}

function response(s: AfgsuSession, participantCount: number): AfgsuSessionResponse {
  const { warnings } = checkSessionPlan({ kind: s.kind, days: s.days, capacity: s.capacity });
  return {
    id: s.id,
    kind: s.kind,
    cesuName: s.cesuName,
    trainerName: s.trainerName,
    place: s.place,
    capacity: s.capacity,
    days: s.days,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    participantCount,
    warnings,
  };
}

function groupErrors(errors: { field: string; message: string }[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const e of errors) grouped[e.field] = [...(grouped[e.field] ?? []), e.message];
  return grouped;
}
