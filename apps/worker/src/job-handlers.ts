import { INestApplicationContext } from '@nestjs/common';
import { DocumentRenderService } from '@app/assessment';
import { JOBS, JobHandlers, MailDeliveryService } from '@app/platform';

/** Binds each job of the catalogue to the service that does the work (thin: parse, call). */
export function jobHandlers(app: INestApplicationContext): JobHandlers {
  const mail = app.get(MailDeliveryService);
  const documents = app.get(DocumentRenderService);
  return {
    'mail.deliver': async ({ messageId }) => {
      await mail.deliver(messageId);
    },
    'mail.sweep': async () => {
      await mail.sweep();
    },
    'documents.render': async ({ documentId, schoolId }, { attempt }) => {
      await documents.render(documentId, schoolId, attempt >= (JOBS['documents.render'].policy.attempts ?? 1));
    },
  };
}
