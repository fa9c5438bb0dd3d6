import { Controller, Get, Logger, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  /** Liveness: the process answers. Never touches the database. */
  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * Readiness: the database answers within a second. When it does not: 503, with the
   * cause in the log and not in the answer (it names hosts and ports).
   */
  @Get('ready')
  @HealthCheck()
  async ready() {
    try {
      return await this.health.check([() => this.db.pingCheck('database', { timeout: 1000 })]);
    } catch (err) {
      const cause = (err as { getResponse?: () => unknown }).getResponse?.() ?? err;
      this.logger.warn(`Not ready: ${JSON.stringify(cause)}`);
      throw new ServiceUnavailableException({ status: 'error', info: {}, error: { database: { status: 'down' } }, details: { database: { status: 'down' } } });
    }
  }
}
