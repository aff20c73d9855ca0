import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, decodeCsv, errorsByLine } from '@app/platform';
import { parseHostSiteCsv, planHostSiteImport } from '../rules/host-site-csv.rules';
import { HostSite } from './host-site.entity';
import { HostSitesService } from './host-sites.service';
import { HostSiteImportResponse } from './dto/host-site-import.dto';

/**
 * Imports the host sites directory from a CSV file (the export's columns): all or nothing. Every line is checked
 * first and a file with any error writes nothing (400, errors per line); a line matching a site (SIRET, or name and
 * postal code) updates it, the others create sites. Each site created or updated is audited, and the import itself.
 */
@Injectable()
export class HostSitesImportService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly sites: HostSitesService,
  ) {}

  async importCsv(bytes: Buffer, dryRun: boolean): Promise<HostSiteImportResponse> {
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new AppError(400, 'CSV_EMPTY', 'Envoyez un fichier CSV (en-tête Content-Type: text/csv) non vide.');
    }
    const parsed = parseHostSiteCsv(decodeCsv(bytes));
    // One import at a time per school: two imports of one file would otherwise both create its sites.
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`host-sites:import:${this.db.schoolId}`]);
    const plan = planHostSiteImport(parsed.rows, await this.db.tx.find(HostSite, { order: { name: 'ASC' } }));
    const errors = [...parsed.errors, ...plan.errors];
    if (errors.length) {
      throw new AppError(
        400,
        'CSV_REJECTED',
        `Le fichier contient ${errors.length} erreur(s) : aucun lieu de stage n’a été importé.`,
        errorsByLine(errors),
      );
    }
    const count = (action: string) => plan.lines.filter((l) => l.action === action).length;
    const report = { dryRun, created: count('create'), updated: count('update'), unchanged: count('unchanged') };
    if (dryRun) return { ...report, lines: plan.lines };

    const rowOfLine = new Map(parsed.rows.map(({ line, ...fields }) => [line, fields]));
    const lines = [];
    for (const planned of plan.lines) {
      const fields = rowOfLine.get(planned.line)!;
      if (planned.action === 'create') lines.push({ ...planned, hostSiteId: (await this.sites.create(fields)).id });
      else {
        if (planned.action === 'update') await this.sites.update(planned.hostSiteId!, fields);
        lines.push(planned);
      }
    }
    await this.audit.record({ entityType: 'host_site', action: 'host_site.imported', after: { ...report, lines: plan.lines.length } });
    return { ...report, lines };
  }
}
