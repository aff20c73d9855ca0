import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../http/pagination';
import { OutboxMessage, OutboxStatus } from '../outbox-message.entity';

export class OutboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'] })
  @IsOptional()
  @IsIn(['createdAt'])
  sort = 'createdAt' as const;

  @ApiPropertyOptional({ description: 'Part of the recipient or the subject' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;
}

export class OutboxMessageResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ enum: OutboxStatus, enumName: 'OutboxStatus' }) status: OutboxStatus;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;

  static from(m: OutboxMessage): OutboxMessageResponse {
    const { id, to, subject, status, createdAt, sentAt } = m;
    return { id, to, subject, status, createdAt, sentAt };
  }
}

export class OutboxMessageDetailResponse extends OutboxMessageResponse {
  @ApiProperty() text: string;
  @ApiProperty({ type: String, nullable: true }) html: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;

  static override from(m: OutboxMessage): OutboxMessageDetailResponse {
    return { ...OutboxMessageResponse.from(m), text: m.text, html: m.html, lastError: m.lastError };
  }
}
