import { Global, Module } from '@nestjs/common';
import { Environment } from '../config/environment';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { LogTransport, SmtpTransport } from './smtp-transport';

@Global()
@Module({
  providers: [
    MailService,
    {
      provide: MailTransport,
      inject: [Environment],
      useFactory: (env: Environment): MailTransport =>
        env.SMTP_URL ? new SmtpTransport(env.SMTP_URL) : new LogTransport(),
    },
  ],
  exports: [MailService],
})
export class MailModule {}
