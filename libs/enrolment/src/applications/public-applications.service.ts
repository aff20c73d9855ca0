import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, AuditService, Db, FileStorage, MailService, notFound, School } from '@app/platform';
import { hashToken, newToken } from '@app/platform/auth/secrets';
import { receiveUpload } from '@app/platform/files/upload';
import { parisDate } from '@app/platform/time/paris-time';
import { ReferentialService, RuleSettingsService } from '@app/referential';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import { checkTransition, STATUS_LABELS } from '../rules/application-status.rules';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, DocumentKind, requiredDocuments } from '../rules/documents.rules';
import { checkVae } from '../rules/eligibility.rules';
import { checkDocumentCount, checkUpload } from '../rules/file-guard.rules';
import { ApplicationDocument } from '../documents/application-document.entity';
import { ApplicationAssessmentService } from './application-assessment.service';
import { Application } from './application.entity';
import { ApplyRequest, ApplyResponse, CandidateViewResponse, IntakeResponse } from './dto/public-application.dto';

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newReference = () => `C-${Array.from(randomBytes(6), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('')}`;
const OPEN_TO_CANDIDATE = ['draft', 'incomplete', 'submitted'];

/**
 * The candidate's side of admissions, without an account: apply to an open intake, then reach the file
 * through the link e-mailed to them (its secret is the only key). Each call finds the school first,
 * then works inside that school's tenant transaction.
 */
@Injectable()
export class PublicApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly assessment: ApplicationAssessmentService,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
  ) {}

  private async school(slug: string): Promise<School> {
    const school = await this.db.admin.findOneBy(School, { slug });
    if (!school) throw notFound('École');
    return school;
  }

  async intakes(slug: string): Promise<IntakeResponse[]> {
    const school = await this.school(slug);
    return this.db.inSchool(school.id, async () => {
      const cohorts = await this.db.tx
        .createQueryBuilder(Cohort, 'c')
        .where('c.applications_open AND c.end_date >= :today', { today: parisDate(new Date()) })
        .orderBy('c.start_date')
        .getMany();
      return cohorts.map((c) => ({
        cohortId: c.id,
        name: c.name,
        startDate: c.startDate,
        endDate: c.endDate,
        place: c.place,
        format: c.format,
      }));
    });
  }

  async apply(input: ApplyRequest): Promise<ApplyResponse> {
    const school = await this.school(input.schoolSlug);
    return this.db.inSchool(school.id, async () => {
      const cohort = await this.db.tx.findOneBy(Cohort, { id: input.cohortId });
      if (!cohort?.applicationsOpen || cohort.endDate < parisDate(new Date())) {
        throw new AppError(409, 'INTAKE_CLOSED', 'Cette session n’accepte pas (ou plus) de candidatures : choisissez une autre session.');
      }
      if (await this.db.tx.existsBy(Application, { cohortId: cohort.id, email: input.email })) {
        throw new AppError(
          409,
          'DUPLICATE_APPLICATION',
          'Une candidature à cette session existe déjà pour cette adresse : utilisez le lien reçu par e-mail.',
        );
      }
      const today = parisDate(new Date());
      if (input.afgsuIssuedOn && input.afgsuIssuedOn > today) {
        throw new AppError(400, 'AFGSU_DATE_IN_FUTURE', 'La date de délivrance de l’attestation AFGSU ne peut pas être dans le futur.', {
          afgsuIssuedOn: ['date dans le futur'],
        });
      }
      if (input.vae) await this.checkVae(input, cohort, Number(today.slice(0, 4)));
      const { token, hash } = newToken();
      const { schoolSlug: _slug, ...profile } = input;
      const application = await this.db.tx.save(
        this.db.tx.create(Application, {
          ...profile,
          phone: input.phone ?? null,
          hiredAsAssistantOn: input.hiredAsAssistantOn ?? null,
          employerName: input.employerName ?? null,
          vaeExperienceHours: input.vaeExperienceHours ?? null,
          afgsuLevel: input.afgsuLevel ?? null,
          afgsuIssuedOn: input.afgsuIssuedOn ?? null,
          requiredDocuments: requiredDocuments(
            { ...input, hiredAsAssistantOn: input.hiredAsAssistantOn ?? null, vaeExperienceHours: input.vaeExperienceHours ?? null },
            input.fundingPath,
          ),
          schoolId: school.id,
          reference: newReference(),
          status: 'draft',
          accessTokenHash: hash,
        }),
      );
      const url = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/candidature/${token}`;
      await this.mail.compose({
        key: `application:${application.id}`,
        schoolId: school.id,
        to: application.email,
        subject: `Votre candidature ${application.reference} – ${school.name}`,
        text: [
          `Bonjour ${application.firstName} ${application.lastName},`,
          `Votre candidature à la session « ${cohort.name} » est enregistrée (référence ${application.reference}).`,
          `Pour confirmer votre adresse e-mail, déposer vos pièces (CV, lettre de motivation, copie du diplôme) et suivre votre dossier, ouvrez ce lien personnel : ${url}`,
          'Conservez ce message : ce lien est la clé de votre dossier, ne le transmettez pas.',
        ].join('\n\n'),
      });
      await this.audit.record({
        entityType: 'application',
        entityId: application.id,
        action: 'application.created',
        after: { reference: application.reference, cohortId: cohort.id },
      });
      return {
        reference: application.reference,
        message: `Candidature enregistrée (référence ${application.reference}). Un e-mail vient de vous être envoyé à ${application.email} : ouvrez le lien qu’il contient pour déposer vos pièces.`,
      };
    });
  }

  /**
   * A VAE needs enough hours of experience, and a person makes at most one VAE application per certification and
   * calendar year, in any school: earlier ones are looked up platform-wide (the answer says only that one exists).
   */
  private async checkVae(input: ApplyRequest, cohort: Cohort, year: number): Promise<void> {
    const version = await this.referential.getVersion(cohort.versionId);
    const rules = await this.settings.settingsFor(cohort.versionId);
    const earlier: { code: string; year: number }[] = await this.db.admin.query(
      `SELECT v.code, extract(year FROM a.created_at AT TIME ZONE 'Europe/Paris')::int AS year
         FROM applications a JOIN cohorts c ON c.id = a.cohort_id JOIN certification_versions v ON v.id = c.version_id
        WHERE a.email = $1 AND a.vae AND NOT (a.status = 'withdrawn' AND a.submitted_at IS NULL)`,
      [input.email],
    );
    const check = checkVae(
      { experienceHours: input.vaeExperienceHours ?? 0, certificationCode: version.code, year },
      earlier.map((e) => ({ certificationCode: e.code, year: e.year })),
      rules,
    );
    if (!check.ok) {
      const status = check.code === 'VAE_ALREADY_THIS_YEAR' ? 409 : 400;
      throw new AppError(
        status,
        check.code,
        check.message,
        check.code === 'VAE_ALREADY_THIS_YEAR' ? undefined : { vaeExperienceHours: [check.message] },
      );
    }
  }

  /** Runs `fn` on the application behind a link, inside its school. */
  private async withApplication<T>(token: string, fn: (application: Application, school: School) => Promise<T>): Promise<T> {
    const found = await this.db.admin.findOne(Application, {
      select: { id: true, schoolId: true },
      where: { accessTokenHash: hashToken(token) },
    });
    if (!found)
      throw new AppError(404, 'APPLICATION_NOT_FOUND', 'Ce lien ne correspond à aucune candidature. Vérifiez qu’il a été copié en entier.');
    const school = await this.db.admin.findOneByOrFail(School, { id: found.schoolId });
    return this.db.inSchool(found.schoolId, async () => fn(await this.db.tx.findOneByOrFail(Application, { id: found.id }), school));
  }

  async view(token: string): Promise<CandidateViewResponse> {
    return this.withApplication(token, async (application, school) => {
      if (!application.emailConfirmedAt) await this.db.tx.update(Application, { id: application.id }, { emailConfirmedAt: new Date() });
      return this.describe(application, school);
    });
  }

  private async describe(application: Application, school: School): Promise<CandidateViewResponse> {
    const a = await this.assessment.assess(application);
    return {
      reference: application.reference,
      status: application.status,
      statusLabel: STATUS_LABELS[application.status],
      schoolName: school.name,
      intakeName: a.cohort.name,
      lastName: application.lastName,
      firstName: application.firstName,
      email: application.email,
      eligible: a.eligibility.eligible,
      eligibility: a.eligibility.explanation,
      checklist: a.checklist,
      canSubmit: ['draft', 'incomplete'].includes(application.status) && a.ready,
      deadlines: a.deadlines,
    };
  }

  /** A document of the file, streamed to storage once its bytes say it is of an accepted type. */
  async upload(token: string, kind: string, fileName: string, body: unknown): Promise<CandidateViewResponse> {
    if (!DOCUMENT_KINDS.includes(kind as DocumentKind))
      throw new AppError(400, 'UNKNOWN_DOCUMENT_KIND', `« ${kind} » n’est pas une pièce du dossier.`);
    return this.withApplication(token, async (application, school) => {
      if (!OPEN_TO_CANDIDATE.includes(application.status)) {
        throw new AppError(409, 'FILE_CLOSED', 'Votre dossier est en cours d’examen : il ne peut plus être modifié.');
      }
      const room = checkDocumentCount(await this.db.tx.countBy(ApplicationDocument, { applicationId: application.id }));
      if (!room.ok) throw new AppError(409, room.code, room.message);
      const stored = await receiveUpload(this.storage, body, {
        folder: `applications/${school.id}`,
        limitBytes: this.config.UPLOAD_LIMIT_BYTES,
        check: (head) => {
          const verdict = checkUpload(kind as DocumentKind, head, head.length, this.config.UPLOAD_LIMIT_BYTES);
          return verdict.ok
            ? verdict
            : { ok: false, status: verdict.code === 'EMPTY_FILE' ? 400 : 415, code: verdict.code, message: verdict.message };
        },
        fileName,
        accept: (file) => this.refuseDuplicate(application.id, file.sha256),
      });
      await this.db.onRollback(() => this.storage.delete(stored.key));
      const document = await this.db.tx.save(
        this.db.tx.create(ApplicationDocument, {
          schoolId: school.id,
          applicationId: application.id,
          kind: kind as DocumentKind,
          status: 'received',
          storageKey: stored.key,
          contentType: stored.type,
          size: stored.size,
          sha256: stored.sha256,
          fileName: stored.fileName,
        }),
      );
      await this.audit.record({
        entityType: 'application_document',
        entityId: document.id,
        action: 'application_document.received',
        after: { kind, size: stored.size, sha256: stored.sha256 },
      });
      return this.describe(application, school);
    });
  }

  /** The same bytes twice in one file are a mistake (the wrong file chosen, or a refused piece sent again). */
  private async refuseDuplicate(applicationId: string, sha256: string): Promise<void> {
    const same = await this.db.tx.findOneBy(ApplicationDocument, { applicationId, sha256 });
    if (same) {
      const message = `Ce fichier a déjà été déposé dans votre dossier (« ${DOCUMENT_LABELS[same.kind]} ») : choisissez le document demandé.`;
      throw new AppError(409, 'DUPLICATE_DOCUMENT', message);
    }
  }

  async submit(token: string): Promise<CandidateViewResponse> {
    return this.withApplication(token, async (application, school) => {
      const a = await this.assessment.assess(application);
      const check = checkTransition(application.status, 'submitted', 'candidate', {
        complete: a.ready,
        eligible: a.eligibility.eligible,
        eligibilityOverridden: application.eligibilityOverride,
        interviewOutcomeRecorded: false,
      });
      if (!check.ok) throw new AppError(409, check.code, check.message);
      await this.db.tx.update(Application, { id: application.id }, { status: 'submitted', submittedAt: new Date() });
      await this.audit.record({
        entityType: 'application',
        entityId: application.id,
        action: 'application.submitted',
        before: { status: application.status },
        after: { status: 'submitted' },
      });
      return this.describe({ ...application, status: 'submitted' }, school);
    });
  }
}
