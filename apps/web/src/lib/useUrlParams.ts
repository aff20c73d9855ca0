import { useSearchParams } from 'react-router';

/**
 * The page's query string as state: `params` to read, `set(key, value)` to change one (empty removes it). Keys in
 * `resets` (e.g. the page number) are removed whenever another key changes.
 */
export function useUrlParams(resets: readonly string[] = []) {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      for (const reset of resets) if (reset !== key) next.delete(reset);
      return next;
    });
  return { params, set };
}
