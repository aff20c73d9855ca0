import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { TrimLower } from '../../http/transforms';
import { IsEmailAddress } from '../../http/validators';
import { Role } from '../../accounts/role';

export class LoginRequest {
  @ApiProperty({ example: 'direction@demo.cqp.local' })
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiProperty()
  @MaxLength(200)
  @IsString()
  password: string;
}

export class NewPasswordRequest {
  @ApiProperty({ minLength: 12, maxLength: 200 })
  @MinLength(12)
  @MaxLength(200)
  @IsString()
  password: string;
}

export class PasswordResetRequest {
  @ApiProperty()
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role: Role;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) schoolId: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolName: string | null;
}

export class InvitationResponse {
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) schoolName: string | null;
}
