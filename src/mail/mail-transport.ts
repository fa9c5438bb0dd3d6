/** One outgoing message: plain text, one recipient. */
export interface MailMessage {
  /** What the mail is about, for the log (e.g. `reset-password`); never personal. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** Where answers go, when not to us (the contact relay: the sender). */
  replyTo?: { name: string; address: string };
  /** Extra header fields (e.g. `List-Unsubscribe`). */
  headers?: Record<string, string>;
}

/** Where mail leaves the machine. Tests run the app on SMTP_URL = a loopback SMTP server (test/support/smtp-sink.ts). */
export abstract class MailTransport {
  abstract deliver(message: MailMessage & { from: string }): Promise<void>;
}
