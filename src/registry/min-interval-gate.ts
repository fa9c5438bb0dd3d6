import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Lets callers through at least `intervalMs` apart: the registries ask clients to keep a
 * polite pace, and one request a second per registry is ours.
 *
 * The interval is measured from the moment a caller is actually let through, not from the
 * slot it was promised when it arrived: if the process stalls (a busy event loop, a paused
 * container), waiters whose slots passed meanwhile must not be released together. Waiters
 * sleeping towards the same moment wake in the order they arrived; the first takes it and
 * the others wait another interval. A waiter that gives up (its signal aborts) leaves
 * without taking a turn.
 */
export class MinIntervalGate {
  private nextAllowed = 0;

  constructor(private readonly intervalMs: number) {}

  async wait(signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const now = Date.now();
      if (now >= this.nextAllowed) {
        this.nextAllowed = now + this.intervalMs;
        return;
      }
      await sleep(this.nextAllowed - now, undefined, { signal });
    }
  }
}
