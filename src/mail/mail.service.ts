import { Injectable, Logger } from '@nestjs/common';
import { Environment } from '../config/environment';
import { MailMessage, MailTransport } from './mail-transport';

export type { MailMessage } from './mail-transport';

/** The one way the service sends mail. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly transport: MailTransport,
    private readonly env: Environment,
  ) {}

  async send(message: MailMessage): Promise<void> {
    await this.transport.deliver({ ...message, from: this.env.MAIL_FROM });
  }

  /**
   * Sends without making the caller wait: used where the answer must not depend on
   * whether mail went out (password reset), and where a mail failure must not undo the work.
   */
  sendInBackground(message: MailMessage): void {
    this.send(message).catch((err: unknown) =>
      this.logger.error(`Could not send mail "${message.subject}": ${err instanceof Error ? err.message : String(err)}`),
    );
  }
}
