import type { MailMessage } from '../mail/mail-transport';

const SIGNATURE = '\n\nHilsen\nKompetansekatalogen – Nasjonal kompetansetjeneste for læring og mestring innen helse';

const noteLine = (note: string | null) => (note ? `\n\nMelding fra nettverket:\n${note}` : '');

/** The mail networks send, in Bokmål. Application details stay in the app, behind sign-in. */
export const membershipMail = {
  newApplication: (to: string, applicant: string, network: string, link: string): MailMessage => ({
    kind: 'membership-application',
    to,
    subject: `Ny søknad om medlemskap i ${network}`,
    text: `Hei!\n\n${applicant} har søkt om medlemskap i ${network}. Logg inn for å lese søknaden og avgjøre den:\n${link}${SIGNATURE}`,
  }),
  approved: (to: string, network: string, note: string | null, link: string): MailMessage => ({
    kind: 'membership-approved',
    to,
    subject: `Søknaden din er godkjent: ${network}`,
    text: `Hei!\n\nDu er nå medlem av ${network}.${noteLine(note)}\n\nSe nettverket:\n${link}${SIGNATURE}`,
  }),
  declined: (to: string, network: string, note: string | null, link: string): MailMessage => ({
    kind: 'membership-declined',
    to,
    subject: `Søknaden din er ikke godkjent: ${network}`,
    text: `Hei!\n\nSøknaden din om medlemskap i ${network} er dessverre ikke godkjent.${noteLine(note)}\n\nSe nettverket:\n${link}${SIGNATURE}`,
  }),
  added: (to: string, network: string, role: string, link: string): MailMessage => ({
    kind: 'membership-added',
    to,
    subject: `Du er lagt til i ${network}`,
    text: `Hei!\n\nDu er lagt til i ${network} med rollen «${role}».\n\nSe nettverket:\n${link}${SIGNATURE}`,
  }),
};
