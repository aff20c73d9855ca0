import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : never
  : never;
type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
type Item<P> = P extends { items: (infer I)[] } ? I : never;

export type Me = Ok<paths['/api/v1/auth/me']['get']>;
export type Invitation = Ok<paths['/api/v1/auth/invitations/{token}']['get']>;
export type School = Item<Ok<paths['/api/v1/schools']['get']>>;
export type SchoolCreate = Body<paths['/api/v1/schools']['post']>;
export type SchoolUpdate = Body<paths['/api/v1/schools/{id}']['patch']>;
export type User = Item<Ok<paths['/api/v1/users']['get']>>;
export type UserCreate = Body<paths['/api/v1/users']['post']>;
export type UserUpdate = Body<paths['/api/v1/users/{id}']['patch']>;
export type OutboxMessage = Item<Ok<paths['/api/v1/outbox']['get']>>;
export type OutboxMessageDetail = Ok<paths['/api/v1/outbox/{id}']['get']>;
export type AuditEvent = Item<Ok<paths['/api/v1/audit-events']['get']>>;

export type Role = Me['role'];
/** Roles inside a school (every role but platform_admin). */
export type SchoolRole = UserCreate['role'];
export type UserStatus = User['status'];
