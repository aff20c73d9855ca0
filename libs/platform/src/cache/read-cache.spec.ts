import { AppConfig } from '../config/app-config';
import { ChangeFeed } from './change-feed';
import { ChangeLog } from './change-log';
import { Computed, ReadCache } from './read-cache';

function setup(entries = 10, maxAgeSeconds = 600) {
  const feed = { listening: true, log: new ChangeLog() };
  const config = Object.assign(new AppConfig(), { READ_CACHE_ENTRIES: entries, READ_CACHE_MAX_AGE_SECONDS: maxAgeSeconds });
  const cache = new ReadCache(feed as unknown as ChangeFeed, config);
  let computed = 0;
  const compute =
    (tags = ['c:1'], until?: Date, during?: () => void) =>
    async (): Promise<Computed<{ n: number }>> => {
      during?.();
      return { value: { n: ++computed }, tags, until };
    };
  return { feed, cache, compute };
}

describe('ReadCache', () => {
  afterEach(() => jest.useRealTimers());

  it('serves a value again until one of its tags changes', async () => {
    const { feed, cache, compute } = setup();
    expect(await cache.read('k', compute(['c:1', 's:1']))).toEqual({ n: 1 });
    expect(await cache.read('k', compute(['c:1', 's:1']))).toEqual({ n: 1 });
    feed.log.record(['c:2']);
    expect(await cache.read('k', compute(['c:1', 's:1']))).toEqual({ n: 1 });
    feed.log.record(['s:1']);
    expect(await cache.read('k', compute(['c:1', 's:1']))).toEqual({ n: 2 });
  });

  it('does not keep a value whose data changed while it was computed', async () => {
    const { feed, cache, compute } = setup();
    expect(
      await cache.read(
        'k',
        compute(['c:1'], undefined, () => feed.log.record(['c:1'])),
      ),
    ).toEqual({ n: 1 });
    expect(await cache.read('k', compute())).toEqual({ n: 2 });
    expect(await cache.read('k', compute())).toEqual({ n: 2 });
  });

  it('keeps nothing and serves nothing while the feed is not listening', async () => {
    const { feed, cache, compute } = setup();
    await cache.read('k', compute());
    feed.listening = false;
    expect(await cache.read('k', compute())).toEqual({ n: 2 });
    expect(await cache.read('k', compute())).toEqual({ n: 3 });
    expect(cache.size).toBe(0);
  });

  it('expires a value when time alone changes it, and after the maximum age', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
    const { cache, compute } = setup(10, 60);
    const until = new Date('2026-11-30T09:00:30Z');
    await cache.read('a', compute(['c:1'], until));
    await cache.read('b', compute(['c:1']));
    jest.setSystemTime(new Date('2026-11-30T09:00:29Z'));
    expect(await cache.read('a', compute(['c:1'], until))).toEqual({ n: 1 });
    jest.setSystemTime(new Date('2026-11-30T09:00:30Z'));
    expect(await cache.read('a', compute(['c:1'], until))).toEqual({ n: 3 });
    expect(await cache.read('b', compute())).toEqual({ n: 2 });
    jest.setSystemTime(new Date('2026-11-30T09:01:00Z'));
    expect(await cache.read('b', compute())).toEqual({ n: 4 });
  });

  it('does not keep a value that is already past its expiry', async () => {
    const { cache, compute } = setup();
    await cache.read('k', compute(['c:1'], new Date(Date.now() - 1)));
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used value beyond its capacity', async () => {
    const { cache, compute } = setup(2);
    await cache.read('a', compute());
    await cache.read('b', compute());
    await cache.read('a', compute());
    await cache.read('c', compute());
    expect(cache.size).toBe(2);
    expect(await cache.read('a', compute())).toEqual({ n: 1 });
    expect(await cache.read('b', compute())).toEqual({ n: 4 });
  });

  it('freezes what it keeps, so that no reader can change it for the next', async () => {
    const { cache, compute } = setup();
    const value = await cache.read('k', compute());
    expect(() => {
      (value as { n: number }).n = 5;
    }).toThrow(TypeError);
  });

  it('computes every time when turned off', async () => {
    const { cache, compute } = setup(0);
    await cache.read('k', compute());
    expect(await cache.read('k', compute())).toEqual({ n: 2 });
  });
});
