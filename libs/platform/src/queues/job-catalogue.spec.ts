import { getNextMillis } from 'bullmq';
import { JOBS, QUEUES, SCHEDULES } from './job-catalogue';

describe('job catalogue', () => {
  it('gives every job a known queue and a retention policy', () => {
    for (const [name, def] of Object.entries(JOBS)) {
      expect(QUEUES).toContain(def.queue);
      expect(def.policy.attempts).toBeGreaterThanOrEqual(1);
      expect(def.policy.removeOnComplete).toBeDefined();
      expect(def.policy.removeOnFail).toBeDefined();
      expect(name).toMatch(/^[a-z]+\.[a-z-]+$/);
    }
  });

  it('schedules only catalogued jobs, with valid patterns', () => {
    for (const s of SCHEDULES) {
      expect(JOBS[s.job]).toBeDefined();
      const next = getNextMillis(Date.parse('2026-03-29T00:30:00Z'), { pattern: s.pattern, tz: 'Europe/Paris' });
      expect(next).toBeGreaterThan(Date.parse('2026-03-29T00:30:00Z'));
    }
  });
});
