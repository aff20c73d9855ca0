import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, RequestContext } from '@app/platform';
import { ReferentialService } from '../versions/referential.service';
import {
  checkOverride,
  effectiveSettings,
  isRuleSettingKey,
  RULE_SETTING_KEYS,
  RULE_SETTINGS,
  RuleSettingKey,
  RuleSettings,
  SettingSource,
} from './rule-settings';
import { SchoolRuleOverride } from './school-rule-override.entity';

export interface SettingView {
  key: RuleSettingKey;
  label: string;
  value: number | null;
  referentialValue: number | null;
  source: SettingSource;
  configurable: boolean;
  integer: boolean;
  nullable: boolean;
  min: number;
  max: number;
}

/**
 * The rule settings in force for the caller's school: the version's values with the school's
 * overrides. Business code reads figures from here, never from constants.
 */
@Injectable()
export class RuleSettingsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
  ) {}

  private async resolve(versionId: string) {
    const version = await this.referential.getVersion(versionId);
    const overrides = await this.db.tx.findBy(SchoolRuleOverride, { versionId });
    return { version, ...effectiveSettings(version.settings, overrides) };
  }

  /** The figures to apply for this school and version. */
  async settingsFor(versionId: string): Promise<RuleSettings> {
    return (await this.resolve(versionId)).settings;
  }

  async describe(versionId: string): Promise<SettingView[]> {
    const { version, settings, sources } = await this.resolve(versionId);
    return RULE_SETTING_KEYS.map((key) => {
      const { label, configurable, integer, nullable, min, max } = RULE_SETTINGS[key];
      return {
        key,
        label,
        value: settings[key],
        referentialValue: version.settings[key],
        source: sources[key],
        configurable,
        integer,
        nullable,
        min,
        max,
      };
    });
  }

  async override(versionId: string, key: string, value: number | null, reason: string): Promise<SettingView[]> {
    const check = checkOverride(key, value);
    if (!check.ok) throw new AppError(400, check.code, check.message);
    const before = await this.resolve(versionId);
    const schoolId = this.db.schoolId!;
    await this.db.tx.upsert(
      SchoolRuleOverride,
      { schoolId, versionId, key, value: check.value, updatedBy: this.context.caller?.accountId ?? null },
      ['schoolId', 'versionId', 'key'],
    );
    await this.audit.record({
      entityType: 'rule_setting',
      entityId: `${before.version.code}:${key}`,
      action: 'rule_setting.overridden',
      before: { value: before.settings[key as RuleSettingKey], source: before.sources[key as RuleSettingKey] },
      after: { value: check.value, source: 'school' },
      reason,
    });
    return this.describe(versionId);
  }

  async reset(versionId: string, key: string, reason: string): Promise<SettingView[]> {
    if (!isRuleSettingKey(key)) throw new AppError(400, 'UNKNOWN_SETTING', `Le paramètre « ${key} » n’existe pas.`);
    const before = await this.resolve(versionId);
    const { affected } = await this.db.tx.delete(SchoolRuleOverride, { versionId, key });
    if (affected) {
      await this.audit.record({
        entityType: 'rule_setting',
        entityId: `${before.version.code}:${key}`,
        action: 'rule_setting.reset',
        before: { value: before.settings[key as RuleSettingKey], source: 'school' },
        after: { value: before.version.settings[key as RuleSettingKey], source: 'referential' },
        reason,
      });
    }
    return this.describe(versionId);
  }
}
