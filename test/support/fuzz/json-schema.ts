import { OpenAPIObject } from '@nestjs/swagger';

/** The part of an OpenAPI 3.0 schema object the fuzzer reads. */
export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
}

/**
 * `schema` with its `$ref` followed and a single `allOf` unwrapped (how @nestjs/swagger writes an enum or a nested DTO),
 * keeping the `nullable` of the reference.
 */
export function resolveSchema(doc: OpenAPIObject, schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) {
    const target = resolveSchema(doc, doc.components!.schemas![schema.$ref.split('/').pop()!] as Schema);
    return target && { ...target, ...(schema.nullable ? { nullable: true } : {}) };
  }
  if (schema.allOf?.length === 1) {
    const { allOf, ...rest } = schema;
    return { ...resolveSchema(doc, allOf[0]), ...rest };
  }
  return schema;
}

/** The JSON schema of an operation's body, and the content types it takes (none when the handler takes no body). */
export function requestBodyOf(doc: OpenAPIObject, path: string, method: string): { schema?: Schema; types: string[] } {
  const operation = (doc.paths[path] as Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>)[method];
  const content = operation?.requestBody?.content ?? {};
  return { schema: resolveSchema(doc, content['application/json']?.schema), types: Object.keys(content) };
}
