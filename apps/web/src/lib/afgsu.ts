import type { ChipProps } from '@mui/material';
import type { AfgsuAttendance, AfgsuLevel, AfgsuStatusCode } from '../api/afgsu';
import { traineePath } from './paths';

/** Statuses in the order shown (counts, filter); labels under `app.afgsu.status`. */
export const AFGSU_STATUSES = ['missing', 'planned', 'valid', 'expiring_soon', 'expired'] as const satisfies readonly AfgsuStatusCode[];

export const AFGSU_STATUS_COLORS = {
  valid: 'success',
  expiring_soon: 'warning',
  expired: 'error',
  planned: 'info',
  missing: 'default',
} as const satisfies Record<AfgsuStatusCode, ChipProps['color']>;

export const AFGSU_LEVELS = [1, 2] as const satisfies readonly AfgsuLevel[];

export const AFGSU_SESSION_KINDS = ['initial', 'refresher'] as const;

/** The usual size of a group (10 to 12): the capacity offered for a new session. */
export const AFGSU_DEFAULT_CAPACITY = 12;
export const AFGSU_MAX_CAPACITY = 30;
export const AFGSU_MAX_DAYS = 5;

/** Reminders looked at on the overview: the next 90 days. */
export const AFGSU_REMINDER_DAYS = 90;

export const ATTENDANCE_COLORS = { enrolled: 'default', present: 'success', absent: 'error' } as const satisfies Record<
  AfgsuAttendance,
  ChipProps['color']
>;

export const isAfgsuStatus = (value: string | null): value is AfgsuStatusCode =>
  (AFGSU_STATUSES as readonly string[]).includes(value ?? '');

/** The staff's AFGSU pages (the `afgsu` resource: overview, sessions, one session) and a trainee's AFGSU tab. */
export const AFGSU_PATH = '/afgsu';
export const AFGSU_SESSIONS_PATH = `${AFGSU_PATH}/sessions`;
export const afgsuSessionPath = (sessionId: string) => `${AFGSU_SESSIONS_PATH}/${sessionId}`;
export const traineeAfgsuPath = (traineeId: string) => `${traineePath(traineeId)}/afgsu`;
