import { DateField, type DateFieldProps } from 'react-admin';
import { DATE_TIME_OPTIONS, LOCALE } from '../lib/dates';

/** Date and time in French format, Europe/Paris. */
export const DateTimeField = (props: DateFieldProps) => (
  <DateField showTime locales={LOCALE} options={DATE_TIME_OPTIONS} emptyText="—" {...props} />
);
