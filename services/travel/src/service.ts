import { join } from 'node:path';
import { CASE_ACCESS_ENTITIES } from '@carta/case-access';
import { CentreDirectoryEntry } from '@carta/centre-directory';
import { ServiceDefinition } from '@carta/service-kit';
import { TravelModule } from './app.module';
import { CalendarSubscription } from './journeys/calendar-subscription.entity';
import { Acceptance, Journey } from './journeys/journey.entity';
import { InvitationLetter } from './letters/invitation-letter.entity';
import { migrations } from './migrations';
import { CaseOpening, TrialTerms } from './reference/reference.entities';
import { PersonRecord } from './travellers/person-record.entity';
import { Traveller } from './travellers/traveller.entity';
import { DEFAULT_VISA_ROUTES } from './visas/visa-checks.rules';
import { VisaApplication, VisaRouteRecord } from './visas/visa.entities';

export const travelService: ServiceDefinition = {
  name: 'travel',
  rootModule: TravelModule,
  entities: [
    Acceptance,
    Journey,
    CalendarSubscription,
    InvitationLetter,
    Traveller,
    PersonRecord,
    VisaApplication,
    VisaRouteRecord,
    CentreDirectoryEntry,
    TrialTerms,
    CaseOpening,
    ...CASE_ACCESS_ENTITIES,
  ],
  migrations,
  schemaFile: join(__dirname, 'schema.graphql'),
  // Reference data: the default visa routes, added when missing, never over what an admin set.
  seed: (dataSource) =>
    dataSource
      .createQueryBuilder()
      .insert()
      .into(VisaRouteRecord)
      .values(DEFAULT_VISA_ROUTES)
      .orIgnore()
      .execute()
      .then(() => undefined),
};
