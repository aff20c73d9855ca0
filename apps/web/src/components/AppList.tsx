import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, List, SimpleList, useResourceContext, type RaRecord, type SortPayload } from 'react-admin';
import { isSortable } from '../lib/sorting';

interface AppListProps {
  filters?: ReactElement[];
  sort: SortPayload;
  /** Datagrid columns (desktop). */
  children: ReactNode;
  /** On a phone, a simple list with these texts instead of the table. */
  mobile?: {
    primary: (record: RaRecord) => ReactNode;
    secondary?: (record: RaRecord) => ReactNode;
    tertiary?: (record: RaRecord) => ReactNode;
  };
  rowClick?: 'show' | 'edit' | 'expand' | false;
  expand?: ReactElement;
  actions?: ReactElement | false;
}

/** The list page shared by every resource: paging, filters, no export, a phone layout. */
export const AppList = ({ filters, sort, children, mobile, rowClick = 'show', expand, actions }: AppListProps) => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const resource = useResourceContext();
  // Only the columns the API sorts on get a sort button.
  const columns = Children.map(children, (column) =>
    isValidElement<{ source?: string; sortable?: boolean }>(column)
      ? cloneElement(column, { sortable: isSortable(resource, column.props.source) })
      : column,
  );
  return (
    <List filters={filters} sort={sort} perPage={25} exporter={false} actions={actions}>
      {isSmall && mobile ? (
        <SimpleList
          primaryText={mobile.primary}
          secondaryText={mobile.secondary}
          tertiaryText={mobile.tertiary}
          linkType={rowClick === 'expand' ? false : rowClick}
        />
      ) : (
        <Datagrid rowClick={rowClick} expand={expand} bulkActionButtons={false}>
          {columns}
        </Datagrid>
      )}
    </List>
  );
};
