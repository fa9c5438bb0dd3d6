import { AppError } from '../common/errors/app-errors';
import { ErrorCode } from '../common/errors/error-code';
import { RegistryName } from './registry-import-preview';

/** Why a registry call did not give us a record. */
export enum RegistryErrorCode {
  /** The registry answered that it does not know the identifier. */
  NOT_FOUND = 'NOT_FOUND',
  /** The registry failed, was too slow, is switched off by the breaker, or answered in a form we cannot read. */
  UNAVAILABLE = 'UNAVAILABLE',
}

export class RegistryError extends Error {
  constructor(
    readonly code: RegistryErrorCode,
    readonly registry: RegistryName,
    readonly identifier: string | null,
    /** For the log only: what exactly went wrong (status, timeout, open breaker...). */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${registry} ${code}${identifier ? ` (${identifier})` : ''}: ${reason}`, options);
    this.name = 'RegistryError';
  }
}

const LABELS: Record<RegistryName, string> = {
  [RegistryName.ORCID]: 'ORCID',
  [RegistryName.NVA]: 'Nasjonalt vitenarkiv (NVA)',
};

/** The one place a registry failure becomes a client error; every code is mapped. */
export function registryErrorToGraphQL(error: RegistryError): AppError {
  const label = LABELS[error.registry];
  switch (error.code) {
    case RegistryErrorCode.NOT_FOUND:
      return new AppError(
        ErrorCode.NOT_FOUND,
        error.identifier
          ? `${label} kjenner ikke ${error.identifier}.`
          : `${label} fant ikke det du lette etter.`,
        { registry: error.registry, identifier: error.identifier },
      );
    case RegistryErrorCode.UNAVAILABLE:
      return new AppError(
        ErrorCode.SERVICE_UNAVAILABLE,
        `${label} svarer ikke akkurat nå. Ingenting er endret; prøv igjen om litt.`,
        { registry: error.registry },
      );
  }
}
