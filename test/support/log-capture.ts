import { Writable } from 'node:stream';
import type { TestingModuleBuilder } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { LOG_DESTINATION } from '../../src/logging/logging.module';
import type { TestApp } from '../support/test-app';

export type LogLine = Record<string, any> & { level: number; msg?: string; req?: { id?: string } };

/** Collects the app's JSON log lines, as they would reach stdout. */
export class LogCapture extends Writable {
  readonly raw: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.raw.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  }

  get lines(): LogLine[] {
    return this.raw.map((l) => JSON.parse(l) as LogLine);
  }

  get text(): string {
    return this.raw.join('\n');
  }

  clear(): void {
    this.raw.length = 0;
  }

  /** For createTestApp({ configure }): route the app's logs here. */
  readonly configure = (builder: TestingModuleBuilder): TestingModuleBuilder =>
    builder.overrideProvider(LOG_DESTINATION).useValue(this);

  /** Nest's own Logger (used across the code) through pino, as bootstrap.ts sets it up. */
  static useAppLogger(t: TestApp): void {
    t.app.useLogger(t.app.get(Logger));
  }
}
