import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { CertificationVersion } from './certification-version.entity';
import { ReferentialBlock } from './referential-block.entity';

/** Certification versions, their blocks and modules (shared, read-only data). */
@Injectable()
export class ReferentialService {
  constructor(private readonly db: Db) {}

  async listVersions(): Promise<CertificationVersion[]> {
    const versions = await this.db.tx.find(CertificationVersion, { relations: { blocks: { modules: true } }, order: { code: 'DESC' } });
    return versions.map(inOrder);
  }

  async getVersion(id: string): Promise<CertificationVersion> {
    const version = await this.db.tx.findOne(CertificationVersion, { where: { id }, relations: { blocks: { modules: true } } });
    if (!version) throw notFound('Version de certification');
    return inOrder(version);
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
