import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AccountService } from '../account/account.service';
import type { Viewer } from '../graphql/viewer';
import { AcademicDegree } from '../common/enums/academic-degree.enum';
import { MembershipStatus } from '../common/enums/membership.enum';
import { badUserInput, conflict, notFound } from '../common/errors/app-errors';
import { Organization } from '../organization/organization.entity';
import { Researcher } from '../researcher/researcher.entity';
import { ResearcherService } from '../researcher/researcher.service';
import type { AddNetworkMemberArgs } from './dto/add-network-member.args';
import type { ApplyToNetworkArgs } from './dto/apply-to-network.args';
import type { DecideMembershipArgs } from './dto/decide-membership.args';
import type { EndMembershipArgs } from './dto/end-membership.args';
import type { NetworkMembershipsArgs } from './dto/network-memberships.args';
import type { RepresentationInput } from './dto/representation.input';
import type { SetMembershipRoleArgs } from './dto/set-membership-role.args';
import { isUniqueViolation } from '../common/errors/database-errors';
import { OPEN_MEMBERSHIP_INDEX, osloToday } from './membership-helpers';
import { MembershipNotifier } from './membership-notifier';
import { MEMBERSHIP_TRANSITIONS, membershipOutcome, MembershipStep } from './membership-transitions';
import { NetworkAccessService } from './network-access.service';
import { NetworkMembership } from './network-membership.entity';
import { NetworkService } from './network.service';

const OPEN = [MembershipStatus.PENDING, MembershipStatus.ACTIVE];

type Changes = Partial<
  Pick<
    NetworkMembership,
    | 'status'
    | 'role'
    | 'startedOn'
    | 'endedOn'
    | 'decisionNote'
    | 'decidedById'
    | 'decidedAt'
    | 'endNote'
    | 'endedById'
    | 'representingRegion'
    | 'representingOrganizationId'
  >
>;

/**
 * The life of a membership: application, decision, role, end. Every rule about who may
 * do what is checked here; resolvers only pass the viewer on.
 */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NetworkMembership) private readonly memberships: Repository<NetworkMembership>,
    @InjectRepository(Researcher) private readonly researchers: Repository<Researcher>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly networks: NetworkService,
    private readonly access: NetworkAccessService,
    private readonly notifier: MembershipNotifier,
    private readonly audit: AuditService,
    private readonly researcherProfiles: ResearcherService,
    private readonly accounts: AccountService,
  ) {}

  async apply(viewer: Viewer, args: ApplyToNetworkArgs): Promise<NetworkMembership> {
    const network = await this.networks.findBySlugOrFail(args.network);
    const profile = await this.researchers.findOneBy({ accountId: viewer.accountId });
    if (!profile) throw badUserInput('network', 'Du må ha en forskerprofil for å søke medlemskap.');
    if (!profile.givenName.trim() || !profile.familyName.trim()) {
      throw badUserInput('profile', 'Fyll inn fornavn og etternavn i profilen før du søker.');
    }
    if (network.archivedAt) throw badUserInput('network', 'Nettverket er arkivert.');
    if (!network.applicationsOpen) {
      throw badUserInput('network', 'Dette nettverket tar ikke imot søknader. Medlemmene oppnevnes.');
    }
    // Deciders and the network's mail reach members at their address: a confirmed one.
    await this.accounts.requireVerifiedEmail(viewer.accountId, 'søker medlemskap');
    let degree: AcademicDegree | null = args.degree ?? null;
    const researchExperience = clean(args.researchExperience);
    if (network.asksResearchBackground) {
      degree ??= profile.degree;
      if (!degree) throw badUserInput('degree', 'Oppgi hvilken grad du har eller studerer mot.');
      if (!researchExperience) {
        throw badUserInput('researchExperience', 'Beskriv forskningsprosjekter eller evalueringer du har erfaring fra.');
      }
    }

    const open = await this.memberships.findOneBy({ networkId: network.id, researcherId: profile.id, status: In(OPEN) });
    if (open) throw alreadyOpen(open.status, 'Du');

    const application = this.memberships.create({
      networkId: network.id,
      researcherId: profile.id,
      status: MembershipStatus.PENDING,
      motivation: clean(args.motivation),
      applicantDegree: degree,
      researchExperience,
    });
    const saved = await this.insertOpen(application, 'Du');
    await this.notifier.applicationReceived(network, profile.fullName);
    return saved;
  }

  async decide(viewer: Viewer, args: DecideMembershipArgs): Promise<NetworkMembership> {
    const membership = await this.findOrFail(args.id);
    await this.access.requireDecider(viewer, membership.networkId);
    const step = MEMBERSHIP_TRANSITIONS[args.approve ? MembershipStep.APPROVE : MembershipStep.DECLINE];
    const decision: Changes = {
      decisionNote: clean(args.note),
      decidedById: viewer.accountId,
      decidedAt: new Date(),
      status: step.to,
      ...(args.approve ? { startedOn: osloToday() } : {}),
    };
    const decided = await this.transition(membership.id, step.from, decision, 'Søknaden er allerede behandlet.', {
      actor: viewer,
      action: args.approve ? AuditAction.MEMBERSHIP_APPROVED : AuditAction.MEMBERSHIP_DECLINED,
      note: decision.decisionNote ?? null,
    });
    const network = await this.networks.findByIds([decided.networkId]);
    await this.notifier.decided(network[0], decided);
    return decided;
  }

  async addMember(viewer: Viewer, args: AddNetworkMemberArgs): Promise<NetworkMembership> {
    const network = await this.networks.findBySlugOrFail(args.network);
    await this.access.requireDecider(viewer, network.id);
    const representation = await this.representation(args.representing);
    // Only a published profile of an enabled account can be appointed: a draft or hidden one
    // would be shown to the network through the membership, and a deciding role would give
    // its owner power over others. The same answer for each keeps them from being probed.
    const researcher = await this.researcherProfiles.findPublishedOfEnabledAccount(args.researcher);
    if (!researcher) throw notFound('Fant ingen publisert profil med denne id-en.');

    const open = await this.memberships.findOneBy({ networkId: network.id, researcherId: researcher.id, status: In(OPEN) });
    if (open) throw alreadyOpen(open.status, 'Personen');

    const membership = this.memberships.create({
      networkId: network.id,
      researcherId: researcher.id,
      role: args.role,
      status: MembershipStatus.ACTIVE,
      startedOn: osloToday(),
      decidedById: viewer.accountId,
      decidedAt: new Date(),
      ...representation,
    });
    const saved = await this.insertOpen(membership, 'Personen', viewer);
    await this.notifier.added(network, saved);
    return saved;
  }

  async setRole(viewer: Viewer, args: SetMembershipRoleArgs): Promise<NetworkMembership> {
    const membership = await this.findOrFail(args.id);
    await this.access.requireDecider(viewer, membership.networkId);
    const representation = await this.representation(args.representing);
    return this.transition(
      membership.id,
      MEMBERSHIP_TRANSITIONS[MembershipStep.SET_ROLE].from,
      { role: args.role, ...representation },
      'Bare aktive medlemskap kan få ny rolle.',
      { actor: viewer, action: AuditAction.MEMBERSHIP_ROLE_CHANGED },
    );
  }

  async end(viewer: Viewer, args: EndMembershipArgs): Promise<NetworkMembership> {
    const membership = await this.findOrFail(args.id);
    await this.access.requireDecider(viewer, membership.networkId);
    const step = MEMBERSHIP_TRANSITIONS[MembershipStep.END];
    return this.transition(
      membership.id,
      step.from,
      { status: step.to, endedOn: osloToday(), endNote: clean(args.note), endedById: viewer.accountId },
      'Bare aktive medlemskap kan avsluttes. En søknad avslås i stedet.',
      { actor: viewer, action: AuditAction.MEMBERSHIP_ENDED, note: clean(args.note) },
    );
  }

  /** The member leaves, or withdraws a pending application. */
  async leave(viewer: Viewer, networkSlug: string): Promise<NetworkMembership> {
    const network = await this.networks.findBySlugOrFail(networkSlug);
    const profile = await this.researchers.findOneBy({ accountId: viewer.accountId });
    const open = profile
      ? await this.memberships.findOneBy({ networkId: network.id, researcherId: profile.id, status: In(OPEN) })
      : null;
    const to = open ? membershipOutcome(MembershipStep.LEAVE, open.status) : null;
    if (!open || !to) throw notFound('Du er ikke medlem av dette nettverket.');
    // Conditional on the status seen, so a decision made meanwhile is not overwritten.
    return this.transition(
      open.id,
      [open.status],
      { status: to, endedOn: osloToday(), endedById: viewer.accountId },
      'Medlemskapet er allerede endret. Last siden på nytt.',
    );
  }

  async pendingApplications(viewer: Viewer, networkSlug: string): Promise<NetworkMembership[]> {
    const network = await this.networks.findBySlugOrFail(networkSlug);
    await this.access.requireDecider(viewer, network.id);
    return this.memberships.find({
      where: { networkId: network.id, status: MembershipStatus.PENDING },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Every membership of a network, history included, for its deciders. */
  async list(viewer: Viewer, args: NetworkMembershipsArgs): Promise<NetworkMembership[]> {
    const network = await this.networks.findBySlugOrFail(args.network);
    await this.access.requireDecider(viewer, network.id);
    return this.memberships.find({
      where: {
        networkId: network.id,
        ...(args.status?.length ? { status: In(args.status) } : {}),
        ...(args.role ? { role: args.role } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: args.offset,
      take: args.first,
    });
  }

  private async findOrFail(id: string): Promise<NetworkMembership> {
    const membership = await this.memberships.findOneBy({ id });
    if (!membership) throw notFound('Fant ikke medlemskapet.');
    return membership;
  }

  /** Inserts a pending or active membership; the partial unique index refuses a second open one. */
  private async insertOpen(membership: NetworkMembership, who: 'Du' | 'Personen', appointedBy?: Viewer): Promise<NetworkMembership> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const saved = await tx.save(membership);
        // An appointment by a decider is logged; an application is the applicant's own act.
        if (appointedBy) {
          await this.audit.record(tx, {
            actor: appointedBy,
            action: AuditAction.MEMBERSHIP_ADDED,
            targetType: 'NetworkMembership',
            targetId: saved.id,
            after: { ...membershipState(saved), networkId: saved.networkId, researcherId: saved.researcherId },
          });
        }
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error, OPEN_MEMBERSHIP_INDEX)) throw alreadyOpen(null, who);
      throw error;
    }
  }

  /**
   * Applies a change only while the membership is still in one of the expected statuses, so
   * two deciders acting at once cannot both succeed; the loser gets CONFLICT.
   */
  private transition(
    id: string,
    from: readonly MembershipStatus[],
    changes: Changes,
    conflictMessage: string,
    audit?: { actor: Viewer; action: AuditAction; note?: string | null },
  ): Promise<NetworkMembership> {
    return this.dataSource.transaction(async (tx) => {
      const before = audit ? await tx.findOneBy(NetworkMembership, { id }) : null;
      const result = await tx
        .createQueryBuilder()
        .update(NetworkMembership)
        .set(changes)
        .where('id = :id', { id })
        .andWhere('status IN (:...from)', { from })
        .execute();
      if (!result.affected) throw conflict(conflictMessage);
      const after = await tx.findOneByOrFail(NetworkMembership, { id });
      if (audit && before) {
        const [was, is] = [membershipState(before), membershipState(after)];
        const changed = Object.keys(is).filter((k) => was[k] !== is[k]);
        await this.audit.record(tx, {
          actor: audit.actor,
          action: audit.action,
          targetType: 'NetworkMembership',
          targetId: id,
          before: Object.fromEntries(changed.map((k) => [k, was[k]])),
          after: Object.fromEntries(changed.map((k) => [k, is[k]])),
          note: audit.note ?? null,
        });
      }
      return after;
    });
  }

  /** Undefined when not given (unchanged); otherwise exactly one of region and organisation, or none. */
  private async representation(input: RepresentationInput | null | undefined): Promise<Changes | undefined> {
    if (!input) return undefined;
    if (input.region && input.organizationId) {
      throw badUserInput('representing', 'Velg enten en helseregion eller en organisasjon, ikke begge.');
    }
    if (input.organizationId && !(await this.organizations.existsBy({ id: input.organizationId }))) {
      throw badUserInput('representing.organizationId', 'Fant ikke organisasjonen.');
    }
    return { representingRegion: input.region ?? null, representingOrganizationId: input.organizationId ?? null };
  }

  /** Erasure: these profiles' memberships, and the account's name on decisions it made for others. */
  async eraseFor(manager: EntityManager, researcherIds: string[], accountId: string): Promise<void> {
    await manager.query(`DELETE FROM network_membership WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`UPDATE network_membership SET decided_by_id = NULL WHERE decided_by_id = $1`, [accountId]);
  }
}

function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function alreadyOpen(status: MembershipStatus | null, who: 'Du' | 'Personen') {
  if (status === MembershipStatus.ACTIVE) return conflict(`${who} er allerede medlem av dette nettverket.`);
  if (status === MembershipStatus.PENDING) {
    return conflict(
      who === 'Du'
        ? 'Du har allerede en søknad til behandling i dette nettverket.'
        : 'Personen har en søknad til behandling. Behandle søknaden i stedet.',
    );
  }
  return conflict(`${who} har allerede en søknad eller et medlemskap i dette nettverket.`);
}

/** What the audit log keeps of a membership: its state, not the applicant's texts. */
const membershipState = (m: NetworkMembership): Record<string, string | null> => ({
  status: m.status,
  role: m.role,
  representingRegion: m.representingRegion,
  representingOrganizationId: m.representingOrganizationId,
});
