import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Role } from '../common/enums/role.enum';

@Entity('account')
// Case-insensitive uniqueness: "Kari@Example.no" and "kari@example.no" are one person.
@Index('UQ_account_email_lower', { synchronize: false })
export class Account extends BaseEntity {
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role', default: Role.RESEARCHER })
  role: Role;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /**
   * Part of every access token: raising it (password change, "sign out everywhere")
   * makes all tokens issued before refused on the next request.
   */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;
}
