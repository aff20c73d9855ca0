import { DOCUMENT_KINDS, DocumentKind } from '@app/enrolment/rules/documents.rules';
import { archetypeLookup } from './candidate-profiles';
import { STAFF, staffId } from './platform.scale';
import { ScaleContext } from './scale-context';
import { emailPart, FIRST_NAMES, INTERVIEW_NOTES, LAST_NAMES } from './scale-names';
import { createWorkTable, dateLiteral, parisAt } from './scale-sql';

/** The file name a candidate gives each kind of document (without extension). */
const FILE_NAMES: Record<DocumentKind, string> = {
  cv: 'CV',
  cover_letter: 'Lettre de motivation',
  diploma: 'Diplôme',
  experience_proof: 'Attestations employeur',
  identity: 'Carte identité',
  employment_contract: 'Contrat de travail',
  afgsu: 'Attestation AFGSU',
  funding: 'Accord de financement',
};

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Applications of candidates who did not enter training are numbered from here (ids, references, documents). */
const CANDIDATES_FROM = 2 ** 36;

/**
 * Applications and their documents (metadata only: no file in storage). Every trainee entered through an application
 * (status « enrolled »: file complete, interview favourable; 1 in 20 had a diploma copy refused then replaced; the 1 %
 * whose file stays incomplete have their diploma copy still unreviewed). Each intake also had about 10 other candidates:
 * refused or withdrawn for intakes already started, at every step of the workflow for the coming ones. Required
 * documents come from the admission rules of the candidate's variant; candidates who are not eligible are refused after
 * the file review.
 */
export async function seedEnrolment(ctx: ScaleContext): Promise<void> {
  await createApplications(ctx);
  await insertApplications(ctx);
  await insertDocuments(ctx);
}

/** Work table scale_application: the applications of trainees then those of the other candidates, with their timeline. */
async function createApplications(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const today = dateLiteral(options.today);
  const h = (kind: string, n: number) => keys.pick(kind, 'seq', n);
  await createWorkTable(
    sql,
    'scale_application',
    `WITH enrolled AS (
       SELECT t.n AS seq, t.n AS ref, t.s, t.c, t.school_id, t.cohort_id, t.start_date, t.id AS trainee_id, 'enrolled' AS status, t.variant,
              t.first_name, t.last_name, t.email, t.prior_level, t.start_date - t.prior_days AS prior_issued, t.file_incomplete,
              t.enrolled_on, 'favourable' AS outcome
         FROM scale_trainee t),
     candidates AS (
       SELECT ${CANDIDATES_FROM} + c.c * 64 + e AS seq, 16777216 + c.c * 64 + e AS ref, c.s, c.c, c.school_id, c.id AS cohort_id, c.start_date,
              e, 2 * ($1::int[])[1 + ${keys.pick('candidate-archetype', 'c.c * 64 + e', 100)}] AS variant,
              ($2::text[])[1 + ${keys.pick('candidate-first', 'c.c * 64 + e', FIRST_NAMES.length)}] AS first_name,
              ($3::text[])[1 + ${keys.pick('candidate-last', 'c.c * 64 + e', LAST_NAMES.length)}] AS last_name,
              ${keys.pick('candidate-status', 'c.c * 64 + e', 100)} AS roll
         FROM scale_cohort c
        CROSS JOIN LATERAL generate_series(0, round(c.size * (0.35 + 0.3 * ${keys.unit('candidates', 'c.c')}))::int - 1) e),
     judged AS (
       SELECT x.*, ($4::bool[])[1 + x.variant] AS eligible,
              CASE WHEN x.start_date <= ${today} THEN CASE WHEN x.roll < 55 THEN 'refused' ELSE 'withdrawn' END
                   WHEN x.roll < 10 THEN 'draft' WHEN x.roll < 22 THEN 'submitted' WHEN x.roll < 30 THEN 'incomplete'
                   WHEN x.roll < 40 THEN 'complete' WHEN x.roll < 52 THEN 'interview_scheduled' WHEN x.roll < 62 THEN 'interviewed'
                   WHEN x.roll < 70 THEN 'admitted' WHEN x.roll < 80 THEN 'waiting_list' WHEN x.roll < 90 THEN 'refused'
                   ELSE 'withdrawn' END AS wanted
         FROM candidates x)
     SELECT seq, ref, s, c, school_id, cohort_id, start_date, trainee_id, status, variant, first_name, last_name, email, prior_level,
            prior_issued, file_incomplete, outcome, enrolled_on - 7 - ${h('interview-day', 5)} AS interview_on, NULL::int AS roll
       FROM enrolled
     UNION ALL
     SELECT seq, ref, s, c, school_id, cohort_id, start_date, NULL, status, variant, first_name, last_name,
            ($5::text[])[1 + ${keys.pick('candidate-first', 'c * 64 + e', FIRST_NAMES.length)}] || '.' ||
              ($6::text[])[1 + ${keys.pick('candidate-last', 'c * 64 + e', LAST_NAMES.length)}] || '.c' || (c * 64 + e + 1) || '@' || $7,
            NULL, NULL, false,
            CASE WHEN status IN ('interviewed', 'admitted') AND roll % 2 = 0 OR status = 'admitted' THEN 'favourable'
                 WHEN status IN ('interviewed', 'waiting_list') THEN 'reserved'
                 WHEN status = 'refused' AND eligible THEN 'unfavourable' END,
            CASE WHEN status = 'interview_scheduled' THEN ${today} + 2 + ${h('interview-day', 18)}
                 ELSE least(start_date - 25, ${today} - 3) - ${h('interview-day', 5)} END,
            roll
       FROM (SELECT j.*, CASE WHEN NOT eligible AND wanted IN ('interview_scheduled', 'interviewed', 'admitted', 'waiting_list') THEN 'refused'
                             ELSE wanted END AS status
               FROM judged j) k
      ORDER BY seq`,
    [
      archetypeLookup((a) => a.candidateWeight),
      FIRST_NAMES,
      LAST_NAMES,
      ctx.variants.map((v) => v.eligible),
      FIRST_NAMES.map(emailPart),
      LAST_NAMES.map(emailPart),
      ctx.mailDomain,
    ],
  );
  // Timeline, backwards from the interview (planned or held): file submitted 10 to 19 days before, created 2 to 9 days
  // before that; the documents are reviewed the day after submission.
  await sql(`ALTER TABLE scale_application ADD COLUMN submitted_on date, ADD COLUMN created_on date, ADD COLUMN interviewed boolean`);
  await sql(
    `UPDATE scale_application
        SET submitted_on = least(interview_on, ${today} - 3) - 10 - ${h('submitted-day', 10)},
            interviewed = outcome IS NOT NULL`,
  );
  await sql(`UPDATE scale_application SET created_on = submitted_on - 2 - ${h('created-day', 8)}`);
}

async function insertApplications(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const variants = ctx.variants;
  const seedHead = keys.pickTs('reference-head', 0, 2 ** 20);
  const a = 1 + 2 * keys.pickTs('reference-a', 0, 2 ** 24);
  const b = keys.pickTs('reference-b', 0, 2 ** 25);
  const chars = (value: string, count: number) =>
    Array.from({ length: count }, (_, i) => `substr($1, 1 + ((${value}) >> ${5 * (count - 1 - i)} & 31)::int, 1)`).join(' || ');
  const head = Array.from({ length: 4 }, (_, i) => REFERENCE_ALPHABET[(seedHead >> (5 * (3 - i))) & 31]).join('');
  const submitted = parisAt('submitted_on', '18:30');
  await sql(
    `INSERT INTO applications (id, school_id, cohort_id, reference, status, last_name, first_name, email, phone, situation, diplomas,
                               secretary_experience_years, hired_as_assistant_on, employer_name, funding_path, vae, access_token_hash,
                               email_confirmed_at, submitted_at, created_at, updated_at, interview_at, interviewer_id, interview_outcome,
                               interview_notes, trainee_id, afgsu_level, afgsu_issued_on, required_documents)
     SELECT ${keys.id('application', 'seq')}, school_id, cohort_id,
            'C-${head}' || ${chars(`(${a}::int8 * ref + ${b}) % 33554432`, 5)}, status, last_name, first_name, email,
            '07 ' || to_char(10000000 + ref % 90000000, 'FM00 00 00 00'), ($2::text[])[1 + variant], string_to_array(($3::text[])[1 + variant], ','),
            ($4::numeric[])[1 + variant], start_date - ($5::int[])[1 + variant], ($6::text[])[1 + variant], ($7::text[])[1 + variant], false,
            encode(sha256(convert_to($8 || ':application-link:' || seq, 'UTF8')), 'hex'),
            CASE WHEN status <> 'draft' OR roll % 3 > 0 THEN ${parisAt('created_on', '10:20')} END,
            CASE WHEN status <> 'draft' THEN ${submitted} END, ${parisAt('created_on', '10:00')},
            CASE WHEN status = 'enrolled' THEN ${parisAt('interview_on + 7', '11:00')}
                 WHEN interviewed THEN ${parisAt('interview_on', '17:00')} ELSE ${submitted} + interval '1 day' END,
            CASE WHEN interviewed OR status = 'interview_scheduled' THEN ${parisAt('interview_on', '09:00')} + (seq % 8) * interval '45 minutes' END,
            CASE WHEN interviewed OR status = 'interview_scheduled' THEN ${staffId(ctx, 's', STAFF.pedagogy)} END, outcome,
            CASE WHEN interviewed THEN ($9::text[])[1 + ${keys.pick('interview-notes', 'seq', INTERVIEW_NOTES.length)}] END,
            trainee_id, prior_level, prior_issued, string_to_array(($10::text[])[1 + variant], ',')
       FROM scale_application ORDER BY seq`,
    [
      REFERENCE_ALPHABET,
      variants.map((v) => v.archetype.profile.situation),
      variants.map((v) => v.archetype.profile.diplomas.join(',')),
      variants.map((v) => v.archetype.profile.secretaryExperienceYears),
      variants.map((v) => v.archetype.hiredDaysBefore),
      variants.map((v) => v.archetype.employerName),
      variants.map((v) => v.archetype.fundingPath),
      String(options.seed),
      INTERVIEW_NOTES,
      variants.map((v) => v.requiredDocuments.join(',')),
    ],
  );
}

/**
 * One document per required kind, reviewed by the secretariat the day after submission: received only for a draft (the
 * first half of them), a file just submitted or withdrawn; the last one refused for an incomplete file; accepted for
 * every file that went further.
 */
async function insertDocuments(ctx: ScaleContext): Promise<void> {
  const { sql, keys, options } = ctx;
  const docKey = `a.seq * 16 + k.ord`;
  const reviewer = staffId(ctx, 'a.s', STAFF.secretariat);
  const reviewed = parisAt('a.submitted_on + 1', '14:00');
  const ext = keys.pick('document-type', docKey, 10);
  const type = `CASE WHEN k.kind IN ('cv', 'cover_letter') AND ${ext} < 3 THEN 'docx' WHEN ${ext} < 2 THEN 'jpg' ELSE 'pdf' END`;
  const columns = `id, school_id, application_id, kind, status, storage_key, content_type, size, sha256, file_name, rejection_reason,
                   uploaded_at, reviewed_by, reviewed_at`;
  const common = (idSql: string, status: string, reason: string, uploaded: string) =>
    `${idSql}, a.school_id, a.id, k.kind, ${status}, 'applications/' || a.school_id || '/' || ${idSql},
     CASE f.type WHEN 'docx' THEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
                 WHEN 'jpg' THEN 'image/jpeg' ELSE 'application/pdf' END,
     30000 + ${keys.pick('document-size', docKey, 2_000_000)}, encode(sha256(convert_to($2 || ':document:' || ${idSql}, 'UTF8')), 'hex'),
     ($1::text[])[array_position($3::text[], k.kind)] || '.' || f.type, ${reason}, ${uploaded},
     CASE WHEN ${status} <> 'received' THEN ${reviewer} END, CASE WHEN ${status} <> 'received' THEN ${reviewed} END`;
  const from = `FROM (SELECT sa.*, ${keys.id('application', 'sa.seq')} AS id,
                       string_to_array(($4::text[])[1 + sa.variant], ',') AS kinds FROM scale_application sa) a
                CROSS JOIN LATERAL unnest(a.kinds) WITH ORDINALITY AS k(kind, ord)
                CROSS JOIN LATERAL (SELECT ${type} AS type) f`;
  const status = `CASE WHEN a.status = 'draft' THEN CASE WHEN k.ord * 2 <= cardinality(a.kinds) + 1 THEN 'received' END
                       WHEN a.status IN ('submitted', 'withdrawn') THEN 'received'
                       WHEN a.status = 'incomplete' AND k.ord = cardinality(a.kinds) THEN 'rejected'
                       WHEN a.file_incomplete AND k.kind = 'diploma' THEN 'received'
                       ELSE 'accepted' END`;
  const params = [
    DOCUMENT_KINDS.map((k) => FILE_NAMES[k]),
    String(options.seed),
    DOCUMENT_KINDS,
    ctx.variants.map((v) => v.requiredDocuments.join(',')),
  ];
  await sql(
    `INSERT INTO application_documents (${columns})
     SELECT ${common(keys.id('application-document', docKey), 's.status', `CASE WHEN s.status = 'rejected' THEN 'Document illisible : merci d’en envoyer une copie nette.' END`, parisAt('a.created_on', '10:00') + " + k.ord * interval '7 minutes'")}
     ${from} CROSS JOIN LATERAL (SELECT ${status} AS status) s
      WHERE s.status IS NOT NULL ORDER BY a.seq, k.ord`,
    params,
  );
  // 1 in 20 trainees first sent an unreadable diploma copy, refused, then replaced before the file was complete.
  await sql(
    `INSERT INTO application_documents (${columns})
     SELECT ${common(keys.id('application-document', 'a.seq * 16 + 15'), "'rejected'", "'Copie illisible : merci d’envoyer un scan net du diplôme.'", parisAt('a.created_on', '09:30'))}
     ${from} WHERE a.status = 'enrolled' AND k.kind = 'diploma' AND ${keys.pick('diploma-replaced', 'a.seq', 20)} = 0 ORDER BY a.seq`,
    params,
  );
}
