import { routeHandlers } from '../support/api-catalogue';
import { startTestApp, TestApp } from '../support/test-app';

/** Deny by default: every handler says who may call it (@Public or a non-empty @Roles). */
describe('route guards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every route declares @Public() or @Roles(...)', () => {
    const handlers = routeHandlers(t.api);
    expect(handlers.length).toBeGreaterThan(15);
    expect(handlers.filter((h) => !h.public && !(Array.isArray(h.roles) && h.roles.length > 0)).map((h) => h.name)).toEqual([]);
  });
});
