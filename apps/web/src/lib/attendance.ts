import type { AttendanceSheet, AttendanceStatus } from '../api/types';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const satisfies readonly AttendanceStatus[];

export const STATUS_COLORS = { present: 'success', late: 'warning', absent: 'error', excused: 'info' } as const satisfies Record<
  AttendanceStatus,
  string
>;

export interface SheetState {
  /** The session has started: every status may be recorded (before, only an excused absence). */
  started: boolean;
  /** Past the signing window or countersigned: only staff may correct, with a reason. */
  closed: boolean;
}

/** Where a sheet stands at `now`, as the API decides it. */
export function sheetState(sheet: AttendanceSheet, now: number): SheetState {
  return {
    started: now >= Date.parse(sheet.session.startsAt),
    closed: now > Date.parse(sheet.signingClosesAt) || sheet.countersignedAt !== null,
  };
}

/** Whether choosing `status` needs the details dialog (minutes of a late arrival, justification, reason). */
export function needsDetails(status: AttendanceStatus, reasonRequired: boolean): boolean {
  return reasonRequired || status === 'late' || status === 'excused';
}
