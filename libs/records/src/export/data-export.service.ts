import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { AuditService, Caller, Clock, FileStorage, notFound, Role, zipStream, ZipSource } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { TraineeHealthService, TraineesService } from '@app/training';
import { exportFileName, exportPaths, isCompressed } from '../rules/export-names.rules';
import { DataExportRepository, ExportSubject } from './data-export.repository';

export interface DataExport {
  fileName: string;
  body: Readable;
}

/**
 * A trainee's data export (RGPD right of access): `donnees.json` (everything the product holds about them) and their
 * files, as a ZIP streamed from storage. The rows are read in the request's transaction; the files are opened one by
 * one while the archive is sent, never held in memory. Every export is in the audit trail (who exported whose data).
 */
@Injectable()
export class DataExportService {
  constructor(
    private readonly repository: DataExportRepository,
    private readonly trainees: TraineesService,
    private readonly health: TraineeHealthService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The signed-in trainee's own export. */
  async mine(caller: Caller): Promise<DataExport> {
    const trainee = await this.trainees.ofAccount(caller.accountId);
    return this.build(trainee.id, caller, 'GET /me/data-export');
  }

  /** The export of a trainee of the caller's school, for staff answering a written request. */
  forTrainee(traineeId: string, caller: Caller): Promise<DataExport> {
    return this.build(traineeId, caller, 'GET /trainees/{id}/data-export');
  }

  /**
   * The health data is read through its service, so the export is logged in its access log like any read of it; the
   * log's lines about the trainee (who read or changed their health data, this export included) are exported too.
   */
  private async build(traineeId: string, caller: Caller, route: string): Promise<DataExport> {
    const subject = await this.repository.subject(traineeId);
    if (!subject) throw notFound('Stagiaire');
    const health = await this.health.read(traineeId, route);
    const { data, files } = await this.repository.sections(subject);
    // A file missing from storage (it should not happen) is listed as such rather than breaking the download half-way.
    const present = await Promise.all(files.map((f) => this.storage.exists(f.storageKey)));
    const kept = files.filter((_, i) => present[i]);
    const paths = exportPaths(kept);
    const now = this.clock.now();
    const fichiers = files.map((f, i) => ({
      rubrique: f.section,
      id: f.id,
      fichier: present[i] ? paths[kept.indexOf(f)] : null,
      ...(present[i] ? {} : { remarque: 'Fichier introuvable dans le stockage' }),
    }));
    const json = Buffer.from(
      JSON.stringify(
        {
          exporteLe: now.toISOString(),
          demandePar: caller.role === Role.Trainee ? 'la personne concernée' : caller.email,
          ...data,
          sante: { donnees: health, ...(data.sante as object) },
          fichiers,
        },
        null,
        2,
      ),
      'utf8',
    );
    await this.recordExport(subject, caller, kept.length);
    const sources: ZipSource[] = [
      { name: 'donnees.json', open: async () => json, modifiedAt: now },
      ...kept.map((f, i) => ({
        name: paths[i],
        open: () => this.storage.get(f.storageKey),
        store: isCompressed(f.contentType),
        modifiedAt: now,
      })),
    ];
    return { fileName: exportFileName(subject.lastName, subject.firstName, parisDate(now)), body: zipStream(sources) };
  }

  private async recordExport(subject: ExportSubject, caller: Caller, files: number): Promise<void> {
    await this.audit.record({
      entityType: 'trainee',
      entityId: subject.id,
      action: caller.role === Role.Trainee ? 'trainee.data_exported_by_self' : 'trainee.data_exported',
      after: { files },
    });
  }
}
