import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Spaces calls at least `intervalMs` apart, in arrival order: the registries ask clients to
 * keep a polite pace, and one request a second per registry is ours. A waiter that gives up
 * (its signal aborts) still spends its slot, which only errs on the polite side.
 */
export class MinIntervalGate {
  private nextSlot = 0;

  constructor(private readonly intervalMs: number) {}

  async wait(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.intervalMs;
    if (slot > now) await sleep(slot - now, undefined, { signal });
  }
}
