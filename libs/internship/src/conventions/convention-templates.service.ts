import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db } from '@app/platform';
import {
  CONVENTION_PLACEHOLDERS,
  ConventionTemplateText,
  DEFAULT_CONVENTION_TEMPLATE,
  unknownPlaceholders,
} from '../rules/convention-template.rules';
import { ConventionTemplate } from './convention-template.entity';
import { ConventionTemplateRequest, ConventionTemplateResponse } from './dto/convention-template.dto';

const PLACEHOLDERS = Object.entries(CONVENTION_PLACEHOLDERS).map(([name, description]) => ({ name, description }));

/** The school's template of convention de stage: its own once saved (audited), the default French one until then. */
@Injectable()
export class ConventionTemplatesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** The template conventions are prepared from. */
  async current(): Promise<ConventionTemplateText> {
    const own = await this.db.tx.findOneBy(ConventionTemplate, { schoolId: this.db.schoolId! });
    return own ? { title: own.title, articles: own.articles } : DEFAULT_CONVENTION_TEMPLATE;
  }

  async get(): Promise<ConventionTemplateResponse> {
    const own = await this.db.tx.findOneBy(ConventionTemplate, { schoolId: this.db.schoolId! });
    const text = own ?? DEFAULT_CONVENTION_TEMPLATE;
    return { title: text.title, articles: text.articles, isDefault: !own, updatedAt: own?.updatedAt ?? null, placeholders: PLACEHOLDERS };
  }

  /** Saves the school's template; 400 naming every unknown placeholder, nothing written. */
  async put(input: ConventionTemplateRequest): Promise<ConventionTemplateResponse> {
    const articles = input.articles.map((a) => ({ heading: a.heading, body: a.body }));
    const unknown = unknownPlaceholders(articles);
    if (unknown.length) {
      const names = unknown.map((n) => `{{${n}}}`).join(', ');
      throw new AppError(
        400,
        'UNKNOWN_PLACEHOLDER',
        `Champ inconnu dans le modèle : ${names}. Champs possibles : ${PLACEHOLDERS.map((p) => `{{${p.name}}}`).join(', ')}.`,
        { articles: [`champ inconnu : ${names}`] },
      );
    }
    const before = await this.get();
    await this.db.tx.upsert(ConventionTemplate, { schoolId: this.db.schoolId!, title: input.title, articles, updatedAt: new Date() }, [
      'schoolId',
    ]);
    const after = await this.get();
    await this.audit.record({
      entityType: 'convention_template',
      entityId: this.db.schoolId,
      action: 'convention_template.saved',
      before: { title: before.title, articles: before.articles, isDefault: before.isDefault },
      after: { title: after.title, articles: after.articles },
    });
    return after;
  }
}
