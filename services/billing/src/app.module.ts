import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@carta/case-access';
import { CentreDirectoryModule } from '@carta/centre-directory';
import { AccountsConsumer } from './accounts/accounts.consumer';
import { EstimatesResolver } from './estimates/estimates.resolver';
import { EstimatesService } from './estimates/estimates.service';
import { BillingResolver, CaseBillingResolver, MoneyResolver } from './ledger/ledger.resolver';
import { LedgerService } from './ledger/ledger.service';
import { PartiesConsumer } from './payee/parties.consumer';
import { TariffsResolver } from './tariffs/tariffs.resolver';
import { TariffsService } from './tariffs/tariffs.service';

/** The billing service: cost estimates, their acceptance, invoices and payments. */
@Module({
  imports: [CaseAccessModule, CentreDirectoryModule],
  controllers: [AccountsConsumer, PartiesConsumer],
  providers: [EstimatesService, LedgerService, CaseBillingResolver, BillingResolver, EstimatesResolver, MoneyResolver, TariffsService, TariffsResolver],
})
export class BillingModule {}
