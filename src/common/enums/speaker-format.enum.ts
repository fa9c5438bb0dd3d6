import { registerEnumType } from '@nestjs/graphql';

/** How a speaker or course leader can take part. */
export enum SpeakerFormat {
  IN_PERSON = 'IN_PERSON',
  DIGITAL = 'DIGITAL',
}

registerEnumType(SpeakerFormat, { name: 'SpeakerFormat' });

export const SPEAKER_FORMAT_LABELS: Record<SpeakerFormat, string> = {
  [SpeakerFormat.IN_PERSON]: 'Fysisk oppmøte',
  [SpeakerFormat.DIGITAL]: 'Digitalt',
};
