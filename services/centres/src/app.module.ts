import { Module } from '@nestjs/common';
import { CentresResolver } from './centres/centres.resolver';
import { CentreTrialsResolver, TrialCriteriaVersionResolver, TrialSiteResolver, TrialsResolver } from './trials/trials.resolver';
import { TrialsService } from './trials/trials.service';

@Module({ providers: [CentresResolver, TrialsService, TrialsResolver, TrialSiteResolver, TrialCriteriaVersionResolver, CentreTrialsResolver] })
export class CentresModule {}
