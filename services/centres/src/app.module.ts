import { Module } from '@nestjs/common';
import { CentresResolver } from './centres/centres.resolver';

@Module({ providers: [CentresResolver] })
export class CentresModule {}
