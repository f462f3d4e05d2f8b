import { Module } from '@nestjs/common';
import { CentresResolver } from './centres/centres.resolver';
import { CentreTrialsResolver, TrialsResolver } from './trials/trials.resolver';
import { TrialsService } from './trials/trials.service';

@Module({ providers: [CentresResolver, TrialsService, TrialsResolver, CentreTrialsResolver] })
export class CentresModule {}
