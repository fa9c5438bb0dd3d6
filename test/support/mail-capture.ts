import { MailMessage, MailTransport } from '../../src/mail/mail-transport';

export type SentMail = MailMessage & { from: string };

/**
 * Stands in for SMTP in tests: keeps every message. createTestApp installs one as `t.mail`.
 * Some mail is sent after the answer (password reset), so wait for it with `waitFor`.
 */
export class MailCapture extends MailTransport {
  readonly sent: SentMail[] = [];
  private waiters: Array<() => void> = [];

  async deliver(message: SentMail): Promise<void> {
    this.sent.push(message);
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Every message to this address, oldest first. */
  to(address: string): SentMail[] {
    return this.sent.filter((m) => m.to.toLowerCase() === address.toLowerCase());
  }

  last(address?: string): SentMail | undefined {
    const list = address ? this.to(address) : this.sent;
    return list[list.length - 1];
  }

  /** Resolves with the first message to `address` (matching `subject` if given) sent after `since` messages to it. */
  async waitFor(address: string, options: { subject?: RegExp; since?: number; timeoutMs?: number } = {}): Promise<SentMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    for (;;) {
      const found = this.to(address)
        .slice(options.since ?? 0)
        .find((m) => !options.subject || options.subject.test(m.subject));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No mail to ${address}${options.subject ? ` matching ${options.subject}` : ''}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.sent.length = 0;
  }
}

/** The `token` parameter of the first link in a mail. */
export function tokenFromMail(mail: MailMessage): string {
  const match = /[?&]token=([^\s&]+)/.exec(mail.text);
  if (!match) throw new Error(`No token link in mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
