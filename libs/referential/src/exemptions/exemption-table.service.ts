import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, RequestContext } from '@app/platform';
import { ReferentialService } from '../versions/referential.service';
import { checkExemptionTable, ExemptionDefault } from './exemption-defaults';
import { SchoolExemptionTable } from './school-exemption-table.entity';

export interface ExemptionTableView {
  source: 'referential' | 'school';
  rows: ExemptionDefault[];
  referentialRows: ExemptionDefault[];
}

/**
 * The exemption table in force for the caller's school and a version: the school's own table when it has one, else
 * the referential's. Positioning proposals read it from here; a school administrator replaces or resets it (audited).
 */
@Injectable()
export class ExemptionTableService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
  ) {}

  async tableFor(versionId: string): Promise<ExemptionTableView> {
    const version = await this.referential.getVersion(versionId);
    const own = await this.db.tx.findOneBy(SchoolExemptionTable, { versionId });
    return own
      ? { source: 'school', rows: own.rows, referentialRows: version.exemptionDefaults }
      : { source: 'referential', rows: version.exemptionDefaults, referentialRows: version.exemptionDefaults };
  }

  /** Replaces the school's table with `rows` (checked against the version's blocks and modules), with a reason. */
  async replace(versionId: string, rows: ExemptionDefault[], reason: string): Promise<ExemptionTableView> {
    const blocks = (await this.referential.blocksOf(versionId)).map((b) => ({ code: b.code, modules: b.modules ?? [] }));
    const errors = checkExemptionTable(rows, blocks);
    if (errors.length > 0) {
      throw new AppError(
        400,
        'INVALID_EXEMPTION_TABLE',
        `Table des dispenses refusée : ${errors.map((e) => `ligne ${e.line}, ${e.message}`).join(' ; ')}.`,
        Object.fromEntries(errors.map((e) => [`rows.${e.line - 1}`, [e.message]])),
      );
    }
    const before = await this.tableFor(versionId);
    const clean = rows.map((r) => ({ ...r, reason: r.reason.trim() }));
    await this.db.tx.upsert(
      SchoolExemptionTable,
      { schoolId: this.db.schoolId!, versionId, rows: clean, updatedBy: this.context.caller?.accountId ?? null },
      ['schoolId', 'versionId'],
    );
    await this.audit.record({
      entityType: 'exemption_table',
      entityId: versionId,
      action: 'exemption_table.replaced',
      before: { source: before.source, rows: before.rows },
      after: { source: 'school', rows: clean },
      reason,
    });
    return this.tableFor(versionId);
  }

  /** Goes back to the referential's table (audited when the school had its own). */
  async reset(versionId: string, reason: string): Promise<ExemptionTableView> {
    const before = await this.tableFor(versionId);
    const { affected } = await this.db.tx.delete(SchoolExemptionTable, { versionId });
    if (affected) {
      await this.audit.record({
        entityType: 'exemption_table',
        entityId: versionId,
        action: 'exemption_table.reset',
        before: { source: 'school', rows: before.rows },
        after: { source: 'referential', rows: before.referentialRows },
        reason,
      });
    }
    return this.tableFor(versionId);
  }
}
