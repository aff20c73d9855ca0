import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Loading } from 'react-admin';

/** A view loaded on first use, so the first screen only downloads the shell. */
export function lazyView(load: () => Promise<{ default: ComponentType }>): () => ReactElement {
  const View = lazy(load);
  const LazyView = () => (
    <Suspense fallback={<Loading />}>
      <View />
    </Suspense>
  );
  return LazyView;
}
