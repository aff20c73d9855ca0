import { Column, JoinColumn, ManyToOne, Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';

export enum TokenPurpose {
  Invitation = 'invitation',
  PasswordReset = 'password_reset',
}

/** A one-time link (invitation or password reset); only the SHA-256 of the token is stored. */
@Entity('account_tokens')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @Column({ type: 'enum', enum: TokenPurpose, enumName: 'account_token_purpose' })
  purpose: TokenPurpose;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
