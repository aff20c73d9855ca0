import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller } from '../auth/caller';
import { Page, PageOf, toPage } from '../http/pagination';
import { ParseId } from '../http/parse-id.pipe';
import { AccountsService } from './accounts.service';
import { InviteUserRequest, UpdateUserRequest, UserQuery, UserResponse } from './dto/account.dto';
import { Role } from './role';

@ApiTags('users')
@Controller('users')
@Roles(Role.SchoolAdmin)
export class UsersController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOperation({ summary: "List the school's accounts" })
  @ApiOkResponse({ type: PageOf(UserResponse) })
  async list(@Query() q: UserQuery): Promise<Page<UserResponse>> {
    const [rows, total] = await this.accounts.list(q);
    return toPage(q, rows.map(UserResponse.from), total);
  }

  @Post()
  @ApiOperation({ summary: 'Invite a person: creates the account and e-mails a one-time link' })
  @ApiCreatedResponse({ type: UserResponse })
  async invite(@CurrentCaller() caller: Caller, @Body() body: InviteUserRequest): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.invite(caller, body));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: UserResponse })
  async get(@Param('id', ParseId) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.get(id));
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a person's name or role" })
  @ApiOkResponse({ type: UserResponse })
  async update(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string, @Body() body: UpdateUserRequest): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.update(caller, id, body));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account; its sessions end at once' })
  @ApiOkResponse({ type: UserResponse })
  async disable(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.setEnabled(caller, id, false));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again' })
  @ApiOkResponse({ type: UserResponse })
  async enable(@CurrentCaller() caller: Caller, @Param('id', ParseId) id: string): Promise<UserResponse> {
    return UserResponse.from(await this.accounts.setEnabled(caller, id, true));
  }

  @Post(':id/resend-invitation')
  @HttpCode(204)
  @ApiOperation({ summary: 'Send a new invitation link (the previous one stops working)' })
  @ApiNoContentResponse()
  resend(@Param('id', ParseId) id: string): Promise<void> {
    return this.accounts.resendInvitation(id);
  }
}
