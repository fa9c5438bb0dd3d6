import { loginFailureDelayMs } from './login-failure-delay';

describe('delays after failed sign-ins for one address', () => {
  it.each([
    [1, 0], [5, 0], [6, 250], [7, 500], [8, 1000], [9, 2000], [10, 4000], [11, 8000], [50, 8000],
  ])('after %i failures waits %i ms', (failures, ms) => expect(loginFailureDelayMs(failures)).toBe(ms));
});
