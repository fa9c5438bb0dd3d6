import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

/** A message the sink accepted (answered 250 to), parsed. */
export interface ReceivedMail {
  /** Envelope sender and recipients (MAIL FROM, RCPT TO), lower-cased. */
  envelopeFrom: string;
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Header fields by lower-case name, values unfolded (the last one if repeated). */
  headers: Record<string, string>;
  messageId: string | undefined;
  raw: string;
  receivedAt: Date;
}

/** One try to deliver to the sink, accepted or refused. */
export interface DeliveryAttempt {
  to: string;
  at: Date;
  accepted: boolean;
}

export interface HeldMail {
  to: string[];
  /** The client hung up while waiting (a killed process): releasing it keeps nothing. */
  readonly gone: boolean;
  /** Answers 250 (the message counts as received), unless the client has gone meanwhile. */
  release(): void;
}

type Matcher = (recipient: string) => boolean;

/**
 * A real SMTP server on 127.0.0.1 (a random port) that keeps what it receives, for tests that
 * send mail the way production does: the app gets `SMTP_URL` = {@link url}.
 *
 * A message counts as received only once the sink answered 250 to it, as in SMTP: a message
 * whose client went away first (a killed process) is not kept. {@link refuse} answers an
 * error to chosen recipients; {@link hold} keeps chosen messages waiting for that answer.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  readonly attempts: DeliveryAttempt[] = [];
  readonly held: HeldMail[] = [];
  private refusal: { match: Matcher; code: number; message: string } | null = null;
  private holding: Matcher | null = null;
  private readonly closed = new Set<string>();
  private waiters: Array<() => void> = [];

  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      // Plain SMTP on loopback: no certificate to trust, and nodemailer would try STARTTLS.
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, session, callback) => this.onRcptTo(address, session, callback),
      onData: (stream, session, callback) => void this.onData(stream, session, callback),
      onClose: (session) => this.onClose(session),
    });
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve, reject) => {
      sink.server.once('error', reject);
      sink.server.listen(0, '127.0.0.1', () => resolve());
    });
    return sink;
  }

  get url(): string {
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Received messages to this address, oldest first. */
  to(address: string): ReceivedMail[] {
    const wanted = address.toLowerCase();
    return this.messages.filter((m) => m.envelopeTo.includes(wanted));
  }

  /** Answers `code` (default 451, a temporary failure) to RCPT TO for matching recipients; `null` stops. */
  refuse(match: Matcher | null, code = 451, message = 'Try again later'): void {
    this.refusal = match ? { match, code, message } : null;
  }

  /** Keeps messages to matching recipients waiting for the answer to DATA; `null` stops (held ones stay held). */
  hold(match: Matcher | null): void {
    this.holding = match;
  }

  /** Resolves once `condition` holds (checked on every event), or fails after `timeoutMs`. */
  async waitUntil(condition: () => boolean, timeoutMs = 30_000, what = 'the SMTP sink'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what} (${this.messages.length} received)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * The first message to `address` (matching `subject`) after the first `since` messages to
   * it, waiting for it if need be: much mail goes out after the answer (in the background or
   * by a job).
   */
  async waitFor(address: string, options: { subject?: RegExp; since?: number; timeoutMs?: number } = {}): Promise<ReceivedMail> {
    const find = () =>
      this.to(address)
        .slice(options.since ?? 0)
        .find((m) => !options.subject || options.subject.test(m.subject));
    const what = `mail to ${address}${options.subject ? ` matching ${options.subject}` : ''}`;
    await this.waitUntil(() => !!find(), options.timeoutMs, what);
    return find()!;
  }

  clear(): void {
    this.messages.length = 0;
    this.attempts.length = 0;
  }

  async stop(): Promise<void> {
    for (const held of this.held.splice(0)) held.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void): void {
    const to = address.address.toLowerCase();
    if (this.refusal?.match(to)) {
      this.attempts.push({ to, at: new Date(), accepted: false });
      this.wake();
      callback(Object.assign(new Error(this.refusal.message), { responseCode: this.refusal.code }));
      return;
    }
    callback();
  }

  private async onData(stream: NodeJS.ReadableStream, session: SMTPServerSession, callback: (err?: Error | null) => void): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    const raw = Buffer.concat(chunks).toString('utf8');
    const envelopeTo = session.envelope.rcptTo.map((a) => a.address.toLowerCase());
    const accept = async () => {
      if (this.closed.has(session.id)) return;
      const parsed = await simpleParser(raw);
      const headers: Record<string, string> = {};
      for (const { key, line } of parsed.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
      const address = (value: unknown) => (value && typeof value === 'object' && 'text' in value ? String(value.text) : '');
      const now = new Date();
      for (const to of envelopeTo) this.attempts.push({ to, at: now, accepted: true });
      this.messages.push({
        envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : '',
        envelopeTo,
        from: address(parsed.from),
        to: address(parsed.to),
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        headers,
        messageId: parsed.messageId,
        raw,
        receivedAt: now,
      });
      callback();
      this.wake();
    };
    if (this.holding && envelopeTo.some((to) => this.holding!(to))) {
      let released = false;
      const closed = this.closed;
      this.held.push({
        to: envelopeTo,
        get gone() {
          return closed.has(session.id);
        },
        release: () => {
          if (released) return;
          released = true;
          void accept();
        },
      });
      this.wake();
      return;
    }
    await accept();
  }

  private onClose(session: SMTPServerSession): void {
    this.closed.add(session.id);
    this.wake();
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** The `token` parameter of the first link in a mail. */
export function tokenFromMail(mail: { subject: string; text: string }): string {
  const match = /[?&]token=([^\s&]+)/.exec(mail.text);
  if (!match) throw new Error(`No token link in mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
