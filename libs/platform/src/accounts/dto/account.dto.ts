import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim, TrimLower } from '../../http/transforms';
import { PageQuery } from '../../http/pagination';
import { IsEmailAddress, IsOptionalNotNull } from '../../http/validators';
import { Account } from '../account.entity';
import { AccountStatus, Role, SCHOOL_ROLES } from '../role';

export class InviteUserRequest {
  @ApiProperty()
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiProperty()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  fullName: string;

  @ApiProperty({ enum: SCHOOL_ROLES, enumName: 'SchoolRole' })
  @IsIn(SCHOOL_ROLES)
  role: Role;
}

export class UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  fullName?: string;

  @ApiPropertyOptional({ enum: SCHOOL_ROLES, enumName: 'SchoolRole' })
  @IsOptionalNotNull()
  @IsIn(SCHOOL_ROLES)
  role?: Role;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', 'fullName', 'email', 'lastLoginAt'] })
  @IsOptional()
  @IsIn(['createdAt', 'fullName', 'email', 'lastLoginAt'])
  sort: 'createdAt' | 'fullName' | 'email' | 'lastLoginAt' = 'createdAt';

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: SCHOOL_ROLES, enumName: 'SchoolRole' })
  @IsOptional()
  @IsIn(SCHOOL_ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: AccountStatus, enumName: 'AccountStatus' })
  @IsOptional()
  @IsIn(Object.values(AccountStatus))
  status?: AccountStatus;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ enum: AccountStatus, enumName: 'AccountStatus' }) status: AccountStatus;
  @ApiProperty({ type: Date, nullable: true }) lastLoginAt: Date | null;
  @ApiProperty() createdAt: Date;

  static from(a: Account): UserResponse {
    const { id, email, fullName, role, status, lastLoginAt, createdAt } = a;
    return { id, email, fullName, role, status, lastLoginAt, createdAt };
  }
}
