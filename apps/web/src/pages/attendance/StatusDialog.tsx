import { NumberInput, TextInput, maxLength, maxValue, minLength, minValue, required, useTranslate } from 'react-admin';
import type { AttendanceInput, AttendanceLine, AttendanceStatus } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';

export interface StatusChoice {
  line: AttendanceLine;
  status: AttendanceStatus;
}

interface Props {
  choice: StatusChoice | null;
  sessionMinutes: number;
  /** After the window, staff give the reason of the correction. */
  reasonRequired: boolean;
  onSubmit: (input: AttendanceInput) => Promise<unknown>;
  onClose: () => void;
}

/** What a status needs besides itself: minutes of a late arrival, the justification of an excused absence, a reason. */
export const StatusDialog = ({ choice, sessionMinutes, reasonRequired, onSubmit, onClose }: Props) => {
  const translate = useTranslate();
  const status = choice?.status;
  const submit = (values: Partial<AttendanceInput>) =>
    onSubmit({
      status: status ?? 'present',
      attendedMinutes: status === 'late' ? (values.attendedMinutes ?? null) : null,
      justification: values.justification?.trim() || null,
      reason: reasonRequired ? values.reason?.trim() : undefined,
    });
  return (
    <FormDialog<AttendanceInput>
      open={!!choice}
      title="app.attendance.dialog_title"
      titleOptions={{
        name: choice ? `${choice.line.firstName} ${choice.line.lastName}` : '',
        status: status ? translate(`app.attendance_status.${status}`) : '',
      }}
      submitLabel="ra.action.save"
      resource="attendance"
      defaultValues={{
        attendedMinutes: choice?.line.status === 'late' ? choice.line.attendedMinutes : null,
        justification: choice?.line.justification ?? '',
      }}
      onSubmit={submit}
      onClose={onClose}
    >
      {status === 'late' && (
        <NumberInput
          source="attendedMinutes"
          validate={[minValue(0), maxValue(sessionMinutes - 1)]}
          helperText="resources.attendance.helpers.attendedMinutes"
          step={5}
          fullWidth
        />
      )}
      {(status === 'excused' || status === 'absent' || status === 'late') && (
        <TextInput
          source="justification"
          validate={status === 'excused' ? [required(), maxLength(500)] : maxLength(500)}
          multiline
          fullWidth
        />
      )}
      {reasonRequired && (
        <TextInput
          source="reason"
          validate={[required(), minLength(3), maxLength(500)]}
          helperText="app.reason.helper"
          multiline
          minRows={2}
          fullWidth
        />
      )}
    </FormDialog>
  );
};
