import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { NetworkEventInput } from './dto/network-event.input';
import { NetworkRefArgs } from './dto/network-ref.args';
import { DECIDERS } from './membership-access';
import { NetworkEventService } from './network-event.service';
import { NetworkEventType } from './network-event.type';

@Resolver(() => NetworkEventType)
export class NetworkEventResolver {
  constructor(private readonly events: NetworkEventService) {}

  @Mutation(() => NetworkEventType, { description: `${DECIDERS}: plan a meeting.` })
  createNetworkEvent(@Args() args: NetworkRefArgs, @Args('input') input: NetworkEventInput, @CurrentViewer() viewer: Viewer) {
    return this.events.create(viewer, args.network, input);
  }

  @Mutation(() => NetworkEventType, { description: `${DECIDERS}: change a meeting (add its minutes afterwards).` })
  updateNetworkEvent(@Args('id', { type: () => ID }) id: string, @Args('input') input: NetworkEventInput, @CurrentViewer() viewer: Viewer) {
    return this.events.update(viewer, id, input);
  }

  @Mutation(() => Boolean, { description: `${DECIDERS}: delete a meeting.` })
  deleteNetworkEvent(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.events.remove(viewer, id);
  }
}
