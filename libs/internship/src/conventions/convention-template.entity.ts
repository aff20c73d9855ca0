import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConventionArticle } from '../rules/convention-template.rules';

/** A school's own template of convention de stage (until it saves one, the default French template in code applies). */
@Entity('convention_templates')
export class ConventionTemplate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  schoolId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Ordered articles; their text may hold placeholders such as {{stagiaire}}. */
  @Column({ type: 'jsonb' })
  articles: ConventionArticle[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
