import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A periodic job and when it is next due. Kept here rather than in pg-boss's cron, which only
 * fires while an instance is running in the scheduled minute: `npm run jobs -- --run-due` from
 * cron every few minutes must still catch a daily run it was not awake for.
 */
@Entity('job_schedule')
export class JobSchedule {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  cron: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'timestamptz' })
  nextRunAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;
}
