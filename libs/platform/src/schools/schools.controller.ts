import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '../accounts/role';
import { Roles } from '../auth/auth.decorators';
import { Page, PageOf, toPage } from '../http/pagination';
import { ParseId } from '../http/parse-id.pipe';
import { CreateSchoolRequest, SchoolQuery, SchoolResponse, UpdateSchoolRequest } from './dto/school.dto';
import { SchoolsService } from './schools.service';

@ApiTags('schools')
@Controller('schools')
@Roles(Role.PlatformAdmin)
export class SchoolsController {
  constructor(private readonly schools: SchoolsService) {}

  @Get()
  @ApiOperation({ summary: 'List schools (platform administrator)' })
  @ApiOkResponse({ type: PageOf(SchoolResponse) })
  async list(@Query() q: SchoolQuery): Promise<Page<SchoolResponse>> {
    const [rows, total] = await this.schools.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({ summary: 'Create a school and invite its first administrator' })
  @ApiCreatedResponse({ type: SchoolResponse })
  create(@Body() body: CreateSchoolRequest): Promise<SchoolResponse> {
    return this.schools.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One school' })
  @ApiOkResponse({ type: SchoolResponse })
  get(@Param('id', ParseId) id: string): Promise<SchoolResponse> {
    return this.schools.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename a school' })
  @ApiOkResponse({ type: SchoolResponse })
  update(@Param('id', ParseId) id: string, @Body() body: UpdateSchoolRequest): Promise<SchoolResponse> {
    return this.schools.update(id, body);
  }
}
