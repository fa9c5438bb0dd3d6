import type { MailMessage } from '../mail/mail-transport';

const SIGNATURE = '\n\nHilsen\nKompetansekatalogen – Nasjonal kompetansetjeneste for læring og mestring innen helse';

/** The mail the account flows send, in Bokmål. */
export const accountMail = {
  verifyEmail: (to: string, link: string): MailMessage => ({
    kind: 'verify-email',
    to,
    subject: 'Bekreft e-postadressen din',
    text: `Hei!\n\nBekreft e-postadressen din i Kompetansekatalogen ved å åpne denne lenken:\n${link}\n\nLenken virker i 48 timer. Har du ikke opprettet en konto, kan du se bort fra denne e-posten.${SIGNATURE}`,
  }),
  resetPassword: (to: string, link: string): MailMessage => ({
    kind: 'reset-password',
    to,
    subject: 'Nytt passord',
    text: `Hei!\n\nNoen (forhåpentligvis du) har bedt om å få sette nytt passord i Kompetansekatalogen. Åpne lenken for å velge et nytt passord:\n${link}\n\nLenken virker i én time og kan brukes én gang. Har du ikke bedt om dette, kan du se bort fra e-posten; passordet ditt er uendret.${SIGNATURE}`,
  }),
  passwordChanged: (to: string): MailMessage => ({
    kind: 'password-changed',
    to,
    subject: 'Passordet ditt er endret',
    text: `Hei!\n\nPassordet til kontoen din i Kompetansekatalogen er nå endret, og du er logget ut på andre enheter. Var ikke dette deg, be om nytt passord med en gang og ta kontakt med oss.${SIGNATURE}`,
  }),
};
