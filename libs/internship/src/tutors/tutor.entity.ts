import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Account } from '@app/platform/accounts/account.entity';

/** What a tutor does in the practice. */
export type TutorProfession = 'general_practitioner' | 'specialist' | 'coordinating_nurse' | 'manager';

/**
 * A tutor (maître de stage): the doctor, nurse or manager who hosts trainees at one or more host sites. Tutors need no
 * password: they act through signed, expiring links (an account may be activated later).
 */
@Entity('tutors')
@Index(['schoolId', 'lastName'])
export class Tutor {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 30 })
  profession: TutorProfession;

  @Column({ type: 'char', length: 11, nullable: true })
  rpps: string | null;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** The tutor's own account, once they chose to activate one (role tutor). */
  @Column({ type: 'uuid', nullable: true, unique: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
