import { Injectable } from '@nestjs/common';
import { AppError, Caller, Db } from '@app/platform';
import { Notification } from '../notifications/notification.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { normaliseMuted, PreferenceLine, preferenceLines } from '../rules/notification-preferences.rules';
import { checkMute } from '../rules/reminder-catalogue';

/** What each person chose to receive: every kind of the catalogue, the optional ones they may mute. */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly db: Db) {}

  async get(caller: Caller): Promise<PreferenceLine[]> {
    const stored = await this.db.tx.findOneBy(NotificationPreference, { accountId: caller.accountId });
    return preferenceLines(stored?.mutedKinds ?? [], caller.role);
  }

  /**
   * Replaces the muted kinds. A mandatory kind in the list refuses the whole change (400 naming them, nothing written).
   * Notifications of the newly muted kinds still waiting for this person are cancelled: muting means none arrives.
   */
  async update(caller: Caller, mutedKinds: readonly string[]): Promise<PreferenceLine[]> {
    const check = checkMute(mutedKinds);
    if (!check.ok) throw new AppError(400, check.code, check.message, { mutedKinds: [check.message] });
    const muted = normaliseMuted(mutedKinds);
    await this.db.tx.upsert(
      NotificationPreference,
      { accountId: caller.accountId, schoolId: this.db.schoolId!, mutedKinds: muted },
      { conflictPaths: ['accountId'] },
    );
    if (muted.length > 0) {
      await this.db.tx
        .createQueryBuilder()
        .update(Notification)
        .set({ status: 'cancelled' })
        .where("recipient_account_id = :me AND status = 'scheduled' AND kind IN (:...muted)", { me: caller.accountId, muted })
        .execute();
    }
    return preferenceLines(muted, caller.role);
  }
}
