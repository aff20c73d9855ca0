import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { AppError, AuditService, Db, notFound } from '@app/platform';
import { checkOptionalRpps } from '../rules/identifiers.rules';
import { HostSite } from '../host-sites/host-site.entity';
import { TutorHostSite } from './tutor-host-site.entity';
import { Tutor, TutorProfession } from './tutor.entity';
import { CreateTutorRequest, TutorQuery, TutorResponse, UpdateTutorRequest } from './dto/tutor.dto';

export const PROFESSION_LABELS: Record<TutorProfession, string> = {
  general_practitioner: 'Médecin généraliste',
  specialist: 'Médecin spécialiste',
  coordinating_nurse: 'Infirmier(e) coordinateur(trice)',
  manager: 'Responsable de structure',
};

/** Tutors (maîtres de stage) and the host sites they work at; RPPS checked; every change audited. */
@Injectable()
export class TutorsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async list(q: TutorQuery): Promise<[TutorResponse[], number]> {
    const qb = this.db.tx.createQueryBuilder(Tutor, 't').orderBy('t.last_name').addOrderBy('t.first_name').addOrderBy('t.id');
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('t.last_name ILIKE :like', { like })
            .orWhere('t.first_name ILIKE :like', { like })
            .orWhere('t.email ILIKE :like', { like }),
        ),
      );
    }
    if (q.hostSiteId)
      qb.andWhere('EXISTS (SELECT 1 FROM tutor_host_sites l WHERE l.tutor_id = t.id AND l.host_site_id = :site)', { site: q.hostSiteId });
    const [tutors, total] = await qb.skip(q.skip).take(q.pageSize).getManyAndCount();
    return [await this.responses(tutors), total];
  }

  /** The responses of `tutors` with their host sites (one statement for all). */
  private async responses(tutors: Tutor[]): Promise<TutorResponse[]> {
    const ids = tutors.map((t) => t.id);
    const links: { tutor_id: string; id: string; name: string }[] = ids.length
      ? await this.db.tx.query(
          `SELECT l.tutor_id, h.id, h.name FROM tutor_host_sites l JOIN host_sites h ON h.id = l.host_site_id WHERE l.tutor_id = ANY($1::uuid[]) ORDER BY h.name`,
          [ids],
        )
      : [];
    return tutors.map((t) => ({
      id: t.id,
      lastName: t.lastName,
      firstName: t.firstName,
      profession: t.profession,
      professionLabel: PROFESSION_LABELS[t.profession],
      rpps: t.rpps,
      email: t.email,
      phone: t.phone,
      hostSites: links.filter((l) => l.tutor_id === t.id).map((l) => ({ id: l.id, name: l.name })),
    }));
  }

  private async entity(id: string): Promise<Tutor> {
    const tutor = await this.db.tx.findOneBy(Tutor, { id });
    if (!tutor) throw notFound('Tuteur');
    return tutor;
  }

  async get(id: string): Promise<TutorResponse> {
    return (await this.responses([await this.entity(id)]))[0];
  }

  private rpps(value: string | null | undefined): string | null {
    const check = checkOptionalRpps(value);
    if (!check.ok) throw new AppError(400, check.code, check.message, { rpps: [check.message] });
    return check.rpps;
  }

  private async sites(ids: string[]): Promise<void> {
    const found = await this.db.tx.createQueryBuilder(HostSite, 'h').where('h.id = ANY(:ids)', { ids }).getCount();
    if (found !== ids.length)
      throw new AppError(400, 'UNKNOWN_HOST_SITE', 'Un lieu de stage choisi n’existe pas dans votre école.', {
        hostSiteIds: ['lieu inconnu'],
      });
  }

  async create(input: CreateTutorRequest): Promise<TutorResponse> {
    const rpps = this.rpps(input.rpps);
    await this.sites(input.hostSiteIds);
    const { hostSiteIds, ...fields } = input;
    const tutor = await this.db.tx.save(
      this.db.tx.create(Tutor, { ...fields, rpps, phone: input.phone ?? null, schoolId: this.db.schoolId! }),
    );
    await this.db.tx.insert(
      TutorHostSite,
      hostSiteIds.map((hostSiteId) => ({ tutorId: tutor.id, hostSiteId, schoolId: tutor.schoolId })),
    );
    const response = await this.get(tutor.id);
    await this.audit.record({ entityType: 'tutor', entityId: tutor.id, action: 'tutor.created', after: response });
    return response;
  }

  async update(id: string, input: UpdateTutorRequest): Promise<TutorResponse> {
    const before = await this.get(id);
    const { hostSiteIds, ...fields } = input;
    const changes: Partial<Tutor> = { ...fields };
    if (input.rpps !== undefined) changes.rpps = this.rpps(input.rpps);
    if (Object.keys(changes).length) await this.db.tx.update(Tutor, { id }, changes);
    if (hostSiteIds) {
      await this.sites(hostSiteIds);
      await this.db.tx.delete(TutorHostSite, { tutorId: id });
      await this.db.tx.insert(
        TutorHostSite,
        hostSiteIds.map((hostSiteId) => ({ tutorId: id, hostSiteId, schoolId: this.db.schoolId! })),
      );
    }
    const after = await this.get(id);
    await this.audit.record({ entityType: 'tutor', entityId: id, action: 'tutor.updated', before, after });
    return after;
  }
}
