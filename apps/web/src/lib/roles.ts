import { PATHS } from './paths';
import type { Role, SchoolRole, UserStatus } from '../api/types';

export const ROLES = ['platform_admin', 'school_admin', 'staff', 'trainer', 'trainee', 'tutor'] as const satisfies readonly Role[];
/** Roles a school admin may give (never platform_admin). */
export const INVITABLE_ROLES = ROLES.filter((role): role is SchoolRole => role !== 'platform_admin');
export const USER_STATUSES = ['invited', 'active', 'disabled'] as const satisfies readonly UserStatus[];

/** Roles that work in the back-office; every other role gets the welcome dashboard. */
export const isAdminRole = (role: unknown): boolean => role === 'platform_admin' || role === 'school_admin';

/** Roles that run cohorts, timetables and attendance corrections. */
export const isStaffRole = (role: unknown): boolean => role === 'school_admin' || role === 'staff';

/** First page an administrator lands on. */
export const homePath = (role: unknown): string => (role === 'platform_admin' ? '/schools' : '/users');

/** Where a role lands instead of the dashboard, if anywhere. */
export const landingPath = (role: unknown): string | null =>
  isAdminRole(role) ? homePath(role) : role === 'trainer' ? PATHS.mySessions : null;
