import { mapOrcidRecord } from './orcid-record.mapper';
import { RegistryHttpClient } from './registry-http-client';
import { RegistryImportPreview, RegistryName } from './registry-import-preview';
import { RegistryError, RegistryErrorCode } from './registry.errors';

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** ORCID's public API v3.0: the whole record in one request. */
export class OrcidClient {
  constructor(private readonly http: RegistryHttpClient) {}

  /** `orcid` in canonical dashed form (the caller checks the checksum). */
  async fetchPreview(orcid: string): Promise<RegistryImportPreview> {
    if (!ORCID.test(orcid)) {
      throw new RegistryError(RegistryErrorCode.NOT_FOUND, RegistryName.ORCID, orcid, 'not an ORCID iD');
    }
    // Without this Accept header ORCID answers XML.
    const { body } = await this.http.getJson({ path: `/${orcid}/record`, accept: 'application/json', identifier: orcid });
    return mapOrcidRecord(body, orcid);
  }
}
