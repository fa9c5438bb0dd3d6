import { Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { NvaClient } from './nva.client';
import { OrcidClient } from './orcid.client';
import { RegistryHttpClient } from './registry-http-client';
import { RegistryName } from './registry-import-preview';

/**
 * One client per registry for the whole process, so the one-request-a-second pace, the
 * breaker and the conditional-request cache are shared by every caller.
 */
@Module({
  providers: [
    {
      provide: OrcidClient,
      inject: [Environment],
      useFactory: (env: Environment) =>
        new OrcidClient(
          new RegistryHttpClient({ registry: RegistryName.ORCID, baseUrl: env.ORCID_API_URL, timeoutMs: env.REGISTRY_TIMEOUT_MS }),
        ),
    },
    {
      provide: NvaClient,
      inject: [Environment],
      useFactory: (env: Environment) =>
        new NvaClient(
          new RegistryHttpClient({ registry: RegistryName.NVA, baseUrl: env.NVA_API_URL, timeoutMs: env.REGISTRY_TIMEOUT_MS }),
        ),
    },
  ],
  exports: [OrcidClient, NvaClient],
})
export class RegistryModule {}
