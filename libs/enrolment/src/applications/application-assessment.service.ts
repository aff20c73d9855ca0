import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { RuleSettingsService } from '@app/referential';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import { ApplicationDocument } from '../documents/application-document.entity';
import { hireDeadlines } from '../rules/deadlines.rules';
import { completeness, DOCUMENT_LABELS, DocumentKind, explainRequiredDocuments, readyToSubmit } from '../rules/documents.rules';
import { checkEligibility, Eligibility } from '../rules/eligibility.rules';
import { Application } from './application.entity';

export interface ChecklistItem {
  kind: DocumentKind;
  label: string;
  reason: string;
  status: ApplicationDocument['status'] | null;
  fileName: string | null;
  rejectionReason: string | null;
}

export interface Assessment {
  cohort: Cohort;
  eligibility: Eligibility;
  documents: ApplicationDocument[];
  checklist: ChecklistItem[];
  /** Every document asked is there and none is rejected (may be sent). */
  ready: boolean;
  /** Every document asked is accepted. */
  complete: boolean;
  missing: DocumentKind[];
  deadlines: string | null;
}

/** What the rules say of an application today: eligibility, the documents asked and their state, deadlines. */
@Injectable()
export class ApplicationAssessmentService {
  constructor(
    private readonly db: Db,
    private readonly settings: RuleSettingsService,
  ) {}

  async assess(application: Application): Promise<Assessment> {
    const cohort = await this.db.tx.findOneByOrFail(Cohort, { id: application.cohortId });
    const rules = await this.settings.settingsFor(cohort.versionId);
    const documents = await this.db.tx.find(ApplicationDocument, {
      where: { applicationId: application.id },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
    const required = explainRequiredDocuments(application, application.fundingPath);
    const latest = new Map(documents.map((d) => [d.kind, d]));
    const kinds = required.map((r) => r.kind);
    const state = completeness(kinds, documents);
    return {
      cohort,
      eligibility: checkEligibility(application, rules),
      documents,
      checklist: required.map(({ kind, reason }) => {
        const d = latest.get(kind);
        return {
          kind,
          label: DOCUMENT_LABELS[kind],
          reason,
          status: d?.status ?? null,
          fileName: d?.fileName ?? null,
          rejectionReason: d?.rejectionReason ?? null,
        };
      }),
      ready: readyToSubmit(kinds, documents),
      complete: state.complete,
      missing: state.missing,
      deadlines: application.hiredAsAssistantOn
        ? hireDeadlines(application.hiredAsAssistantOn, rules, parisDate(new Date())).explanation
        : null,
    };
  }
}
