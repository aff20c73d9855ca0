import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A sitting of épreuves (session d'examen) on a date and at a place; trainees are convened to it per block. */
@Entity('exam_sessions')
@Index(['schoolId', 'date'])
export class ExamSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @Column({ type: 'varchar', length: 150 })
  name: string;

  @Column({ type: 'date' })
  date: string;

  /** Europe/Paris 'HH:MM'. */
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'varchar', length: 200 })
  place: string;

  /** The épreuves sitting in this session. */
  @Column({ type: 'uuid', array: true })
  assessmentIds: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
