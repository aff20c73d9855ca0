import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page, PageOf, ParseId, Role, Roles, toPage } from '@app/platform';
import { PlacementQuery, PlacementRequest, PlacementResponse } from './dto/placement.dto';
import { PlacementsService } from './placements.service';

@ApiTags('internship')
@Controller('placements')
@Roles(Role.SchoolAdmin, Role.Staff)
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Get()
  @ApiOperation({ summary: 'Placements, by trainee, host site, tutor, cohort, or running on a day' })
  @ApiOkResponse({ type: PageOf(PlacementResponse) })
  async list(@Query() q: PlacementQuery): Promise<Page<PlacementResponse>> {
    const [rows, total] = await this.placements.list(q);
    return toPage(q, rows, total);
  }

  @Post()
  @ApiOperation({
    summary: 'Place a trainee: refused on an overlap, outside the cohort, over the site’s capacity, or with a tutor of another site',
  })
  @ApiCreatedResponse({ type: PlacementResponse })
  create(@Body() body: PlacementRequest): Promise<PlacementResponse> {
    return this.placements.create(body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One placement' })
  @ApiOkResponse({ type: PlacementResponse })
  get(@Param('id', ParseId) id: string): Promise<PlacementResponse> {
    return this.placements.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a placement (same rules; the placement itself never counts as an overlap)' })
  @ApiOkResponse({ type: PlacementResponse })
  update(@Param('id', ParseId) id: string, @Body() body: PlacementRequest): Promise<PlacementResponse> {
    return this.placements.update(id, body);
  }
}
