/** A tutor as the lists and pickers name them (kept apart from fields.tsx: the app shell needs it without the form widgets). */
export const tutorName = (t: { firstName: string; lastName: string }) => `${t.firstName} ${t.lastName}`;
