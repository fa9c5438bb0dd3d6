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

  async deliver(message: MailMessage & { from: string }): Promise<void> {
    await this.transporter.sendMail(message);
  }
}

/**
 * With no SMTP server configured (development), mail is written to the log so links can
 * be followed by hand. The recipient is logged only at debug level: it is personal data.
 */
export class LogTransport extends MailTransport {
  private readonly logger = new Logger('Mail');

  async deliver(message: MailMessage & { from: string }): Promise<void> {
    this.logger.debug(`Mail recipient: ${message.to}`);
    this.logger.log(`Mail not sent (SMTP_URL is not set). Subject: ${message.subject}\n${message.text}`);
  }
}
