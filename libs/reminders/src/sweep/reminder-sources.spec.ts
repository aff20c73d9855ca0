import { REMINDER_KINDS } from '../rules/reminder-catalogue';
import { checkedSources, sourceOf } from './reminder-sources';

const source = (...kinds: string[]) => ({ kinds, dueOn: () => Promise.resolve([]), stillDue: () => Promise.resolve(true) });

describe('checkedSources', () => {
  it('accepts sources covering each catalogue kind exactly once', () => {
    const sources = [source(...REMINDER_KINDS.slice(0, 5)), source(...REMINDER_KINDS.slice(5))];
    expect(checkedSources(sources)).toBe(sources);
    expect(sourceOf(sources, 'bpf_report')).toBe(sources[1]);
  });

  it('refuses a kind without a source, a kind with two, and a kind outside the catalogue', () => {
    expect(() => checkedSources([source(...REMINDER_KINDS.slice(1))])).toThrow('no source for application_documents_missing');
    expect(() => checkedSources([source(...REMINDER_KINDS), source('bpf_report')])).toThrow('several sources for bpf_report');
    expect(() => checkedSources([source(...REMINDER_KINDS, 'afgsu_expiring')])).toThrow('kinds outside the catalogue: afgsu_expiring');
  });
});
