import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { CreateTutorRequest, TutorQuery, TutorResponse, UpdateTutorRequest } from './dto/tutor.dto';
import { TutorsService } from './tutors.service';

@ApiTags('internship')
@Controller('tutors')
@Roles(Role.SchoolAdmin, Role.Staff)
export class TutorsController {
  constructor(private readonly tutors: TutorsService) {}

  @Get()
  @ApiOperation({ summary: 'Tutors of the school: search by name or e-mail, filter by host site' })
  @ApiOkResponse({ type: PageOf(TutorResponse) })
  async list(@Query() q: TutorQuery): Promise<Page<TutorResponse>> {
    const [rows, total] = await this.tutors.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({ summary: 'Add a tutor at one or more host sites (RPPS checked); audited' })
  @ApiCreatedResponse({ type: TutorResponse })
  create(@Body() body: CreateTutorRequest): Promise<TutorResponse> {
    return this.tutors.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One tutor and their host sites' })
  @ApiOkResponse({ type: TutorResponse })
  get(@Param('id', ParseId) id: string): Promise<TutorResponse> {
    return this.tutors.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a tutor (and their host sites); audited' })
  @ApiOkResponse({ type: TutorResponse })
  update(@Param('id', ParseId) id: string, @Body() body: UpdateTutorRequest): Promise<TutorResponse> {
    return this.tutors.update(id, body);
  }
}
