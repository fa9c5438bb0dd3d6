import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A job that must be queued at most once, ever (one newsletter to one recipient). pg-boss's
 * singleton keys only hold while a job waits or runs, and completed jobs are archived and
 * deleted; this row outlives them, so enqueueing the same batch again adds nothing.
 */
@Entity('job_key')
export class JobKey {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'varchar', length: 100 })
  queue: string;

  @Column({ type: 'uuid' })
  jobId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
