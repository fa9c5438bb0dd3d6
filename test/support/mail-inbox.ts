import type { ReceivedMail, SmtpSink } from './smtp-sink';

/**
 * What an app under test mailed, as a real SMTP server received it: createTestApp starts a
 * {@link SmtpSink} on loopback for each app and runs the app with `SMTP_URL` pointing at it,
 * so every mail goes through the production transport (nodemailer over SMTP).
 *
 * A message counts once the sink has answered 250 to it. Much mail is sent after the answer
 * (in the background, or by a job), so wait for it with {@link waitFor}.
 */
export class MailInbox {
  constructor(readonly sink: SmtpSink) {}

  /** Every message received, oldest first. */
  get received(): readonly ReceivedMail[] {
    return this.sink.messages;
  }

  /** Every message to this address (envelope recipient), oldest first. */
  to(address: string): ReceivedMail[] {
    return this.sink.to(address);
  }

  /** Resolves with the first message to `address` (matching `subject` if given) after the first `since` messages to it. */
  async waitFor(address: string, options: { subject?: RegExp; since?: number; timeoutMs?: number } = {}): Promise<ReceivedMail> {
    const find = () =>
      this.to(address)
        .slice(options.since ?? 0)
        .find((m) => !options.subject || options.subject.test(m.subject));
    const what = `mail to ${address}${options.subject ? ` matching ${options.subject}` : ''}`;
    await this.sink.waitUntil(() => !!find(), options.timeoutMs ?? 10_000, what);
    return find()!;
  }

  /** Resolves once `count` messages to `address` have arrived. */
  async waitForCount(address: string, count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
    await this.sink.waitUntil(() => this.to(address).length >= count, timeoutMs, `${count} mails to ${address}`);
    return this.to(address);
  }

  clear(): void {
    this.sink.clear();
  }
}

/** The `token` parameter of the first link in a mail. */
export function tokenFromMail(mail: { subject: string; text: string }): string {
  const match = /[?&]token=([^\s&]+)/.exec(mail.text);
  if (!match) throw new Error(`No token link in mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
