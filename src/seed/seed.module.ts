import { Module } from '@nestjs/common';
import { ReferenceDataSeeder } from './reference-data.seeder';

@Module({ providers: [ReferenceDataSeeder] })
export class SeedModule {}
