import { MinIntervalGate } from './min-interval-gate';

const INTERVAL = 100;

/** Waits at the gate and resolves with the moment it was let through. */
const through = (gate: MinIntervalGate, signal?: AbortSignal) => gate.wait(signal).then(() => Date.now());

function gaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]);
}

describe('MinIntervalGate', () => {
  it('lets the first caller through at once and the next ones an interval apart', async () => {
    const gate = new MinIntervalGate(INTERVAL);
    const start = Date.now();
    const times = await Promise.all([through(gate), through(gate), through(gate)]);
    expect(times[0] - start).toBeLessThan(INTERVAL);
    // Date.now() is read just after the release, so allow its millisecond to tick once.
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(INTERVAL - 1);
  });

  it('does not release two waiters together after the process stalled past their turns', async () => {
    const gate = new MinIntervalGate(INTERVAL);
    const first = await through(gate);
    const waiting = [through(gate), through(gate)];
    // Block the event loop well past the second and third turns, as a busy process would.
    const stallUntil = Date.now() + 3 * INTERVAL;
    while (Date.now() < stallUntil) {
      /* busy */
    }
    const times = [first, ...(await Promise.all(waiting))];
    for (const gap of gaps(times)) expect(gap).toBeGreaterThanOrEqual(INTERVAL - 1);
  });

  it('lets a waiter that gives up leave without taking a turn', async () => {
    const interval = 300;
    const gate = new MinIntervalGate(interval);
    await gate.wait();
    const controller = new AbortController();
    const abandoned = gate.wait(controller.signal);
    controller.abort();
    await expect(abandoned).rejects.toThrow();
    const before = Date.now();
    await gate.wait();
    // The next caller waits out the first caller's interval, not a second one for the quitter.
    expect(Date.now() - before).toBeLessThan(1.5 * interval);
  });
});
