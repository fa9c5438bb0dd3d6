import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables the job queue adds beside pg-boss. pg-boss's own tables live in the `pgboss` schema,
 * which pg-boss creates and upgrades itself at start-up (see src/jobs/job-queue.service.ts).
 */
export class DurableJobs1796200000000 implements MigrationInterface {
  name = 'DurableJobs1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job_key" (
      "key" character varying(300) NOT NULL,
      "queue" character varying(100) NOT NULL,
      "job_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_job_key" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE TABLE "job_schedule" (
      "name" character varying(100) NOT NULL,
      "cron" character varying(100) NOT NULL,
      "time_zone" character varying(64) NOT NULL,
      "next_run_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "last_run_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_job_schedule" PRIMARY KEY ("name"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_schedule"`);
    await queryRunner.query(`DROP TABLE "job_key"`);
  }
}
