import { Module } from '@nestjs/common';
import { CentresResolver } from './centres/centres.resolver';
import { CentresService } from './centres/centres.service';
import { CentreTrialsResolver, TrialCriteriaVersionResolver, TrialSiteResolver, TrialsResolver } from './trials/trials.resolver';
import { TrialsService } from './trials/trials.service';

@Module({ providers: [CentresService, CentresResolver, TrialsService, TrialsResolver, TrialSiteResolver, TrialCriteriaVersionResolver, CentreTrialsResolver] })
export class CentresModule {}
