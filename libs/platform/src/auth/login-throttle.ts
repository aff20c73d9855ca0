import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { AppError } from '../http/app-error';
import { REDIS } from '../redis/redis.module';

/**
 * Counts failed logins per e-mail and per IP address in a sliding window (Redis, shared by every
 * API instance). Past the limit, logins are refused with 429 until the window passes.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): [string, number][] {
    const max = this.config.LOGIN_MAX_FAILURES;
    return [
      [`${this.config.QUEUE_PREFIX}:login-fail:email:${email}`, max],
      [`${this.config.QUEUE_PREFIX}:login-fail:ip:${ip}`, max * 10],
    ];
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    for (const [key, max] of this.keys(email, ip)) {
      const count = Number(await this.redis.get(key));
      if (count >= max) {
        const ttl = await this.redis.ttl(key);
        const minutes = Math.max(1, Math.ceil(ttl / 60));
        throw new AppError(429, 'TOO_MANY_ATTEMPTS', `Trop de tentatives de connexion. Réessayez dans ${minutes} minute(s).`);
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_MINUTES * 60;
    const multi = this.redis.multi();
    for (const [key] of this.keys(email, ip)) multi.incr(key).expire(key, window, 'NX');
    await multi.exec();
  }

  /** At most 3 password-reset e-mails per address and hour: the endpoint cannot be used to flood a mailbox. */
  async allowResetMail(email: string): Promise<boolean> {
    const key = `${this.config.QUEUE_PREFIX}:reset-mail:${email}`;
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, 3600, 'NX').exec()) as [[null, number], unknown];
    return count <= 3;
  }

  async reset(email: string): Promise<void> {
    await this.redis.del(`${this.config.QUEUE_PREFIX}:login-fail:email:${email}`);
  }
}
