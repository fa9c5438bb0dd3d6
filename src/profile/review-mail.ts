import type { MailMessage } from '../mail/mail-transport';
import { ReviewDecision } from './dto/review-decision.enum';

const SIGNATURE = '\n\nHilsen\nRedaksjonen i Kompetansekatalogen';

/** The mail the owner gets after each review decision. */
export function reviewMail(to: string, decision: ReviewDecision, note: string | null): MailMessage {
  const noteText = note ? `\n\nMerknad fra redaksjonen:\n${note}` : '';
  switch (decision) {
    case ReviewDecision.PUBLISH:
      return { kind: 'review-published', to, subject: 'Profilen din er publisert', text: `Hei!\n\nProfilen din er nå synlig i Kompetansekatalogen.${noteText}${SIGNATURE}` };
    case ReviewDecision.REJECT:
      return {
        kind: 'review-rejected',
        to,
        subject: 'Profilen din trenger endringer',
        text: `Hei!\n\nProfilen din er ikke publisert ennå. Den er satt tilbake til utkast, slik at du kan rette den og sende den inn på nytt.${noteText}${SIGNATURE}`,
      };
    case ReviewDecision.HIDE:
      return { kind: 'review-hidden', to, subject: 'Profilen din er skjult', text: `Hei!\n\nProfilen din er skjult i Kompetansekatalogen og vises ikke lenger for andre.${noteText}${SIGNATURE}` };
  }
}
