import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import type { ApplicationStatus } from '../rules/application-status.rules';
import type { DocumentKind } from '../rules/documents.rules';
import type { Diploma, FundingPath, Situation } from '../rules/candidate';

/**
 * A candidate's application (candidature) to an intake of a school. No account: the candidate reaches
 * it through the link e-mailed to them (only its SHA-256 is stored). One application per e-mail and intake.
 */
@Entity('applications')
@Index(['cohortId', 'email'], { unique: true })
@Index(['schoolId', 'status'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  /** The intake applied for. */
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  /** Short reference the candidate and staff quote (e.g. C-7K3Q9F). */
  @Column({ type: 'varchar', length: 12, unique: true })
  reference: string;

  @Column({ type: 'varchar', length: 30, default: 'draft' })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 99 })
  lastName: string;

  @Column({ type: 'varchar', length: 99 })
  firstName: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 30 })
  situation: Situation;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  diplomas: Diploma[];

  @Column({ type: 'numeric', precision: 4, scale: 1, default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  secretaryExperienceYears: number;

  @Column({ type: 'date', nullable: true })
  hiredAsAssistantOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  employerName: string | null;

  @Column({ type: 'varchar', length: 30 })
  fundingPath: FundingPath;

  @Column({ type: 'boolean', default: false })
  vae: boolean;

  @Column({ type: 'int', nullable: true })
  vaeExperienceHours: number | null;

  /** The AFGSU attestation the candidate declares (level 1 or 2, issue date); it counts once its copy is accepted. */
  @Column({ type: 'smallint', nullable: true })
  afgsuLevel: 1 | 2 | null;

  @Column({ type: 'date', nullable: true })
  afgsuIssuedOn: string | null;

  /** The kinds of document the file needs, derived from the answers when the candidate applies (see requiredDocuments). */
  @Column({ type: 'varchar', length: 30, array: true, default: () => "'{}'" })
  requiredDocuments: DocumentKind[];

  /** Staff admitted the candidate to the process although the prerequisite is not met (with a reason, audited). */
  @Column({ type: 'boolean', default: false })
  eligibilityOverride: boolean;

  @Column({ type: 'text', nullable: true })
  eligibilityOverrideReason: string | null;

  /** Entretien de positionnement. */
  @Column({ type: 'timestamptz', nullable: true })
  interviewAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  interviewerId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  interviewOutcome: 'favourable' | 'reserved' | 'unfavourable' | null;

  @Column({ type: 'text', nullable: true })
  interviewNotes: string | null;

  /** The trainee created when the candidate was enrolled. */
  @Column({ type: 'uuid', nullable: true })
  traineeId: string | null;

  @Column({ type: 'char', length: 64, unique: true })
  accessTokenHash: string;

  /** Set when the candidate first opens the link e-mailed to them. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** When the retention job anonymised the file (RGPD: a candidate not admitted, or a former trainee's). */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;
}
