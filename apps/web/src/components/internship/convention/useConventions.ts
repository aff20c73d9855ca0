import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { api, call } from '../../../api/client';
import { conventionKeys, conventionsApi } from '../../../api/conventions';
import { download } from '../../../lib/download';

const placementKey = (placementId: string) => ['placements', placementId] as const;

/**
 * A placement's convention versions and what staff do with them; each action reloads the versions and the placement,
 * or keeps the API's French refusal in `error` (shown by the panel).
 */
export function useConventions(placementId: string) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: conventionKeys.list(placementId), queryFn: () => conventionsApi.list(placementId) });
  const placement = useQuery({
    queryKey: placementKey(placementId),
    queryFn: () => call(api.GET('/api/v1/placements/{id}', { params: { path: { id: placementId } } })),
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<unknown>, done?: string) => async () => {
    setError(null);
    setBusy(true);
    try {
      await action();
      if (done) notify(done, { type: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: conventionKeys.list(placementId) }),
        queryClient.invalidateQueries({ queryKey: placementKey(placementId) }),
      ]);
    }
  };

  return {
    versions,
    placement,
    error,
    busy,
    create: run(() => conventionsApi.create(placementId), 'app.conventions.panel.done.created'),
    refresh: (id: string) => run(() => conventionsApi.refresh(id), 'app.conventions.panel.done.refreshed'),
    send: (id: string) => run(() => conventionsApi.send(id), 'app.conventions.panel.done.sent'),
    amend: (id: string) => run(() => conventionsApi.amend(id), 'app.conventions.panel.done.amended'),
    start: run(() => conventionsApi.start(placementId), 'app.conventions.panel.done.started'),
    pdf: (id: string) =>
      run(async () => {
        const file = await conventionsApi.pdf(id);
        download(file.blob, file.name ?? 'convention.pdf');
      }),
  };
}

export type ConventionActions = ReturnType<typeof useConventions>;
