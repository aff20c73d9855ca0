import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { documentsApi, isFinished, type DocumentBatch, type DocumentRequest } from '../../api/documents';

const POLL_MS = 1000;

/** Asks the worker for a batch of documents, then follows it every second until each one is done or failed. */
export function useDocumentBatch(request: DocumentRequest) {
  const [started, setStarted] = useState<DocumentBatch | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const progress = useQuery({
    queryKey: ['documents', 'batch', started?.id],
    queryFn: () => documentsApi.batch(started!.id),
    enabled: !!started && !isFinished(started),
    initialData: started ?? undefined,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : POLL_MS),
  });

  const start = async () => {
    setPending(true);
    setError(null);
    try {
      setStarted(await documentsApi.request(request));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  const batch = started ? (progress.data ?? started) : null;
  const running = pending || (!!batch && !isFinished(batch));
  return { batch, running, error: error ?? progress.error, start };
}
