import { Global, Module } from '@nestjs/common';
import { Environment, validateEnvironment } from './environment';

/** Provides the validated {@link Environment}; reading process.env elsewhere is a smell. */
@Global()
@Module({
  providers: [{ provide: Environment, useFactory: () => validateEnvironment(process.env) }],
  exports: [Environment],
})
export class ConfigModule {}
