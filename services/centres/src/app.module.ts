import { Module } from '@nestjs/common';
import { CentresResolver } from './centres/centres.resolver';
import { CentresService } from './centres/centres.service';
import { CentreTrialsResolver, TrialCriteriaVersionResolver, TrialsResolver } from './trials/trials.resolver';
import { TrialsService } from './trials/trials.service';

@Module({ providers: [CentresService, CentresResolver, TrialsService, TrialsResolver, TrialCriteriaVersionResolver, CentreTrialsResolver] })
export class CentresModule {}
