import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, LessThan, MoreThanOrEqual, Repository } from 'typeorm';
import { groupBy } from '../graphql/loader-registry';
import type { Viewer } from '../graphql/viewer';
import { badUserInput, notFound } from '../common/errors/app-errors';
import type { NetworkEventInput } from './dto/network-event.input';
import { NetworkAccessService } from './network-access.service';
import { NetworkEvent } from './network-event.entity';
import { NetworkService } from './network.service';

/** A network's meetings: planned by its deciders and editors, public to all. */
@Injectable()
export class NetworkEventService {
  constructor(
    @InjectRepository(NetworkEvent) private readonly events: Repository<NetworkEvent>,
    private readonly networks: NetworkService,
    private readonly access: NetworkAccessService,
  ) {}

  /**
   * The meetings of each network, in the order of `networkIds`. `upcoming`: true, those not
   * yet started (soonest first); false, those started (latest first); absent, all by time.
   */
  async listForNetworks(networkIds: readonly string[], upcoming: boolean | null | undefined): Promise<NetworkEvent[][]> {
    if (networkIds.length === 0) return [];
    const now = new Date();
    const events =
      upcoming == null
        ? await this.events.find({ where: { networkId: In([...networkIds]) }, order: { startsAt: 'ASC', id: 'ASC' } })
        : await this.events.find({
            where: { networkId: In([...networkIds]), startsAt: upcoming ? MoreThanOrEqual(now) : LessThan(now) },
            order: { startsAt: upcoming ? 'ASC' : 'DESC', id: 'ASC' },
          });
    // Grouping keeps each network's events in the query's order.
    return groupBy(networkIds, events, (e) => e.networkId);
  }

  async create(viewer: Viewer, networkSlug: string, input: NetworkEventInput): Promise<NetworkEvent> {
    const network = await this.networks.findBySlugOrFail(networkSlug);
    await this.access.requireDecider(viewer, network.id);
    return this.events.save(this.events.create({ networkId: network.id, ...fields(input) }));
  }

  async update(viewer: Viewer, id: string, input: NetworkEventInput): Promise<NetworkEvent> {
    const event = await this.findOrFail(id);
    await this.access.requireDecider(viewer, event.networkId);
    Object.assign(event, fields(input));
    return this.events.save(event);
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const event = await this.findOrFail(id);
    await this.access.requireDecider(viewer, event.networkId);
    await this.events.delete({ id: event.id });
    return true;
  }

  private async findOrFail(id: string): Promise<NetworkEvent> {
    const event = isUUID(id, 'loose') ? await this.events.findOneBy({ id }) : null;
    if (!event) throw notFound('Fant ikke møtet.');
    return event;
  }
}

function fields(input: NetworkEventInput) {
  const title = input.title.trim();
  if (title.length < 2) throw badUserInput('title', 'Tittelen må ha minst 2 tegn.');
  const place = input.place?.trim() || null;
  if (!place && !input.digital) throw badUserInput('place', 'Oppgi et møtested, eller at møtet er digitalt.');
  return {
    title,
    startsAt: input.startsAt,
    place,
    digital: input.digital,
    agenda: input.agenda.trim(),
    minutesText: input.minutesText?.trim() || null,
    minutesUrl: input.minutesUrl?.trim() || null,
  };
}
