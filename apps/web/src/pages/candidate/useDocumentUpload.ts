import { useEffect, useRef, useState } from 'react';
import { applicationsApi } from '../../api/applications';
import type { CandidateFile } from '../../api/types';

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'sending'; fraction: number }
  | { phase: 'done' }
  | { phase: 'failed'; error: unknown };

/** Sends one document of the file, with its progress; the updated file goes to `onFile`. Aborted when the page closes. */
export function useDocumentUpload(token: string, kind: string, onFile: (file: CandidateFile) => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const upload = async (file: File) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ phase: 'sending', fraction: 0 });
    try {
      const view = await applicationsApi.upload(token, kind, file, (fraction) => setState({ phase: 'sending', fraction }), current.signal);
      onFile(view);
      setState({ phase: 'done' });
    } catch (error) {
      if (!current.signal.aborted) setState({ phase: 'failed', error });
    }
  };

  return { state, upload };
}
