import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AppError, AuditService, Db, notFound, toCsv } from '@app/platform';
import { HostSite } from './host-site.entity';
import { HOST_SITE_KIND_LABELS } from './host-site-kind';
import { HOST_SITE_CSV_HEADER, hostSiteCsvRow } from '../rules/host-site-csv.rules';
import {
  CreateHostSiteRequest,
  HostSiteListItemResponse,
  HostSiteQuery,
  HostSiteResponse,
  UpdateHostSiteRequest,
} from './dto/host-site.dto';

export { HOST_SITE_KIND_LABELS };

/** The school's directory of host sites: search, create, edit (audited), CSV export. */
@Injectable()
export class HostSitesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  private query(q: Pick<HostSiteQuery, 'q' | 'kind'>) {
    const qb = this.db.tx.createQueryBuilder(HostSite, 'h').orderBy('h.name').addOrderBy('h.id');
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w.where('h.name ILIKE :like', { like }).orWhere('h.city ILIKE :like', { like }).orWhere('h.postal_code LIKE :like', { like }),
        ),
      );
    }
    if (q.kind) qb.andWhere('h.kind = :kind', { kind: q.kind });
    return qb;
  }

  async list(q: HostSiteQuery): Promise<[HostSiteListItemResponse[], number]> {
    const [rows, total] = await this.query(q).skip(q.skip).take(q.pageSize).getManyAndCount();
    const counts: { host_site_id: string; tutors: number }[] = rows.length
      ? await this.db.tx.query(
          'SELECT host_site_id, count(*)::int AS tutors FROM tutor_host_sites WHERE host_site_id = ANY($1::uuid[]) GROUP BY host_site_id',
          [rows.map((h) => h.id)],
        )
      : [];
    const tutorsAt = new Map(counts.map((c) => [c.host_site_id, c.tutors]));
    return [rows.map((h) => ({ ...hostSiteResponse(h), tutorCount: tutorsAt.get(h.id) ?? 0 })), total];
  }

  async entity(id: string): Promise<HostSite> {
    const site = await this.db.tx.findOneBy(HostSite, { id });
    if (!site) throw notFound('Lieu de stage');
    return site;
  }

  async get(id: string): Promise<HostSiteResponse> {
    return hostSiteResponse(await this.entity(id));
  }

  async create(input: CreateHostSiteRequest): Promise<HostSiteResponse> {
    const site = await this.db.tx.save(this.db.tx.create(HostSite, { ...normalised(input), schoolId: this.db.schoolId! }));
    await this.audit.record({ entityType: 'host_site', entityId: site.id, action: 'host_site.created', after: hostSiteResponse(site) });
    return hostSiteResponse(site);
  }

  async update(id: string, input: UpdateHostSiteRequest): Promise<HostSiteResponse> {
    const before = await this.entity(id);
    const after = { ...before, ...normalised(input) };
    if (input.kind && input.kind !== 'specialist_practice' && input.speciality === undefined) after.speciality = null;
    if (after.kind === 'specialist_practice' && !after.speciality) {
      throw new AppError(400, 'SPECIALITY_REQUIRED', 'Indiquez la spécialité du cabinet.', {
        speciality: ['obligatoire pour un cabinet de spécialiste'],
      });
    }
    await this.db.tx.save(HostSite, after);
    await this.audit.record({
      entityType: 'host_site',
      entityId: id,
      action: 'host_site.updated',
      before: hostSiteResponse(before),
      after: hostSiteResponse(after),
    });
    return hostSiteResponse(after);
  }

  /** The directory (filtered like the list) as a CSV file for a spreadsheet. */
  async exportCsv(q: Pick<HostSiteQuery, 'q' | 'kind'>): Promise<string> {
    const rows = await this.query(q).take(10_000).getMany();
    return toCsv(HOST_SITE_CSV_HEADER, rows.map(hostSiteCsvRow));
  }
}

function normalised<T extends Partial<CreateHostSiteRequest>>(input: T): Partial<HostSite> {
  const { siret, contacts, speciality, ...rest } = input;
  return {
    ...rest,
    ...(siret !== undefined ? { siret: siret ? siret.replace(/\s/g, '') : null } : {}),
    ...(speciality !== undefined ? { speciality: speciality ?? null } : {}),
    ...(contacts !== undefined
      ? { contacts: (contacts ?? []).map((c) => ({ name: c.name, role: c.role ?? null, email: c.email ?? null, phone: c.phone ?? null })) }
      : {}),
  };
}

export function hostSiteResponse(h: HostSite): HostSiteResponse {
  return {
    id: h.id,
    name: h.name,
    kind: h.kind,
    kindLabel: HOST_SITE_KIND_LABELS[h.kind],
    speciality: h.speciality,
    address: h.address,
    postalCode: h.postalCode,
    city: h.city,
    siret: h.siret,
    capacity: h.capacity,
    contacts: h.contacts,
  };
}
