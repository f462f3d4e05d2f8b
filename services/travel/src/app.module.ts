import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { JourneysConsumer } from './journeys/journeys.consumer';
import { CaseJourneyResolver, JourneysResolver } from './journeys/journeys.resolver';
import { JourneysService } from './journeys/journeys.service';
import { LetterExpirySweeper } from './letters/expiry.sweeper';
import { CaseLettersResolver, LettersResolver } from './letters/letters.resolver';
import { LettersService } from './letters/letters.service';
import { ReferenceConsumer } from './reference/reference.consumer';
import { TravellersResolver } from './travellers/travellers.resolver';
import { TravellersService } from './travellers/travellers.service';
import { CaseVisasResolver, VisasResolver } from './visas/visas.resolver';
import { VisasService } from './visas/visas.service';

/** The travel service: the journey and its treatment timeline, invitation letters, travellers and visa applications. */
@Module({
  imports: [CaseAccessModule],
  controllers: [ReferenceConsumer, JourneysConsumer],
  providers: [
    JourneysService,
    CaseJourneyResolver,
    JourneysResolver,
    LettersService,
    LettersResolver,
    CaseLettersResolver,
    LetterExpirySweeper,
    TravellersService,
    TravellersResolver,
    VisasService,
    VisasResolver,
    CaseVisasResolver,
  ],
})
export class TravelModule {}
