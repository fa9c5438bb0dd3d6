import { registerEnumType } from '@nestjs/graphql';

export enum HealthRegion {
  NORTH = 'NORTH',
  CENTRAL = 'CENTRAL',
  WEST = 'WEST',
  SOUTH_EAST = 'SOUTH_EAST',
}

registerEnumType(HealthRegion, { name: 'HealthRegion' });

export const HEALTH_REGION_LABELS: Record<HealthRegion, string> = {
  [HealthRegion.NORTH]: 'Helse Nord',
  [HealthRegion.CENTRAL]: 'Helse Midt-Norge',
  [HealthRegion.WEST]: 'Helse Vest',
  [HealthRegion.SOUTH_EAST]: 'Helse Sør-Øst',
};
