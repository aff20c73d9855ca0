import { useSearchParams } from 'react-router';

/**
 * The page's query string as state: `params` to read, `set(key, value)` to change one (empty removes it). Keys in
 * `resets` (e.g. the page number) are removed whenever another key changes.
 */
export function useUrlParams(resets: readonly string[] = []) {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | undefined) =>
    setParams(() => {
      // From the address bar itself: two changes in a row (a chip, then typing) must not start from a stale render.
      const next = new URLSearchParams(window.location.search);
      if (value) next.set(key, value);
      else next.delete(key);
      for (const reset of resets) if (reset !== key) next.delete(reset);
      return next;
    });
  return { params, set };
}
