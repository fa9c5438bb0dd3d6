import type { TestingModuleBuilder } from '@nestjs/testing';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { createAccount } from '../support/factories/account.factory';
import { LogCapture } from '../support/log-capture';
import { SmtpSink } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';
import { CONFIRM, CONTACT, contactInput, confirmationToken, sendQueuedMail } from './contact-helpers';

// The level production runs at; what must not appear here must not appear in production.
process.env.LOG_LEVEL = 'info';

describe('contact relay logs at info', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const logs = new LogCapture();

  beforeAll(async () => {
    t = await createTestApp({ configure: (builder: TestingModuleBuilder) => logs.configure(builder) });
    sink = t.mail;
    LogCapture.useAppLogger(t);
    logs.clear();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('carry no message body, subject, sender, token or researcher address', async () => {
    const { researcher, account } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, email: 'loggfri.forsker@uni.example' });
    const input = contactInput({
      senderName: 'Loggfri Avsender',
      senderEmail: 'loggfri.avsender@avisa.example',
      subject: 'Hemmelig emne om kildevern',
      message: 'Denne meldingsteksten om en varslingssak skal aldri stå i en logglinje på info-nivå.',
    });
    expect((await t.gql(CONTACT, { researcher: researcher.id, input })).data?.contactResearcher.status).toBe('AWAITING_CONFIRMATION');
    await sendQueuedMail(t);
    const token = confirmationToken((await sink.waitFor(input.senderEmail)).text);
    expect((await t.gql(CONFIRM, { token })).data?.confirmContactSender.status).toBe('SENT');
    await sendQueuedMail(t);
    await sink.waitFor(account.email);
    await sink.waitFor(input.senderEmail, { subject: /er sendt/ });

    expect(logs.lines.some((l) => /Contact message .* queued for delivery/.test(l.msg ?? ''))).toBe(true);
    for (const secret of [input.message, input.subject, input.senderName, input.senderEmail, token, account.email, 'varslingssak']) {
      expect(logs.text).not.toContain(secret);
    }
  });
});
