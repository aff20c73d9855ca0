import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { CertificationVersion } from './certification-version.entity';
import { ReferentialBlock } from './referential-block.entity';

/**
 * Certification versions, their blocks and modules. They are read-only data that only a migration
 * changes (the application role cannot write them), so each process keeps the versions it has read;
 * a deployment with a new version restarts the processes anyway.
 */
@Injectable()
export class ReferentialService {
  private readonly versions = new Map<string, CertificationVersion>();

  constructor(private readonly db: Db) {}

  async listVersions(): Promise<CertificationVersion[]> {
    const versions = await this.db.tx.find(CertificationVersion, { relations: { blocks: { modules: true } }, order: { code: 'DESC' } });
    return versions.map(inOrder);
  }

  async getVersion(id: string): Promise<CertificationVersion> {
    const known = this.versions.get(id);
    if (known) return known;
    const version = await this.db.tx.findOne(CertificationVersion, { where: { id }, relations: { blocks: { modules: true } } });
    if (!version) throw notFound('Version de certification');
    this.versions.set(id, inOrder(version));
    return version;
  }

  /** The blocks (with modules) of a version, in order. */
  async blocksOf(versionId: string): Promise<ReferentialBlock[]> {
    return (await this.getVersion(versionId)).blocks ?? [];
  }
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Blocks and their modules in the referential's order. */
export function inOrder(version: CertificationVersion): CertificationVersion {
  version.blocks?.sort(byPosition).forEach((b) => b.modules?.sort(byPosition));
  return version;
}
