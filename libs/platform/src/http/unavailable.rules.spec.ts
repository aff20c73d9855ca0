import { QueryFailedError } from 'typeorm';
import { isServiceUnavailable } from './unavailable.rules';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isServiceUnavailable', () => {
  it('recognises PostgreSQL stopped, restarting or unreachable', () => {
    expect(isServiceUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isServiceUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isServiceUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    const shutdown = withCode('terminating connection due to administrator command', '57P01');
    expect(isServiceUnavailable(new QueryFailedError('SELECT 1', [], shutdown))).toBe(true);
    expect(isServiceUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isServiceUnavailable(withCode('connection failure', '08006'))).toBe(true);
  });

  it('recognises a statement cut short by the statement timeout (too busy, or waiting on a lock, to answer in time)', () => {
    const timeout = withCode('canceling statement due to statement timeout', '57014');
    expect(isServiceUnavailable(new QueryFailedError('SELECT 1', [], timeout))).toBe(true);
  });

  it('recognises Redis away, also behind a cause', () => {
    const maxRetries = Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' });
    expect(isServiceUnavailable(maxRetries)).toBe(true);
    expect(isServiceUnavailable(new Error('Connection is closed.'))).toBe(true);
    const queue = Object.assign(new Error('Redis did not take job mail.deliver'), { name: 'QueueUnavailable' });
    expect(isServiceUnavailable(new Error('wrapped', { cause: queue }))).toBe(true);
  });

  it('leaves the other faults and the input errors alone', () => {
    expect(isServiceUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isServiceUnavailable(withCode('duplicate key value', '23505'))).toBe(false);
    expect(isServiceUnavailable(withCode('division by zero', '22012'))).toBe(false);
    expect(isServiceUnavailable(withCode('deadlock detected', '40P01'))).toBe(false);
    expect(isServiceUnavailable(withCode('no such file', 'ENOENT'))).toBe(false);
    expect(isServiceUnavailable(null)).toBe(false);
    expect(isServiceUnavailable('ECONNREFUSED')).toBe(false);
  });
});
