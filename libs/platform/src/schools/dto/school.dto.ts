import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Trim, TrimLower } from '../../http/transforms';
import { PageQuery } from '../../http/pagination';
import { IsEmailAddress } from '../../http/validators';

export class CreateSchoolRequest {
  @ApiProperty({ example: 'Institut de formation des assistants médicaux de Lyon' })
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  name: string;

  @ApiProperty({ example: 'ifam-lyon', description: 'Short lower-case identifier (letters, digits, hyphens)' })
  @TrimLower()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(60)
  @IsString()
  slug: string;

  @ApiProperty({ description: 'E-mail of the first school administrator (receives an invitation)' })
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  adminEmail: string;

  @ApiProperty()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  adminFullName: string;
}

export class UpdateSchoolRequest {
  @ApiProperty()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  name: string;
}

export class SchoolQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', 'name'] })
  @IsOptional()
  @IsIn(['createdAt', 'name'])
  sort: 'createdAt' | 'name' = 'createdAt';

  @ApiPropertyOptional({ description: 'Part of the name or slug' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;
}

export class SchoolResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty() accountCount: number;
}
