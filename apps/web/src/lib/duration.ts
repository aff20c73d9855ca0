/** Minutes as a French reader says them: 750 → « 12 h 30 », 120 → « 2 h », 45 → « 45 min », 0 → « 0 h ». */
export function formatMinutes(minutes: number | null | undefined): string {
  if (minutes == null || !Number.isFinite(minutes)) return '—';
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0 && rest > 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${String(rest).padStart(2, '0')}`;
}

/** A rate between 0 and 1 as « 12,5 % ». */
export function formatRate(rate: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** Share of `part` in `whole` as a 0–100 value for progress bars (0 when whole is 0). */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0) return part > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, (part / whole) * 100));
}

/** Minutes from « heures » and « minutes » inputs (empty inputs count as 0). */
export function toMinutes(hours: number | null | undefined, minutes: number | null | undefined): number {
  return Math.round((hours ?? 0) * 60 + (minutes ?? 0));
}
