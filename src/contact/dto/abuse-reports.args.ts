import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { ContactPageArgs } from './page.args';

@ArgsType()
export class AbuseReportsArgs extends ContactPageArgs {
  @Field({ defaultValue: false, description: 'Also reports already handled.' })
  @IsBoolean()
  includeHandled: boolean = false;
}
