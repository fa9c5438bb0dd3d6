/** Where portrait files live: a folder under DATA_DIR, or an S3-compatible bucket. */
export abstract class PhotoStorage {
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such object. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the objects; missing ones are no error. */
  abstract delete(keys: string[]): Promise<void>;
}
