import { INestApplicationContext } from '@nestjs/common';
import { JobHandlers, MailDeliveryService } from '@app/platform';

/** Binds each job of the catalogue to the service that does the work (thin: parse, call). */
export function jobHandlers(app: INestApplicationContext): JobHandlers {
  const mail = app.get(MailDeliveryService);
  return {
    'mail.deliver': async ({ messageId }) => {
      await mail.deliver(messageId);
    },
    'mail.sweep': async () => {
      await mail.sweep();
    },
  };
}
