import { CONTACT_PURPOSE_LABELS, ContactPurpose } from '../common/enums/contact-purpose.enum';
import type { MailMessage } from '../mail/mail.service';

export interface MessageForMail {
  senderName: string;
  senderEmail: string;
  senderOrganization: string | null;
  purpose: ContactPurpose;
  subject: string;
  message: string;
  deadline: Date | null;
}

const osloDateTime = (date: Date) =>
  new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'long', timeStyle: 'short' }).format(date);

/**
 * The message, to the researcher's login address, answerable with "Reply": Reply-To is the
 * sender. The subject names the researcher and the purpose (no text the sender wrote, so the
 * mail log at info level carries nothing of theirs).
 */
export function deliveryMail(
  to: string,
  researcherName: string,
  message: MessageForMail,
  publicUrl: string,
): MailMessage {
  const purpose = CONTACT_PURPOSE_LABELS[message.purpose];
  const from = message.senderOrganization
    ? `${message.senderName} (${message.senderOrganization})`
    : message.senderName;
  return {
    kind: 'contact-message',
    to,
    replyTo: { name: message.senderName, address: message.senderEmail },
    subject: `Henvendelse til ${researcherName} via Kompetansekatalogen – ${purpose}`,
    text: [
      `${from} har skrevet til deg gjennom Kompetansekatalogen.`,
      '',
      `Gjelder: ${purpose}`,
      `Emne: ${message.subject}`,
      ...(message.deadline ? [`Frist: ${osloDateTime(message.deadline)}`] : []),
      `Avsender: ${message.senderName} <${message.senderEmail}>`,
      '',
      message.message,
      '',
      '—',
      'Svar på denne e-posten for å svare avsenderen. Adressen din blir synlig for avsenderen først når du svarer.',
      `Du finner henvendelsene dine, og kan blokkere avsendere eller melde fra om misbruk, under «Henvendelser»: ${publicUrl}/min-profil/henvendelser`,
    ].join('\n'),
  };
}

/** The sender's copy: to whom (by name only) and what they wrote. */
export function receiptMail(researcherName: string, message: MessageForMail): MailMessage {
  return {
    kind: 'contact-receipt',
    to: message.senderEmail,
    subject: `Meldingen din til ${researcherName} er sendt`,
    text: [
      `Hei ${message.senderName},`,
      '',
      `Meldingen din til ${researcherName} er sendt gjennom Kompetansekatalogen. Svarer ${researcherName}, kommer svaret direkte til denne adressen.`,
      '',
      `Emne: ${message.subject}`,
      '',
      message.message,
      '',
      '—',
      'Du får denne e-posten fordi noen sendte en melding i Kompetansekatalogen med denne adressen som avsender.',
    ].join('\n'),
  };
}

/** The one-time link that confirms the sender's address and sends the message. */
export function confirmationMail(researcherName: string, message: MessageForMail, link: string): MailMessage {
  return {
    kind: 'contact-confirmation',
    to: message.senderEmail,
    subject: 'Bekreft e-postadressen din for å sende meldingen',
    text: [
      `Hei ${message.senderName},`,
      '',
      `Du har skrevet en melding til ${researcherName} i Kompetansekatalogen. Følg lenken for å bekrefte at adressen er din, så sender vi den:`,
      '',
      link,
      '',
      'Lenken virker én gang og i 24 timer. Etterpå går meldinger fra denne adressen rett fram i 30 dager.',
      'Har du ikke skrevet noen melding, kan du se bort fra denne e-posten.',
    ].join('\n'),
  };
}
