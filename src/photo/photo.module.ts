import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerMiddleware } from '../graphql/viewer.middleware';
import { Environment } from '../config/environment';
import { ResearcherModule } from '../researcher/researcher.module';
import { FolderPhotoStorage } from './folder-photo-storage';
import { PhotoController } from './photo.controller';
import { PhotoLoaders } from './photo.loaders';
import { PhotoService } from './photo.service';
import { ResearcherPhotoResolver } from './researcher-photo.resolver';
import { PhotoStorage } from './photo-storage';
import { ProfilePhoto } from './profile-photo.entity';
import { S3PhotoStorage } from './s3-photo-storage';

@Module({
  imports: [TypeOrmModule.forFeature([ProfilePhoto]), ResearcherModule],
  controllers: [PhotoController],
  providers: [
    PhotoService,
    PhotoLoaders,
    ResearcherPhotoResolver,
    {
      provide: PhotoStorage,
      inject: [Environment],
      useFactory: (env: Environment): PhotoStorage =>
        env.usesObjectStorage
          ? new S3PhotoStorage({
              endpoint: env.S3_ENDPOINT,
              bucket: env.S3_BUCKET!,
              region: env.S3_REGION,
              accessKeyId: env.S3_ACCESS_KEY_ID,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              forcePathStyle: env.S3_FORCE_PATH_STYLE,
            })
          : new FolderPhotoStorage(env.DATA_DIR),
    },
  ],
  exports: [PhotoService],
})
export class PhotoModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes({ path: 'api/me/photo', method: RequestMethod.ALL });
  }
}
