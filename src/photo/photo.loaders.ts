import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LoaderRegistry } from '../graphql/loader-registry';
import { PhotoService } from './photo.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    /** The current portrait's hash per profile id (null: none). */
    photoHashByResearcher: DataLoader<string, string | null>;
  }
}

@Injectable()
export class PhotoLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly photos: PhotoService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      'photoHashByResearcher',
      () =>
        new DataLoader(async (ids) => {
          const hashes = await this.photos.hashesByResearcher(ids);
          return ids.map((id) => hashes.get(id) ?? null);
        }),
    );
  }
}
