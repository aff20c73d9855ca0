import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/**
 * The instant the reminder jobs (sweep, delivery, pump) take as "now". The real time, unless CLOCK_FIXED_AT fixes it
 * (test and development only: loadConfig refuses it in production), so that tests decide what is due and when.
 */
@Injectable()
export class Clock {
  private fixedAt: Date | null;

  constructor(config: AppConfig) {
    this.fixedAt = config.CLOCK_FIXED_AT ? new Date(config.CLOCK_FIXED_AT) : null;
  }

  now(): Date {
    return this.fixedAt ? new Date(this.fixedAt.getTime()) : new Date();
  }

  /** Moves a fixed clock (tests). Throws when the clock is the real one: real time is never overridden at run time. */
  set(at: Date): void {
    if (!this.fixedAt) throw new Error('Clock.set needs a fixed clock (CLOCK_FIXED_AT, test and development only)');
    this.fixedAt = new Date(at.getTime());
  }
}
