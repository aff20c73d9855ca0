import { ExemptionDefault } from '@app/referential/exemptions/exemption-defaults';
import { RuleSettings } from '@app/referential/settings/rule-settings';
import { CandidateVariant } from './candidate-profiles';
import { ScalePlan } from './cohort-plan';
import { ScaleKeys } from './scale-keys';
import { ScaleOptions } from './scale-options';
import { TemplateSlot, TimetableFormat } from './timetable-template';

export type Row = Record<string, unknown>;

/** Runs one statement on the dataset's connection (inside its transaction) and returns the rows. */
export type ScaleSql = (text: string, params?: unknown[]) => Promise<Row[]>;

/** The certification version every cohort of the dataset follows, as the referential migrations install it. */
export const SCALE_VERSION_CODE = 'RNCP40913';

export interface ScaleModule {
  id: string;
  code: string;
  title: string;
  plannedMinutes: number;
}

export interface ScaleBlock {
  id: string;
  code: string;
  kind: 'competency' | 'other';
  plannedMinutes: number;
  modules: ScaleModule[];
}

export interface ScaleReferential {
  versionId: string;
  settings: RuleSettings;
  exemptionDefaults: ExemptionDefault[];
  /** Every block in referential order, the « other » line included. */
  blocks: ScaleBlock[];
}

/** What every area's generator reads: the connection, the options, the plan and the referential. */
export interface ScaleContext {
  sql: ScaleSql;
  keys: ScaleKeys;
  options: ScaleOptions;
  plan: ScalePlan;
  referential: ScaleReferential;
  templates: Record<TimetableFormat, TemplateSlot[]>;
  variants: CandidateVariant[];
  /** The argon2id hash of the bench password, shared by every account of the dataset. */
  passwordHash: string;
  /** Domain of the people's e-mail addresses (trainees, candidates, tutors): unique to the seed. */
  mailDomain: string;
}

/** The competency blocks (BC01–BC04), in referential order. */
export function competencyBlocks(referential: ScaleReferential): ScaleBlock[] {
  return referential.blocks.filter((b) => b.kind === 'competency');
}
