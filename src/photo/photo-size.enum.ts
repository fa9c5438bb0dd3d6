import { registerEnumType } from '@nestjs/graphql';

/** The widths a portrait is stored in (square, so also its height). */
export enum PhotoSize {
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
  LARGE = 'LARGE',
}

/** WebP for every current browser; JPEG for the rest (and for mail clients). */
export enum PhotoFormat {
  WEBP = 'WEBP',
  JPEG = 'JPEG',
}

export const PHOTO_PIXELS: Record<PhotoSize, number> = {
  [PhotoSize.SMALL]: 96,
  [PhotoSize.MEDIUM]: 320,
  [PhotoSize.LARGE]: 800,
};

export const PHOTO_EXTENSION: Record<PhotoFormat, 'webp' | 'jpg'> = {
  [PhotoFormat.WEBP]: 'webp',
  [PhotoFormat.JPEG]: 'jpg',
};

export const PHOTO_CONTENT_TYPE: Record<'webp' | 'jpg', string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

registerEnumType(PhotoSize, { name: 'PhotoSize', description: 'Portrait sizes: 96, 320 and 800 pixels square.' });
registerEnumType(PhotoFormat, { name: 'PhotoFormat' });
