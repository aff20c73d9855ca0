import { useSearchParams } from 'react-router';
import type { AfgsuOverviewQuery, AfgsuStatusCode } from '../../../api/afgsu';
import { isAfgsuStatus } from '../../../lib/afgsu';
import { PAGE_SIZES } from '../../../components/Paging';

const PARAMS = { status: 'statut', cohortId: 'promotion', page: 'page', pageSize: 'par-page' } as const;
const DEFAULT_PAGE_SIZE = 25;

export interface OverviewQuery extends AfgsuOverviewQuery {
  page: number;
  pageSize: number;
}

/** The overview's filters and page, kept in the URL (?statut=valid&promotion=…) so a reload or a link keeps them. */
export function useOverviewParams() {
  const [params, setParams] = useSearchParams();
  const status = params.get(PARAMS.status);
  const pageSize = Number(params.get(PARAMS.pageSize));
  const query: OverviewQuery = {
    status: isAfgsuStatus(status) ? status : undefined,
    cohortId: params.get(PARAMS.cohortId) || undefined,
    page: Math.max(1, Number(params.get(PARAMS.page)) || 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  /** Sets some values; any change but the page's own goes back to the first page. */
  const change = (values: Partial<Record<keyof typeof PARAMS, string | number | undefined>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          const name = PARAMS[key as keyof typeof PARAMS];
          if (value === undefined || value === '') next.delete(name);
          else next.set(name, String(value));
        }
        if (!('page' in values)) next.delete(PARAMS.page);
        return next;
      },
      { replace: true },
    );
  return {
    query,
    setStatus: (value: AfgsuStatusCode | undefined) => change({ status: value }),
    setCohort: (value: string | undefined) => change({ cohortId: value }),
    setPage: (value: number) => change({ page: value }),
    setPageSize: (value: number) => change({ pageSize: value }),
  };
}
