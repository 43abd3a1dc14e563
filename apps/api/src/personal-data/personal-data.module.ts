import { Module } from '@nestjs/common';
import { PersonalDataResolver } from './personal-data.resolver';

@Module({ providers: [PersonalDataResolver] })
export class PersonalDataModule {}
