import { Typography } from '@mui/material';
import { Datagrid, FunctionField, NumberField, TextField, useTranslate } from 'react-admin';
import type { Placement } from '../../../api/internship';
import { dayRange } from '../../../lib/dates';
import { TypeField } from '../fields';

type Column = 'traineeName' | 'hostSiteName' | 'tutorName';

/** The columns of a placements table; `hide` leaves out the one the page is about. */
export const placementColumns = (hide?: Column) =>
  [
    hide !== 'traineeName' && <TextField key="trainee" source="traineeName" sortable={false} />,
    hide !== 'hostSiteName' && <TextField key="site" source="hostSiteName" sortable={false} />,
    hide !== 'tutorName' && <TextField key="tutor" source="tutorName" sortable={false} />,
    <TypeField key="type" source="type" />,
    <FunctionField<Placement> key="dates" source="dates" sortable={false} render={(p) => dayRange(p.startOn, p.endOn)} />,
    <NumberField key="hours" source="plannedHours" sortable={false} />,
  ].filter(Boolean);

/** Placements as a table inside a reference field or a list context. */
export const PlacementRows = ({ hide }: { hide?: Column }) => {
  const translate = useTranslate();
  return (
    <Datagrid
      rowClick="show"
      bulkActionButtons={false}
      empty={<Typography variant="body2">{translate('app.internship.placement.none')}</Typography>}
    >
      {placementColumns(hide)}
    </Datagrid>
  );
};
