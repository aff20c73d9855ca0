import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ChangeFeed } from './change-feed';
import { LogPosition } from './change-log';

/** A computed read and what it depends on: the tags of its data, and the instant it stops being true by itself. */
export interface Computed<T> {
  value: T;
  /** `c:<cohort id>`, `s:<school id>`: see migration ReadChangeNotifications. */
  tags: string[];
  /** When time alone changes the value (e.g. the next session ends), if ever. */
  until?: Date | null;
}

interface Entry {
  value: unknown;
  tags: string[];
  from: LogPosition;
  expiresAt: number;
}

/**
 * Computed reads kept in memory, least recently used first out, each served until one of its tags changes (PostgreSQL
 * notifies it after the commit: ChangeFeed), its own expiry passes, or it is older than READ_CACHE_MAX_AGE_SECONDS.
 * The change log's position is taken before computing, so a change committed while computing makes the value stale at
 * once. Nothing is cached while the feed is not listening. Values are frozen: readers must not change them.
 */
@Injectable()
export class ReadCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly config: AppConfig,
  ) {}

  async read<T>(key: string, compute: () => Promise<Computed<T>>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > Date.now() && this.feed.listening && this.feed.log.unchangedSince(hit.from, hit.tags)) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    if (hit) this.entries.delete(key);
    const listening = this.feed.listening;
    const from = this.feed.log.position();
    const computed = await compute();
    if (!listening || this.config.READ_CACHE_ENTRIES === 0) return computed.value;
    const maxAge = Date.now() + this.config.READ_CACHE_MAX_AGE_SECONDS * 1000;
    const expiresAt = Math.min(maxAge, computed.until?.getTime() ?? maxAge);
    if (expiresAt > Date.now() && this.feed.log.unchangedSince(from, computed.tags)) {
      this.entries.set(key, { value: deepFreeze(computed.value), tags: computed.tags, from, expiresAt });
      if (this.entries.size > this.config.READ_CACHE_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    return computed.value;
  }

  /** Forgets every value kept (tests that measure what computing a read costs). */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
