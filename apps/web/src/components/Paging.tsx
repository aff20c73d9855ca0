import { TablePagination } from '@mui/material';
import { useTranslate } from 'react-admin';

export const PAGE_SIZES = [10, 25, 50, 100];

interface Props {
  total: number;
  /** From 1, as the API counts. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize?: (pageSize: number) => void;
}

/** Pages of an AFGSU list, in French (« 1–25 sur 40 »). */
export const Paging = ({ total, page, pageSize, onPage, onPageSize }: Props) => {
  const translate = useTranslate();
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.max(0, page - 1)}
      rowsPerPage={pageSize}
      rowsPerPageOptions={onPageSize ? PAGE_SIZES : []}
      onPageChange={(_, next) => onPage(next + 1)}
      onRowsPerPageChange={(event) => onPageSize?.(Number(event.target.value))}
      labelRowsPerPage={translate('app.afgsu.overview.rows_per_page')}
      labelDisplayedRows={({ from, to, count }) => translate('app.afgsu.overview.displayed', { from, to, count })}
    />
  );
};
