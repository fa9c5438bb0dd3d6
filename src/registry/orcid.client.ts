import { mapOrcidRecord } from './orcid-record.mapper';
import { ConditionalResponse, RegistryHttpClient, Validators } from './registry-http-client';
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

  /** The record only if it changed since the validators were handed out (ETag / Last-Modified). */
  async fetchPreviewIfChanged(orcid: string, validators: Validators): Promise<ConditionalResponse<RegistryImportPreview>> {
    if (!ORCID.test(orcid)) {
      throw new RegistryError(RegistryErrorCode.NOT_FOUND, RegistryName.ORCID, orcid, 'not an ORCID iD');
    }
    const answer = await this.http.getJsonIfChanged(
      { path: `/${orcid}/record`, accept: 'application/json', identifier: orcid },
      validators,
    );
    return answer.changed ? { ...answer, body: mapOrcidRecord(answer.body, orcid) } : answer;
  }
}
