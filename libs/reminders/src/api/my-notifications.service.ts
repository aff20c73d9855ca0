import { Injectable } from '@nestjs/common';
import { Caller, Db, notFound, toPage } from '@app/platform';
import { Notification } from '../notifications/notification.entity';
import { MyNotificationPage, MyNotificationResponse, MyNotificationsQuery } from './dto/my-notification.dto';

/**
 * The notification centre of the signed-in person: their in-app notifications already sent, newest first, and what
 * they have read. Only their own rows, in their school's transaction: another person's id is simply not found.
 */
@Injectable()
export class MyNotificationsService {
  constructor(private readonly db: Db) {}

  private mine(caller: Caller) {
    return this.db.tx
      .createQueryBuilder(Notification, 'n')
      .where("n.recipient_account_id = :me AND n.channel = 'in_app' AND n.status = 'sent'", { me: caller.accountId });
  }

  async list(caller: Caller, q: MyNotificationsQuery): Promise<MyNotificationPage> {
    const qb = this.mine(caller);
    if (q.unread) qb.andWhere('n.read_at IS NULL');
    const [rows, total] = await qb
      .orderBy('n.sent_at', q.direction)
      .addOrderBy('n.id', q.direction)
      .skip(q.skip)
      .take(q.pageSize)
      .getManyAndCount();
    return { ...toPage(q, rows.map(MyNotificationResponse.from), total), unreadCount: await this.unreadCount(caller) };
  }

  unreadCount(caller: Caller): Promise<number> {
    return this.mine(caller).andWhere('n.read_at IS NULL').getCount();
  }

  /** Marks one of mine read (the first reading is kept). 404 when it is not mine or not shown in the centre. */
  async read(caller: Caller, id: string, now = new Date()): Promise<MyNotificationResponse> {
    const n = await this.mine(caller).andWhere('n.id = :id', { id }).getOne();
    if (!n) throw notFound('Notification');
    if (!n.readAt) {
      n.readAt = now;
      await this.db.tx.update(Notification, { id }, { readAt: now });
    }
    return MyNotificationResponse.from(n);
  }

  /** Marks every unread one of mine read, in one statement. */
  async readAll(caller: Caller, now = new Date()): Promise<{ updated: number }> {
    const result = await this.db.tx
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: now })
      .where("recipient_account_id = :me AND channel = 'in_app' AND status = 'sent' AND read_at IS NULL", { me: caller.accountId })
      .execute();
    return { updated: result.affected ?? 0 };
  }
}
