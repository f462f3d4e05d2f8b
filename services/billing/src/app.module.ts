import { Module } from '@nestjs/common';

/** The billing service: cost estimates, their acceptance, invoices and payments. */
@Module({})
export class BillingModule {}
