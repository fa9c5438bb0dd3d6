import { registerEnumType } from '@nestjs/graphql';

export enum AcademicDegree {
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  PHD = 'PHD',
  MASTER_IN_PROGRESS = 'MASTER_IN_PROGRESS',
  PHD_IN_PROGRESS = 'PHD_IN_PROGRESS',
  OTHER = 'OTHER',
}

registerEnumType(AcademicDegree, { name: 'AcademicDegree' });

export const ACADEMIC_DEGREE_LABELS: Record<AcademicDegree, string> = {
  [AcademicDegree.BACHELOR]: 'Bachelor',
  [AcademicDegree.MASTER]: 'Master',
  [AcademicDegree.PHD]: 'Ph.d.',
  [AcademicDegree.MASTER_IN_PROGRESS]: 'Masterstudent',
  [AcademicDegree.PHD_IN_PROGRESS]: 'Ph.d.-kandidat',
  [AcademicDegree.OTHER]: 'Annen utdanning',
};
