import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { ExportFile } from '../rules/export-names.rules';

type Row = Record<string, unknown>;

/** The trainee the export is about, as the export needs it. */
export interface ExportSubject {
  id: string;
  accountId: string;
  lastName: string;
  firstName: string;
}

/**
 * Everything the product holds about one trainee, read in the caller's school (row-level security applies), one
 * statement per kind: the records area is the one place that reads a person across the areas' tables, read-only.
 * Column aliases are the French field names of `donnees.json`; secrets (token hashes, iCal token, password hash) and
 * other people's data (who else sat a session) are never selected.
 */
@Injectable()
export class DataExportRepository {
  constructor(private readonly db: Db) {}

  private q(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.tx.query(sql, params);
  }

  async subject(traineeId: string): Promise<ExportSubject | null> {
    const rows = await this.q(
      `SELECT id, account_id AS "accountId", last_name AS "lastName", first_name AS "firstName" FROM trainees WHERE id = $1`,
      [traineeId],
    );
    return (rows[0] as unknown as ExportSubject) ?? null;
  }

  /** The sections of donnees.json, and the trainee's files found on the way. */
  async sections(t: ExportSubject): Promise<{ data: Row; files: (ExportFile & { section: string; id: string })[] }> {
    const id = t.id;
    const [identity] = await this.q(
      `SELECT t.last_name AS nom, t.first_name AS prenom, t.email, t.phone AS telephone, t.status AS statut,
              t.joined_on::text AS "entreeLe", t.created_at AS "creeLe", c.name AS session, c.start_date::text AS "debutSession",
              c.end_date::text AS "finSession", v.code AS certification, a.email AS "emailCompte", a.status AS "statutCompte",
              a.last_login_at AS "derniereConnexion"
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id JOIN certification_versions v ON v.id = c.version_id
         JOIN accounts a ON a.id = t.account_id WHERE t.id = $1`,
      [id],
    );
    const applications = await this.q(
      `SELECT id, reference, status AS statut, last_name AS nom, first_name AS prenom, email, phone AS telephone,
              situation, diplomas AS diplomes, secretary_experience_years AS "anneesExperienceSecretariat",
              hired_as_assistant_on::text AS "embaucheLe", employer_name AS employeur, funding_path AS financement, vae,
              vae_experience_hours AS "heuresExperienceVae", eligibility_override AS "derogationEligibilite",
              eligibility_override_reason AS "motifDerogation", interview_at AS "entretienLe",
              interview_outcome AS "resultatEntretien", interview_notes AS "notesEntretien", afgsu_level AS "niveauAfgsu",
              afgsu_issued_on::text AS "afgsuDelivreeLe", submitted_at AS "envoyeeLe", created_at AS "creeeLe", updated_at AS "modifieeLe"
         FROM applications WHERE trainee_id = $1 ORDER BY created_at`,
      [id],
    );
    const applicationIds = applications.map((a) => a.id as string);
    const documents = await this.q(
      `SELECT id, application_id AS "candidature", kind AS type, status AS statut, file_name AS "nomFichier",
              content_type AS "format", size AS taille, rejection_reason AS "motifRefus", uploaded_at AS "envoyeLe",
              reviewed_at AS "examineLe", purged_at AS "supprimeLe", storage_key AS "storageKey"
         FROM application_documents WHERE application_id = ANY($1::uuid[]) ORDER BY uploaded_at`,
      [applicationIds],
    );
    const exemptions = await this.q(
      `SELECT b.code AS bloc, m.code AS module, e.minutes, e.justification, e.created_at AS "decideeLe"
         FROM plan_exemptions e JOIN referential_blocks b ON b.id = e.block_id LEFT JOIN referential_modules m ON m.id = e.module_id
        WHERE e.trainee_id = $1 ORDER BY b.position, m.position`,
      [id],
    );
    const attendance = await this.q(
      `SELECT r.id, s.date::text AS jour, s.start_time AS debut, s.end_time AS fin, s.minutes AS "minutesPrevues", b.code AS bloc,
              r.status AS statut, r.attended_minutes AS "minutesPresence", r.signed_at AS "signeLe", r.signature_ip AS "adresseIp",
              r.signature_user_agent AS navigateur, r.justification, r.recorded_at AS "enregistreLe",
              r.justification_document_key AS "storageKey", r.justification_document_type AS "format"
         FROM attendance_records r JOIN course_sessions s ON s.id = r.session_id JOIN referential_blocks b ON b.id = s.block_id
        WHERE r.trainee_id = $1 ORDER BY s.starts_at`,
      [id],
    );
    const attempts = await this.q(
      `SELECT a.id, b.code AS bloc, a.number AS numero, x.name AS "sessionExamen", x.date::text AS "dateExamen", a.convened_at AS "convoqueLe",
              COALESCE((SELECT json_agg(json_build_object('epreuve', s.label, 'note', m.value, 'absent', m.absent, 'saisieLe', m.entered_at)
                          ORDER BY s.position) FROM marks m JOIN assessments s ON s.id = m.assessment_id WHERE m.attempt_id = a.id), '[]') AS notes
         FROM attempts a JOIN referential_blocks b ON b.id = a.block_id LEFT JOIN exam_sessions x ON x.id = a.exam_session_id
        WHERE a.trainee_id = $1 ORDER BY b.position, a.number`,
      [id],
    );
    const juryDecisions = await this.q(
      `SELECT d.id, j.date::text AS "dateJury", b.code AS bloc, d.proposal AS proposition, d.outcome AS decision, d.comment AS commentaire,
              d.correction_reason AS "motifCorrection", d.supersedes_id AS "remplace", d.decided_at AS "decideeLe"
         FROM jury_decisions d JOIN jury_sessions j ON j.id = d.jury_session_id JOIN referential_blocks b ON b.id = d.block_id
        WHERE d.trainee_id = $1 ORDER BY d.decided_at`,
      [id],
    );
    const priorValidations = await this.q(
      `SELECT b.code AS bloc, p.source, p.validated_on::text AS "valideLe", p.reference
         FROM prior_block_validations p JOIN referential_blocks b ON b.id = p.block_id WHERE p.trainee_id = $1`,
      [id],
    );
    const certification = await this.q(
      `SELECT decided_on::text AS "decideeLe", readiness AS "conditions" FROM certification_decisions WHERE trainee_id = $1 ORDER BY decided_at`,
      [id],
    );
    const afgsu = await this.q(
      `SELECT id, level AS niveau, kind AS type, issuing_centre AS "centre", issued_on::text AS "delivreeLe", expires_on::text AS "expireLe",
              verified AS verifiee, document_name AS "nomFichier", document_type AS "format", document_key AS "storageKey"
         FROM afgsu_attestations WHERE trainee_id = $1 ORDER BY issued_on`,
      [id],
    );
    const afgsuSessions = await this.q(
      `SELECT s.kind AS type, s.cesu_name AS cesu, s.starts_on::text AS debut, s.ends_on::text AS fin, p.attendance AS presence
         FROM afgsu_participants p JOIN afgsu_sessions s ON s.id = p.session_id WHERE p.trainee_id = $1 ORDER BY s.starts_on`,
      [id],
    );
    const placements = await this.q(
      `SELECT p.id, h.name AS "lieuDeStage", h.city AS ville, tu.last_name || ' ' || tu.first_name AS tuteur, p.type,
              p.start_on::text AS debut, p.end_on::text AS fin, p.planned_hours AS "heuresPrevues", p.objectives AS objectifs, p.started_at AS "commenceLe"
         FROM placements p JOIN host_sites h ON h.id = p.host_site_id LEFT JOIN tutors tu ON tu.id = p.tutor_id
        WHERE p.trainee_id = $1 ORDER BY p.start_on`,
      [id],
    );
    const placementIds = placements.map((p) => p.id as string);
    const conventions = await this.q(
      `SELECT c.id, c.placement_id AS stage, c.version, c.content AS contenu, c.sent_at AS "envoyeeLe", c.signed_at AS "signeeLe",
              c.pdf_key AS "pdfKey", c.signed_pdf_key AS "signedPdfKey",
              COALESCE((SELECT json_agg(json_build_object('partie', s.party, 'signataire', s.signer_name, 'signeeLe', s.signed_at)
                          ORDER BY s.signed_at) FROM convention_signatures s WHERE s.convention_id = c.id), '[]') AS signatures
         FROM conventions c WHERE c.placement_id = ANY($1::uuid[]) ORDER BY c.placement_id, c.version`,
      [placementIds],
    );
    const evaluations = await this.q(
      `SELECT id, placement_id AS stage, due_on::text AS "attendueLe", levels AS niveaux, comments AS commentaires,
              overall_comment AS "appreciationGenerale", submitted_at AS "envoyeeLe", reopened_at AS "reouverteLe"
         FROM tutor_evaluations WHERE placement_id = ANY($1::uuid[]) ORDER BY due_on`,
      [placementIds],
    );
    const generated = await this.q(
      `SELECT id, kind AS type, file_name AS "nomFichier", done_at AS "genereLe", storage_key AS "storageKey"
         FROM generated_documents WHERE trainee_id = $1 AND status = 'done' ORDER BY created_at`,
      [id],
    );
    const notifications = await this.q(
      `SELECT kind AS type, channel AS canal, subject AS objet, text AS texte, status AS statut, send_at AS "prevueLe",
              sent_at AS "envoyeeLe", read_at AS "lueLe"
         FROM notifications WHERE recipient_account_id = $1 ORDER BY send_at`,
      [t.accountId],
    );
    const healthAccesses = await this.q(
      `SELECT at AS le, actor_email AS par, actor_role AS role, action, fields AS champs, context AS contexte
         FROM health_access_log WHERE trainee_id = $1 ORDER BY at, id`,
      [id],
    );
    const entityIds = [
      id,
      t.accountId,
      ...applicationIds,
      ...documents.map((d) => d.id as string),
      ...attendance.map((r) => r.id as string),
      ...attempts.map((a) => a.id as string),
      ...juryDecisions.map((d) => d.id as string),
      ...afgsu.map((a) => a.id as string),
      ...placementIds,
      ...conventions.map((c) => c.id as string),
      ...evaluations.map((e) => e.id as string),
    ];
    const audit = await this.q(
      `SELECT occurred_at AS "le", actor_email AS "par", entity_type AS "objet", action, before AS avant, after AS apres, reason AS motif
         FROM audit_events
        WHERE entity_id = ANY($1::text[]) OR after ->> 'traineeId' = $2 OR before ->> 'traineeId' = $2
        ORDER BY occurred_at, id`,
      [entityIds, id],
    );

    /** The files of `rows` kept in storage under `keyColumn`, in `folder`, each named by `name`. */
    const filesOf = (
      rows: Row[],
      section: string,
      folder: string,
      keyColumn: string,
      name: (r: Row) => string,
      contentType: (r: Row) => string = (r) => r.format as string,
    ): (ExportFile & { section: string; id: string })[] =>
      rows
        .filter((r) => r[keyColumn])
        .map((r) => ({
          section,
          id: r.id as string,
          folder,
          name: name(r),
          contentType: contentType(r),
          storageKey: r[keyColumn] as string,
        }));
    const pdf = () => 'application/pdf';
    const files = [
      ...filesOf(
        documents.filter((d) => !d.supprimeLe),
        'document',
        'candidature',
        'storageKey',
        (d) => d.nomFichier as string,
      ),
      ...filesOf(
        attendance,
        'attendance',
        'justificatifs-absence',
        'storageKey',
        (r) => `justificatif-${String(r.jour)}-${String(r.debut).replace(':', 'h')}`,
      ),
      ...filesOf(afgsu, 'afgsu', 'afgsu', 'storageKey', (a) => (a.nomFichier as string) ?? `attestation-afgsu-${String(a.delivreeLe)}`),
      ...conventions.flatMap((c) => [
        ...filesOf([c], 'convention', 'conventions-de-stage', 'pdfKey', () => `convention-v${String(c.version)}`, pdf),
        ...filesOf([c], 'convention-signee', 'conventions-de-stage', 'signedPdfKey', () => `convention-v${String(c.version)}-signee`, pdf),
      ]),
      ...filesOf(generated, 'generated', 'documents-generes', 'storageKey', (g) => g.nomFichier as string, pdf),
    ];
    const strip = (rows: Row[], ...keys: string[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
    return {
      data: {
        identite: identity ?? null,
        candidatures: applications.map((a) => ({
          ...a,
          pieces: strip(
            documents.filter((d) => d.candidature === a.id),
            'storageKey',
            'candidature',
          ),
        })),
        parcours: { dispenses: exemptions },
        emargements: strip(attendance, 'storageKey'),
        evaluation: { passages: attempts, decisionsJury: juryDecisions, validationsAnterieures: priorValidations, certification },
        afgsu: { attestations: strip(afgsu, 'storageKey'), sessions: afgsuSessions },
        stages: placements.map((p) => ({
          ...p,
          conventions: strip(
            conventions.filter((c) => c.stage === p.id),
            'pdfKey',
            'signedPdfKey',
            'stage',
          ),
          evaluationsTuteur: strip(
            evaluations.filter((e) => e.stage === p.id),
            'stage',
          ),
        })),
        documentsGeneres: strip(generated, 'storageKey'),
        notifications,
        journal: audit,
        sante: { journalDesAcces: healthAccesses },
      },
      files,
    };
  }
}
