import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@app/platform';
import { ConventionTemplatesService } from './convention-templates.service';
import { ConventionTemplateRequest, ConventionTemplateResponse } from './dto/convention-template.dto';

@ApiTags('internship')
@Controller('convention-template')
@Roles(Role.SchoolAdmin, Role.Staff)
export class ConventionTemplatesController {
  constructor(private readonly templates: ConventionTemplatesService) {}

  @Get()
  @ApiOperation({
    summary: 'The school’s template of convention de stage (the default French one until it saves its own) and its placeholders',
  })
  @ApiOkResponse({ type: ConventionTemplateResponse })
  get(): Promise<ConventionTemplateResponse> {
    return this.templates.get();
  }

  @Put()
  @Roles(Role.SchoolAdmin)
  @ApiOperation({ summary: 'Save the school’s template: an unknown {{placeholder}} is refused (400 naming it); audited' })
  @ApiOkResponse({ type: ConventionTemplateResponse })
  put(@Body() body: ConventionTemplateRequest): Promise<ConventionTemplateResponse> {
    return this.templates.put(body);
  }
}
