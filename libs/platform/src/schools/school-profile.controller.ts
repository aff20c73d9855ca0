import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../accounts/role';
import { AuditService } from '../audit/audit.service';
import { Roles } from '../auth/auth.decorators';
import { Db } from '../database/db.service';
import { SchoolProfileRequest, SchoolProfileResponse } from './dto/school-profile.dto';
import { School } from './school.entity';

const profile = (s: School): SchoolProfileResponse => ({
  name: s.name,
  address: s.address,
  siret: s.siret,
  activityNumber: s.activityNumber,
  signatory: s.signatory,
  phone: s.phone,
  contactEmail: s.contactEmail,
});

/** The caller's school as its documents print it (letterhead): read by staff, set by its administrator (audited). */
@ApiTags('schools')
@Controller('school/profile')
@Roles(Role.SchoolAdmin, Role.Staff)
export class SchoolProfileController {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The letterhead of the school’s documents' })
  @ApiOkResponse({ type: SchoolProfileResponse })
  async get(): Promise<SchoolProfileResponse> {
    return profile(await this.db.tx.findOneByOrFail(School, { id: this.db.schoolId! }));
  }

  @Put()
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: 'Set the letterhead: address, SIRET (checked), numéro de déclaration d’activité, signatory, contact; audited' })
  @ApiOkResponse({ type: SchoolProfileResponse })
  async update(@Body() body: SchoolProfileRequest): Promise<SchoolProfileResponse> {
    const before = await this.db.tx.findOneByOrFail(School, { id: this.db.schoolId! });
    const changes = {
      address: body.address ?? null,
      siret: body.siret ? body.siret.replace(/\s/g, '') : null,
      activityNumber: body.activityNumber ?? null,
      signatory: body.signatory ?? null,
      phone: body.phone ?? null,
      contactEmail: body.contactEmail ?? null,
    };
    await this.db.tx.update(School, { id: before.id }, changes);
    await this.audit.record({
      entityType: 'school',
      entityId: before.id,
      action: 'school.profile_updated',
      before: profile(before),
      after: changes,
    });
    return profile({ ...before, ...changes });
  }
}
