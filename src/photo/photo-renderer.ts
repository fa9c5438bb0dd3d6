import sharp from 'sharp';
import { PHOTO_PIXELS, PhotoSize } from './photo-size.enum';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;

// Raster formats people upload portraits in. SVG and PDF are left out: they are programs
// (external references, entity expansion), not pictures.
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'avif', 'tiff']);

export type PhotoRefusalReason = 'no-file' | 'not-an-image' | 'too-many-pixels' | 'too-large';

/** An upload we will not store; the message is for the person uploading. */
export class PhotoRefused extends Error {
  constructor(
    readonly reason: PhotoRefusalReason,
    message: string,
  ) {
    super(message);
  }
}

export const PHOTO_MESSAGES: Record<PhotoRefusalReason, string> = {
  'no-file': 'Velg et bilde å laste opp (feltet «photo»).',
  'not-an-image': 'Filen er ikke et bilde vi kan lese. Last opp et portrett i JPEG, PNG, WebP, GIF eller AVIF.',
  'too-many-pixels': `Bildet er for stort (over ${MAX_PHOTO_PIXELS / 1_000_000} megapiksler). Last opp et mindre bilde.`,
  'too-large': `Filen er for stor. Et portrett kan være på høyst ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
};

export const refused = (reason: PhotoRefusalReason) => new PhotoRefused(reason, PHOTO_MESSAGES[reason]);

export interface PhotoVariant {
  size: PhotoSize;
  extension: 'webp' | 'jpg';
  body: Buffer;
}

export interface RenderedPhoto {
  variants: PhotoVariant[];
  sourceWidth: number;
  sourceHeight: number;
}

const isPixelLimit = (err: unknown) => /pixel limit/i.test((err as Error)?.message ?? '');

const decodeOptions = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' as const };

/**
 * Decodes an upload and draws it anew as square portraits: 96, 320 and 800 px, each in WebP
 * and JPEG. Nothing of the uploaded bytes survives: metadata (EXIF with GPS, XMP, IPTC,
 * comments) is not copied, colours are converted to sRGB and the ICC profile dropped.
 *
 * The dimensions are read from the file header first, so a small file that claims a huge
 * picture (a decompression bomb) is refused before its pixels are decoded; sharp's
 * `limitInputPixels` is the second line should a header lie.
 */
export async function renderPortrait(input: Buffer): Promise<RenderedPhoto> {
  if (input.length > MAX_PHOTO_BYTES) throw refused('too-large');
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(input, decodeOptions).metadata();
  } catch (err) {
    throw refused(isPixelLimit(err) ? 'too-many-pixels' : 'not-an-image');
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format) || !metadata.width || !metadata.height) {
    throw refused('not-an-image');
  }
  if (metadata.width * metadata.height > MAX_PHOTO_PIXELS) throw refused('too-many-pixels');

  let square: { data: Buffer; info: sharp.OutputInfo };
  try {
    // One decode: turned upright by its EXIF orientation, cropped to a square around what
    // draws the eye, flattened onto white (JPEG has no transparency), as raw sRGB pixels.
    square = await sharp(input, decodeOptions)
      .rotate()
      .resize(PHOTO_PIXELS[PhotoSize.LARGE], PHOTO_PIXELS[PhotoSize.LARGE], { fit: 'cover', position: 'attention' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (err) {
    throw refused(isPixelLimit(err) ? 'too-many-pixels' : 'not-an-image');
  }

  const raw = { width: square.info.width, height: square.info.height, channels: square.info.channels };
  const variants: PhotoVariant[] = [];
  for (const size of Object.values(PhotoSize)) {
    const pixels = PHOTO_PIXELS[size];
    const resized = () => sharp(square.data, { raw }).resize(pixels, pixels);
    variants.push({ size, extension: 'webp', body: await resized().webp({ quality: 82 }).toBuffer() });
    variants.push({ size, extension: 'jpg', body: await resized().jpeg({ quality: 82, mozjpeg: true }).toBuffer() });
  }
  return { variants, sourceWidth: metadata.width, sourceHeight: metadata.height };
}
