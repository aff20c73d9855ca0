/** A duration in minutes as a French reader says it: 45 → '45 min', 120 → '2 h', 90 → '1 h 30', 4620 → '77 h'. */
export function durationLabel(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const total = Math.abs(Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${String(rest).padStart(2, '0')}`;
}
