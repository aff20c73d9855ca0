import { useEffect, useRef, useState } from 'react';

export type UploadState =
  { phase: 'idle' } | { phase: 'sending'; fraction: number } | { phase: 'done' } | { phase: 'failed'; error: unknown };

/** Sends: the file, a progress callback (0 to 1) and the signal that aborts the sending. */
export type UploadSender<T> = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<T>;

/**
 * One file sent with its progress (see api/upload.ts); the answer goes to `onDone`. A new file aborts the one being
 * sent, and so does leaving the page. The state feeds an upload progress bar.
 */
export function useUpload<T>(send: UploadSender<T>, onDone: (result: T) => void) {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const upload = async (file: File) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ phase: 'sending', fraction: 0 });
    try {
      const result = await send(file, (fraction) => setState({ phase: 'sending', fraction }), current.signal);
      onDone(result);
      setState({ phase: 'done' });
    } catch (error) {
      if (!current.signal.aborted) setState({ phase: 'failed', error });
    }
  };

  return { state, upload };
}
