import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, Unique } from 'typeorm';
import { CourseSession } from '../timetable/course-session.entity';
import { Trainee } from '../trainees/trainee.entity';

export enum AttendanceStatus {
  Present = 'present',
  Late = 'late',
  Absent = 'absent',
  Excused = 'excused',
}

/** Émargement: one trainee at one session; signed by the trainee, or recorded/corrected by staff. */
@Entity('attendance_records')
@Unique(['sessionId', 'traineeId'])
@Index(['traineeId'])
export class AttendanceRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => CourseSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<CourseSession>;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status' })
  status: AttendanceStatus;

  /** Minutes actually attended after a late arrival (null: the whole session). */
  @Column({ type: 'int', nullable: true })
  attendedMinutes: number | null;

  /** When the trainee signed (null when staff recorded the line). */
  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  signatureIp: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  signatureUserAgent: string | null;

  /** Reason of an excused absence, or of a staff correction. */
  @Column({ type: 'text', nullable: true })
  justification: string | null;

  /** Storage key of the justification document (e.g. arrêt de travail). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  justificationDocumentKey: string | null;

  /** Content type of the justification document, recognised from its bytes. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  justificationDocumentType: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
