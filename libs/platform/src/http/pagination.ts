import { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` (1-based), `pageSize` (max 100), `order`; each list adds its own `sort` and filters. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100000, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(100000)
  @IsInt()
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(100)
  @IsInt()
  pageSize = 25;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';

  get skip(): number {
    return (this.page - 1) * this.pageSize;
  }

  get direction(): 'ASC' | 'DESC' {
    return this.order === 'asc' ? 'ASC' : 'DESC';
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function toPage<T>(query: PageQuery, items: T[], total: number): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

const pageClasses = new Map<NestType, NestType>();

/** The OpenAPI class of a page of `Item` (one per item type). */
export function PageOf<T>(item: NestType<T>): NestType<Page<T>> {
  let cls = pageClasses.get(item);
  if (!cls) {
    class PageClass implements Page<T> {
      @ApiProperty({ type: [item] })
      items: T[];
      @ApiProperty()
      total: number;
      @ApiProperty()
      page: number;
      @ApiProperty()
      pageSize: number;
    }
    Object.defineProperty(PageClass, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
    cls = PageClass;
    pageClasses.set(item, cls);
  }
  return cls as NestType<Page<T>>;
}
