import {
  CanActivate,
  Controller,
  Delete,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NotFoundException,
  Param,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Viewer } from '../graphql/viewer';
import { PhotoHttpErrorFilter } from './photo-http-errors';
import { MAX_PHOTO_BYTES, refused } from './photo-renderer';
import { PhotoService } from './photo.service';

type ViewerRequest = Request & { viewer?: Viewer | null };

/** The routes under /api/me act for the signed-in account (ViewerMiddleware read the bearer token). */
@Injectable()
class SignedIn implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getRequest<ViewerRequest>().viewer) throw new UnauthorizedException();
    return true;
  }
}

@Controller()
@UseFilters(PhotoHttpErrorFilter)
export class PhotoController {
  constructor(private readonly photos: PhotoService) {}

  /** Multipart upload, field `photo`: 201 with the new portrait's URL. */
  @Post('api/me/photo')
  @UseGuards(SignedIn)
  // Checked before the body is read: an anonymous client cannot make us buffer 10 MB. No
  // storage option, so multer keeps the file in memory: it is decoded and dropped, never kept.
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 10, parts: 11 } }))
  @HttpCode(201)
  async upload(@Req() req: ViewerRequest, @UploadedFile() file: { buffer: Buffer } | undefined) {
    if (!file) throw refused('no-file');
    const stored = await this.photos.upload(req.viewer!.accountId, file.buffer);
    if (!stored) throw new UnauthorizedException();
    return { url: this.photos.url(stored.hash) };
  }

  @Delete('api/me/photo')
  @UseGuards(SignedIn)
  @HttpCode(204)
  async remove(@Req() req: ViewerRequest): Promise<void> {
    await this.photos.remove(req.viewer!.accountId);
  }

  /** A portrait variant. Names change with every upload, so they may be cached for a year. */
  @Get('media/photos/:file')
  async serve(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const found = await this.photos.read(file);
    if (!found) throw new NotFoundException();
    res
      .status(200)
      .set({
        'content-type': found.contentType,
        'cache-control': 'public, max-age=31536000, immutable',
        etag: `"${file}"`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'",
      })
      .send(found.body);
  }
}
