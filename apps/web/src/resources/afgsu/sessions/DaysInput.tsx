import AddIcon from '@mui/icons-material/Add';
import { Button } from '@mui/material';
import {
  ArrayInput,
  DateInput,
  FormDataConsumer,
  SimpleFormIterator,
  TextInput,
  required,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import type { AfgsuSessionDay, AfgsuSessionInput } from '../../../api/afgsu';
import { AFGSU_MAX_DAYS } from '../../../lib/afgsu';
import { addDays } from '../../../lib/dates';

/** Times of a new day: 7 h, so that two days make the 14 h of the full course. */
export const DAY_TIMES = { startTime: '09:00', endTime: '16:00' } as const;

/** A new day: the day after the last one, same times. */
export function nextDay(days: Partial<AfgsuSessionDay>[] | undefined): AfgsuSessionDay {
  const last = days?.at(-1);
  return {
    date: last?.date ? addDays(last.date, 1) : '',
    startTime: last?.startTime || DAY_TIMES.startTime,
    endTime: last?.endTime || DAY_TIMES.endTime,
  };
}

const AddDayButton = ({ days }: { days: Partial<AfgsuSessionDay>[] | undefined }) => {
  const translate = useTranslate();
  const { add, total } = useSimpleFormIterator();
  return (
    <Button size="small" startIcon={<AddIcon />} onClick={() => add(nextDay(days))} disabled={total >= AFGSU_MAX_DAYS}>
      {translate('app.afgsu.sessions.add_day')}
    </Button>
  );
};

/** The days of a session (1 to 5): date, start and end; « Ajouter une journée » proposes the next day. */
export const DaysInput = () => (
  <FormDataConsumer<AfgsuSessionInput>>
    {({ formData }) => (
      <ArrayInput source="days" label="app.afgsu.sessions.days">
        <SimpleFormIterator inline disableReordering disableClear addButton={<AddDayButton days={formData.days} />}>
          <DateInput source="date" validate={required()} />
          <TextInput source="startTime" type="time" validate={required()} />
          <TextInput source="endTime" type="time" validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
    )}
  </FormDataConsumer>
);
