import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, ParseId, Role, Roles } from '@app/platform';
import { PlacementBoardQuery, PlacementBoardResponse, PlacementCardResponse } from './dto/placement-board.dto';
import { PlacementBoardService } from './placement-board.service';

@ApiTags('internship')
@Controller()
export class PlacementBoardController {
  constructor(private readonly board: PlacementBoardService) {}

  @Get('placement-board')
  @Roles(Role.SchoolAdmin, Role.Staff)
  @ApiOperation({
    summary:
      'The placement board of a week: who is where, trainees without a placement, conventions awaiting signatures, evaluations due or late',
  })
  @ApiOkResponse({ type: PlacementBoardResponse })
  get(@Query() q: PlacementBoardQuery): Promise<PlacementBoardResponse> {
    return this.board.board(q);
  }

  @Get('trainees/:id/placements')
  @Roles(Role.SchoolAdmin, Role.Staff, Role.Trainer)
  @ApiOperation({ summary: 'A trainee’s placements as cards: site, tutor, dates, convention, evaluations' })
  @ApiOkResponse({ type: [PlacementCardResponse] })
  cards(@Param('id', ParseId) id: string): Promise<PlacementCardResponse[]> {
    return this.board.cards(id);
  }

  @Get('me/placements')
  @Roles(Role.Trainee)
  @ApiOperation({ summary: 'My placements: site, tutor, dates, convention, evaluations' })
  @ApiOkResponse({ type: [PlacementCardResponse] })
  mine(@CurrentCaller() caller: Caller): Promise<PlacementCardResponse[]> {
    return this.board.mine(caller.accountId);
  }
}
