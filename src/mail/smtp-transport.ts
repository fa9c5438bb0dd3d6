import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { MailMessage, MailTransport } from './mail-transport';

/** Sends through the SMTP server named by SMTP_URL. */
export class SmtpTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(url: string) {
    super();
    this.transporter = createTransport(url);
  }

  async deliver({ kind: _kind, ...message }: MailMessage & { from: string }): Promise<void> {
    await this.transporter.sendMail(message);
  }
}

/**
 * With no SMTP server configured (development), mail is written to the log. At info level
 * only what kind of mail it was and its subject: the body carries one-time links (password
 * reset, address confirmation) and the recipient is personal data. Both are logged at debug
 * level (LOG_LEVEL=debug), so links can be followed by hand in development.
 */
export class LogTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver(message: MailMessage & { from: string }): Promise<void> {
    this.logger.log(`Mail not sent (SMTP_URL is not set): ${message.kind}, subject "${message.subject}"`);
    this.logger.debug(`Mail ${message.kind} to ${message.to}:\n${message.text}`);
  }
}
