import { registerEnumType } from '@nestjs/graphql';

export enum ReviewDecision {
  PUBLISH = 'PUBLISH',
  REJECT = 'REJECT',
  HIDE = 'HIDE',
}

registerEnumType(ReviewDecision, {
  name: 'ReviewDecision',
  valuesMap: {
    PUBLISH: { description: 'Show the profile in the directory.' },
    REJECT: { description: 'Back to DRAFT, with a note saying what to change.' },
    HIDE: { description: 'Take the profile out of the directory.' },
  },
});
