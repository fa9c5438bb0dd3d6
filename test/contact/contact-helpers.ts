import { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageService } from '@nestjs/throttler';
import { ContactPurpose } from '../../src/common/enums/contact-purpose.enum';
import { JobQueue } from '../../src/jobs/job-queue.service';
import type { TestApp } from '../support/test-app';

export const CONTACT = `
  mutation Contact($researcher: ID!, $input: ContactInput!) {
    contactResearcher(researcher: $researcher, input: $input) { status }
  }`;

export const CONFIRM = `mutation Confirm($token: String!) { confirmContactSender(token: $token) { status } }`;

export const MY_MESSAGES = `
  query My($first: Int, $after: String) {
    myMessages(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id senderName senderEmail senderOrganization purpose subject message deadline receivedAt answered senderBlocked } }
    }
  }`;

let sequence = 0;

/** A message from a fresh sender address (unless one is given). */
export function contactInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    senderName: 'Kari Journalist',
    senderEmail: `kari${sequence}.journalist@avisa.example`,
    senderOrganization: 'Avisa Nordland',
    purpose: ContactPurpose.MEDIA,
    subject: 'Spørsmål om diabetesopplæring',
    message: 'Hei! Jeg skriver en sak om opplæring for folk med diabetes og vil gjerne snakke med deg i dag.',
    ...overrides,
  };
}

/** The relay's in-memory counters (the default store on one instance), emptied between tests that are not about limits. */
export function resetContactCounters(t: TestApp): void {
  // The memory store keeps @nestjs/throttler's own storage inside; its shutdown hook empties
  // both its counts and its hit times.
  const store = t.app.get(ThrottlerStorage) as unknown as { counters?: ThrottlerStorageService };
  if (!store.counters) throw new Error('The contact tests expect the in-memory counter store (no REDIS_URL).');
  store.counters.onApplicationShutdown();
}

/** The token of the confirmation link in a mail, checking the link's address on the way. */
export function confirmationToken(text: string, publicUrl = 'http://localhost:3000'): string {
  const escaped = publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}/kontakt/bekreft\\?token=([A-Za-z0-9_%-]+)`).exec(text);
  if (!match) throw new Error(`No confirmation link in:\n${text}`);
  return decodeURIComponent(match[1]);
}

/** Runs the jobs that are due, as the app's worker would (it is off in tests): the relay's mails are durable jobs. */
export async function sendQueuedMail(t: TestApp): Promise<void> {
  await t.app.get(JobQueue).runDue();
}
