import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Text carried in the test portrait's EXIF: none of it may reach a stored file. */
export const EXIF_CAMERA = 'HemmeligKamera';
export const EXIF_GPS_DATUM = 'WGS-84-TROMSO';

/** A JPEG portrait with EXIF camera data and a GPS position (Tromsø), as phones write them. */
export function portraitWithGps(width = 1200, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    .composite([{ input: { create: { width: Math.round(width / 3), height: Math.round(height / 3), channels: 3, background: '#ffcc00' } } }])
    .jpeg()
    .withExif({
      IFD0: { Make: EXIF_CAMERA, Copyright: 'Ola Nordmann' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '69/1 40/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '18/1 57/1 0/1',
        GPSMapDatum: EXIF_GPS_DATUM,
      },
    })
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a PNG of a few hundred bytes whose header claims `width` x `height`
 * pixels (by default 20,000 x 20,000 = 400 megapixels, about 1.2 GB once decoded).
 */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  // A few rows of zeros; a real bomb carries them all, compressed ~1000:1.
  const rows = deflateSync(Buffer.alloc((width * 3 + 1) * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
