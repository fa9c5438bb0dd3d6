import { Global, Module } from '@nestjs/common';
import { DurableMail } from './durable-mail.service';
import { JobQueue } from './job-queue.service';

/** The job queue (pg-boss in PostgreSQL) and durable mail, for every module to use. */
@Global()
@Module({
  providers: [JobQueue, DurableMail],
  exports: [JobQueue, DurableMail],
})
export class JobsModule {}
