import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read or write of a trainee's health data: who, when, which trainee, which fields, in which context (the route).
 * Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE); no foreign key, so it outlives the record it traces.
 */
@Entity('health_access_log')
@Index(['schoolId', 'at'])
@Index(['traineeId', 'at'])
export class HealthAccess {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  traineeId: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  actorRole: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** `read` or `write`. */
  @Column({ type: 'varchar', length: 10 })
  action: string;

  @Column({ type: 'varchar', array: true })
  fields: string[];

  /** Why: the route that read or wrote (`GET /trainees/{id}/health`). */
  @Column({ type: 'varchar', length: 200 })
  context: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;
}
