import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { JobQueue, Role } from '@app/platform';
import { SESSION_COOKIE } from '@app/platform/auth/auth.guard';
import { SessionsService } from '@app/platform/auth/sessions.service';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
/**
 * bull-board at /api/admin/queues, for platform administrators only: the queues hold every school's jobs and the board
 * cannot filter them by school, so a school administrator would see other schools' job data (they follow their own
 * school's reminders on « Relances »). The guard is an onRequest hook of the
 * encapsulated scope that holds bull-board's routes: it runs for every route the router matched there, however the
 * path was spelt (encoded letters included), and for nothing else.
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const sessions = app.get(SessionsService);
  const adapter = new FastifyAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: app
      .get(JobQueue)
      .all()
      .map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Files de tâches' } },
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      const token = req.cookies?.[SESSION_COOKIE];
      const caller = token ? await sessions.resolve(token) : null;
      // Answered here: bull-board's own error handler would reshape a thrown error.
      if (!caller) return reply.status(401).send({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Vous devez vous connecter.' });
      if (caller.role !== Role.PlatformAdmin) {
        return reply.status(403).send({
          statusCode: 403,
          code: 'FORBIDDEN',
          message: 'Réservé aux administrateurs de la plateforme : les files de tâches mêlent les tâches de toutes les écoles.',
        });
      }
    });
    await scope.register(adapter.registerPlugin() as never, { prefix: QUEUE_BOARD_PATH });
  });
}
