import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db, notFound, School } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { ReferentialBlock } from '@app/referential';
import { gratificationText, renderArticles } from '../rules/convention-template.rules';
import { contentHash } from '../rules/convention-content.rules';
import { Placement } from '../placements/placement.entity';
import { PROFESSION_LABELS } from '../tutors/tutors.service';
import { ConventionTemplatesService } from './convention-templates.service';
import { ConventionContent, ConventionPerson } from './convention-content';

/**
 * Prepares what a convention says from the placement as it is now, the school's letterhead and its template: the
 * snapshot (content) the PDF is made from, and its hash.
 */
@Injectable()
export class ConventionSnapshotService {
  constructor(
    private readonly db: Db,
    private readonly templates: ConventionTemplatesService,
  ) {}

  async prepare(
    placementId: string,
    version: number,
    amends: ConventionContent['amends'],
    now = new Date(),
  ): Promise<{ content: ConventionContent; contentHash: string }> {
    const p = await this.db.tx.findOne(Placement, {
      where: { id: placementId },
      relations: { trainee: true, hostSite: true, tutor: true },
    });
    if (!p) throw notFound('Stage');
    const school = await this.db.tx.findOneByOrFail(School, { id: this.db.schoolId! });
    const blocks = await this.db.tx.findBy(ReferentialBlock, { id: In(p.objectives.map((o) => o.blockId)) });
    const template = await this.templates.current();
    const trainee = p.trainee!;
    const tutor = p.tutor!;
    const site = p.hostSite!;
    const traineeName = `${trainee.firstName} ${trainee.lastName}`;
    const tutorName = `${tutor.firstName} ${tutor.lastName}`;
    const contact = site.contacts.find((c) => c.email);
    const representative: ConventionPerson = contact
      ? { name: contact.name, role: contact.role, email: contact.email }
      : { name: tutorName, role: 'Tuteur', email: tutor.email };
    const articles = renderArticles(template.articles, {
      organisme: school.name,
      stagiaire: traineeName,
      lieu: site.name,
      tuteur: tutorName,
      debut: frenchDate(p.startOn),
      fin: frenchDate(p.endOn),
      heures: String(p.plannedHours),
      gratification: gratificationText(p.plannedHours),
    });
    const content: ConventionContent = {
      title: template.title,
      version,
      amends,
      preparedAt: now.toISOString(),
      school: {
        name: school.name,
        address: school.address,
        siret: school.siret,
        activityNumber: school.activityNumber,
        signatory: school.signatory,
        email: school.contactEmail,
      },
      host: { name: site.name, address: `${site.address}, ${site.postalCode} ${site.city}`, siret: site.siret, representative },
      trainee: { name: traineeName, role: 'Stagiaire', email: trainee.email },
      tutor: { name: tutorName, role: PROFESSION_LABELS[tutor.profession], email: tutor.email, phone: tutor.phone },
      placement: { type: p.type, startOn: p.startOn, endOn: p.endOn, plannedHours: p.plannedHours },
      objectives: p.objectives.map((o) => {
        const block = blocks.find((b) => b.id === o.blockId);
        return { blockCode: block?.code ?? '', blockTitle: block?.title ?? '', text: o.text };
      }),
      articles,
    };
    return { content, contentHash: contentHash(content) };
  }
}
