import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, ParseId, ReasonRequest, Role, Roles } from '@app/platform';
import { ExemptionTableResponse, ReplaceExemptionTableRequest } from './dto/exemption-table.dto';
import { OverrideSettingRequest, SettingResponse, VersionResponse } from './dto/referential.dto';
import { ExemptionTableService } from './exemptions/exemption-table.service';
import { RuleSettingsService } from './settings/rule-settings.service';
import { ReferentialService } from './versions/referential.service';

@ApiTags('referential')
@Controller('referential/versions')
export class ReferentialController {
  constructor(
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly exemptions: ExemptionTableService,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Certification versions with their blocks, modules and planned minutes' })
  @ApiOkResponse({ type: [VersionResponse] })
  async list(): Promise<VersionResponse[]> {
    return (await this.referential.listVersions()).map(VersionResponse.from);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One certification version' })
  @ApiOkResponse({ type: VersionResponse })
  async get(@Param('id', ParseId) id: string): Promise<VersionResponse> {
    return VersionResponse.from(await this.referential.getVersion(id));
  }

  @Get(':id/settings')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "Rule settings in force for the caller's school, and where each value comes from" })
  @ApiOkResponse({ type: [SettingResponse] })
  describe(@Param('id', ParseId) id: string): Promise<SettingResponse[]> {
    return this.settings.describe(id);
  }

  @Put(':id/settings/:key')
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: 'Override a configurable setting for the school (audited)' })
  @ApiOkResponse({ type: [SettingResponse] })
  override(@Param('id', ParseId) id: string, @Param('key') key: string, @Body() body: OverrideSettingRequest): Promise<SettingResponse[]> {
    return this.settings.override(id, key, body.value, body.reason);
  }

  @Post(':id/settings/:key/reset')
  @HttpCode(200)
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: "Go back to the referential's value (audited)" })
  @ApiOkResponse({ type: [SettingResponse] })
  reset(@Param('id', ParseId) id: string, @Param('key') key: string, @Body() body: ReasonRequest): Promise<SettingResponse[]> {
    return this.settings.reset(id, key, body.reason);
  }

  @Get(':id/exemption-table')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({ summary: "Exemption table in force for the caller's school (its own, or the referential's)" })
  @ApiOkResponse({ type: ExemptionTableResponse })
  exemptionTable(@Param('id', ParseId) id: string): Promise<ExemptionTableResponse> {
    return this.exemptions.tableFor(id);
  }

  @Put(':id/exemption-table')
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: "Replace the school's exemption table (checked against the version's blocks and modules; audited)" })
  @ApiOkResponse({ type: ExemptionTableResponse })
  replaceExemptionTable(@Param('id', ParseId) id: string, @Body() body: ReplaceExemptionTableRequest): Promise<ExemptionTableResponse> {
    return this.exemptions.replace(id, body.rows, body.reason);
  }

  @Post(':id/exemption-table/reset')
  @HttpCode(200)
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: "Go back to the referential's exemption table (audited)" })
  @ApiOkResponse({ type: ExemptionTableResponse })
  resetExemptionTable(@Param('id', ParseId) id: string, @Body() body: ReasonRequest): Promise<ExemptionTableResponse> {
    return this.exemptions.reset(id, body.reason);
  }
}
