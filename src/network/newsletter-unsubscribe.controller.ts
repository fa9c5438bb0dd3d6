import { BadRequestException, Controller, Header, HttpCode, Post, Query } from '@nestjs/common';
import { AppError } from '../common/errors/app-errors';
import { NetworkNewsService } from './network-news.service';

/**
 * RFC 8058 one-click unsubscribe: mail programs POST `List-Unsubscribe=One-Click` to the
 * link in the `List-Unsubscribe` header, and the address is unsubscribed at once. A GET of
 * the same address is the page (web/) with a button, so link scanners that follow links
 * unsubscribe nobody.
 */
@Controller('nyhetsbrev')
export class NewsletterUnsubscribeController {
  constructor(private readonly news: NetworkNewsService) {}

  @Post('avmeld')
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'no-store')
  async unsubscribe(@Query('token') token: unknown): Promise<string> {
    if (typeof token !== 'string' || token.length > 500) throw new BadRequestException('Lenken er ugyldig.');
    try {
      await this.news.unsubscribe(token);
    } catch (error) {
      if (error instanceof AppError) throw new BadRequestException(error.message);
      throw error;
    }
    return 'Du er meldt av nyhetsbrevet.';
  }
}
