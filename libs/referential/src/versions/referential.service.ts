import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { CertificationVersion } from './certification-version.entity';
import { ReferentialBlock } from './referential-block.entity';

/** Certification versions, their blocks and modules (shared, read-only data). */
@Injectable()
export class ReferentialService {
  constructor(private readonly db: Db) {}

  listVersions(): Promise<CertificationVersion[]> {
    return this.db.tx.find(CertificationVersion, {
      relations: { blocks: { modules: true } },
      order: { code: 'DESC', blocks: { position: 'ASC', modules: { position: 'ASC' } } },
    });
  }

  async getVersion(id: string): Promise<CertificationVersion> {
    const version = await this.db.tx.findOne(CertificationVersion, {
      where: { id },
      relations: { blocks: { modules: true } },
      order: { blocks: { position: 'ASC', modules: { position: 'ASC' } } },
    });
    if (!version) throw notFound('Version de certification');
    return version;
  }

  /** The blocks (with modules) of a version, in order. */
  async blocksOf(versionId: string): Promise<ReferentialBlock[]> {
    return (await this.getVersion(versionId)).blocks ?? [];
  }
}
