import { afgsuValidOn } from '@app/afgsu/rules/afgsu.rules';
import { AfgsuAttestation } from '@app/afgsu/rules/afgsu-attestation';
import { BlockOutcome, JuryDecision } from '@app/assessment/rules/assessment';
import { certificationReadiness, ReadinessItem } from '@app/assessment/rules/readiness.rules';
import { STAFF, staffId } from './platform.scale';
import { competencyBlocks, ScaleContext } from './scale-context';
import { parisAt } from './scale-sql';

interface Candidate {
  n: number;
  variant: number;
  fileIncomplete: boolean;
  juryCohort: number;
  juryDate: string;
  decisions: JuryDecision[];
  attestations: AfgsuAttestation[];
  attendedMinutes: number;
  evaluations: { required: number; submitted: number } | null;
}

/**
 * The CQP awarded by the jury that validated a trainee's last block, when the readiness checklist is complete on its
 * date. The checklist is the assessment's own rule (certificationReadiness) on the trainee's facts as the jury page reads
 * them: decisions in force, AFGSU on the jury date, attended hours against the required ones (the referential minus the
 * plan's exemptions), tutor evaluations submitted, enrolment file complete. Its items are kept with the decision.
 */
export async function seedCertifications(ctx: ScaleContext): Promise<void> {
  const { sql, keys, referential } = ctx;
  const candidates = await loadCandidates(ctx);
  const blocks = competencyBlocks(referential);
  const decided: { n: number; juryCohort: number; juryDate: string; items: ReadinessItem[] }[] = [];
  for (const c of candidates) {
    const exemptions = ctx.variants[c.variant].exemptions;
    const requiredMinutes = referential.blocks.reduce(
      (sum, b) => sum + Math.max(0, b.plannedMinutes - exemptions.filter((e) => e.blockId === b.id).reduce((s, e) => s + e.minutes, 0)),
      0,
    );
    const afgsu = afgsuValidOn(c.attestations, c.juryDate);
    const readiness = certificationReadiness({
      blockCodes: blocks.map((b) => b.code),
      juryDate: c.juryDate,
      decisions: c.decisions,
      priorValidations: [],
      blockValidityYears: referential.settings.blockValidityYears,
      afgsu: { afgsuValid: afgsu.valid, reason: afgsu.reason },
      hours: { attendedMinutes: c.attendedMinutes, requiredMinutes, allowedAbsencePercent: referential.settings.absenceThresholdPercent },
      tutorEvaluations: c.evaluations,
      fileComplete: !c.fileIncomplete,
    });
    if (readiness.ready) decided.push({ n: c.n, juryCohort: c.juryCohort, juryDate: c.juryDate, items: readiness.items });
  }
  await sql(
    `INSERT INTO certification_decisions (id, school_id, trainee_id, jury_session_id, decided_on, readiness, decided_by, decided_at)
     SELECT ${keys.id('certification', 'd.n')}, t.school_id, t.id, ${keys.id('jury-session', 'd.c')}, d.day, d.readiness,
            ${staffId(ctx, 't.s', STAFF.admin)}, ${parisAt('d.day', '17:00')}
       FROM unnest($1::int[], $2::int[], $3::date[], $4::jsonb[]) AS d(n, c, day, readiness)
       JOIN scale_trainee t ON t.n = d.n
      ORDER BY d.n`,
    [
      decided.map((d) => d.n),
      decided.map((d) => d.juryCohort),
      decided.map((d) => d.juryDate),
      decided.map((d) => JSON.stringify(d.items)),
    ],
  );
}

/**
 * Trainees whose four blocks are validated by the decisions in force (the latest attempt's), with the facts of their
 * checklist, read in a few set-based statements.
 */
async function loadCandidates(ctx: ScaleContext): Promise<Candidate[]> {
  const { sql } = ctx;
  const blocks = competencyBlocks(ctx.referential);
  await sql(
    `CREATE TEMP TABLE scale_certifiable ON COMMIT DROP AS
     SELECT a.n, t.id AS trainee_id, t.variant, t.file_incomplete, (array_agg(a.ec ORDER BY a.jury_date DESC, a.ec DESC))[1] AS jury_cohort,
            max(a.jury_date) AS jury_date
       FROM scale_attempt a JOIN scale_trainee t ON t.n = a.n
      WHERE a.outcome IS NOT NULL AND NOT EXISTS (SELECT 1 FROM scale_attempt later WHERE later.n = a.n AND later.bp = a.bp AND later.number > a.number)
      GROUP BY a.n, t.id, t.variant, t.file_incomplete
     HAVING count(*) FILTER (WHERE a.outcome = 'validated') = ${blocks.length}`,
  );
  const rows = await sql(
    `WITH evaluations AS (
       SELECT p.trainee_id, count(*)::int AS required,
              count(*) FILTER (WHERE v.submitted_at IS NOT NULL AND (v.reopened_at IS NULL OR v.submitted_at > v.reopened_at))::int AS submitted
         FROM placements p JOIN scale_certifiable c ON c.trainee_id = p.trainee_id JOIN tutor_evaluations v ON v.placement_id = p.id
        GROUP BY p.trainee_id)
     SELECT c.n, c.variant, c.file_incomplete, c.jury_cohort, to_char(c.jury_date, 'YYYY-MM-DD') AS jury_date,
            coalesce(h.attended, 0)::int AS attended, e.required, e.submitted
       FROM scale_certifiable c LEFT JOIN scale_hours h ON h.trainee_id = c.trainee_id LEFT JOIN evaluations e ON e.trainee_id = c.trainee_id
      ORDER BY c.n`,
  );
  const decisions = await sql(
    `SELECT a.n, ${ctx.keys.id('jury-decision', 'a.key')} AS id, a.bp, a.number, a.outcome, to_char(a.jury_date, 'YYYY-MM-DD') AS decided_on
       FROM scale_attempt a JOIN scale_certifiable c ON c.n = a.n
      WHERE a.outcome IS NOT NULL ORDER BY a.n, a.bp, a.number`,
  );
  const attestations = await sql(
    `SELECT c.n, x.id, x.level, x.kind, to_char(x.issued_on, 'YYYY-MM-DD') AS issued_on, to_char(x.expires_on, 'YYYY-MM-DD') AS expires_on,
            x.verified
       FROM scale_certifiable c JOIN afgsu_attestations x ON x.trainee_id = c.trainee_id ORDER BY c.n, x.id`,
  );
  const byN = new Map<number, Candidate>();
  for (const r of rows) {
    byN.set(r.n as number, {
      n: r.n as number,
      variant: r.variant as number,
      fileIncomplete: r.file_incomplete as boolean,
      juryCohort: r.jury_cohort as number,
      juryDate: r.jury_date as string,
      decisions: [],
      attestations: [],
      attendedMinutes: r.attended as number,
      evaluations: r.required ? { required: r.required as number, submitted: r.submitted as number } : null,
    });
  }
  decisions.forEach((d, sequence) => {
    byN.get(d.n as number)!.decisions.push({
      id: d.id as string,
      blockCode: blocks[d.bp as number].code,
      attemptNumber: d.number as number,
      proposal: null,
      outcome: d.outcome as BlockOutcome,
      comment: null,
      supersedesId: null,
      correctionReason: null,
      decidedOn: d.decided_on as string,
      sequence,
    });
  });
  for (const a of attestations) {
    byN.get(a.n as number)!.attestations.push({
      id: a.id as string,
      level: a.level as 1 | 2,
      kind: a.kind as AfgsuAttestation['kind'],
      issuedOn: a.issued_on as string,
      expiresOn: a.expires_on as string,
      verified: a.verified as boolean,
    });
  }
  return [...byN.values()];
}
