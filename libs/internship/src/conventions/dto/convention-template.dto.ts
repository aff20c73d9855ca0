import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';
import { EachNested, Trim } from '@app/platform';

export class ConventionArticleInput {
  @ApiProperty({ maxLength: 200 }) @Trim() @MinLength(1) @MaxLength(200) @IsString() heading: string;
  @ApiProperty({ maxLength: 5000, description: 'May hold placeholders such as {{stagiaire}}' })
  @Trim()
  @MinLength(1)
  @MaxLength(5000)
  @IsString()
  body: string;
}

export class ConventionTemplateRequest {
  @ApiProperty({ maxLength: 200 }) @Trim() @MinLength(3) @MaxLength(200) @IsString() title: string;

  @ApiProperty({ type: [ConventionArticleInput] })
  @EachNested(() => ConventionArticleInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsArray()
  articles: ConventionArticleInput[];
}

export class ConventionPlaceholderResponse {
  @ApiProperty({ example: 'stagiaire' }) name: string;
  @ApiProperty({ example: 'Prénom et nom du stagiaire' }) description: string;
}

export class ConventionTemplateResponse {
  @ApiProperty() title: string;
  @ApiProperty({ type: [ConventionArticleInput] }) articles: ConventionArticleInput[];
  @ApiProperty({ description: 'True while the school has not saved its own template (the default French one applies)' })
  isDefault: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: Date | null;
  @ApiProperty({ type: [ConventionPlaceholderResponse] }) placeholders: ConventionPlaceholderResponse[];
}
