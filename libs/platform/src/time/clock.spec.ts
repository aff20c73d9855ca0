import { AppConfig, loadConfig } from '../config/app-config';
import { Clock } from './clock';

describe('Clock', () => {
  it('follows the real time by default, and refuses to be moved', () => {
    const clock = new Clock(loadConfig({}));
    const before = Date.now();
    const now = clock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(() => clock.set(new Date())).toThrow(/CLOCK_FIXED_AT/);
  });

  it('stays at CLOCK_FIXED_AT until moved, and hands out copies', () => {
    const clock = new Clock(loadConfig({ NODE_ENV: 'test', CLOCK_FIXED_AT: '2026-03-29T06:30:00Z' }));
    expect(clock.now().toISOString()).toBe('2026-03-29T06:30:00.000Z');
    clock.now().setTime(0);
    expect(clock.now().toISOString()).toBe('2026-03-29T06:30:00.000Z');
    clock.set(new Date('2026-03-30T06:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-30T06:00:00.000Z');
  });

  it('is configured only outside production, with an ISO instant', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CLOCK_FIXED_AT: '2026-03-29T06:30:00Z' })).toThrow(
      /CLOCK_FIXED_AT.*only.*test.*development/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', CLOCK_FIXED_AT: 'tomorrow' })).toThrow(/CLOCK_FIXED_AT=tomorrow/);
    expect(loadConfig({ NODE_ENV: 'development', CLOCK_FIXED_AT: '2026-10-25T01:30:00+02:00' })).toBeInstanceOf(AppConfig);
  });
});
