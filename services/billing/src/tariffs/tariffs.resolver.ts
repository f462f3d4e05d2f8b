import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Identity } from '@carta/auth';
import { centreId as centreCode } from '@carta/contracts';
import { DomainError } from '@carta/domain';
import { Audit, Clock, CLOCK, CurrentIdentity, isoDate, parseInput, Roles } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CentreTariff } from './centre-tariff.entity';
import { priceListFromTariff } from './tariff';

const amount = z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, 'must be a decimal amount like 2800.00');
const tariffInput = z.object({
  label: z.string().trim().min(1).max(120),
  asOf: isoDate,
  hospitalDay: amount,
  monitoringDay: amount,
  apheresis: amount,
  lymphodepletionDay: amount,
  crsIcansReserveLow: amount,
  crsIcansReserveHigh: amount,
  coordinationFee: amount,
  interpreterDay: amount,
  hotelNight: amount,
  manufacturingLow: amount,
  manufacturingHigh: amount,
  manufacturingCurrency: z.enum(['CNY', 'USD']),
});

/** The tariff as GraphQL shows it: the price list's amounts as Money. */
function tariffView(record: CentreTariff) {
  const list = priceListFromTariff(record.tariff);
  const range = (pair: { low: { toJSON(): unknown }; high: { toJSON(): unknown } }) => ({ low: pair.low.toJSON(), high: pair.high.toJSON() });
  return {
    centreId: record.centreId,
    label: list.label,
    asOf: list.asOf,
    hospitalDay: list.hospitalDay.toJSON(),
    monitoringDay: list.monitoringDay.toJSON(),
    apheresis: list.apheresis.toJSON(),
    lymphodepletionDay: list.lymphodepletionDay.toJSON(),
    crsIcansReserve: range(list.crsIcansReserve),
    coordinationFee: list.coordinationFee.toJSON(),
    interpreterDay: list.interpreterDay.toJSON(),
    hotelNight: list.hotelNight.toJSON(),
    manufacturing: range(list.manufacturing),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** Prices are reference data, not patient data: every internal role may read them; an office sets its own. */
@Resolver('CentreTariff')
export class TariffsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('centreTariff')
  async tariff(@Args('centreId') centreId: string) {
    const record = await this.dataSource.manager.findOneBy(CentreTariff, { centreId });
    return record && tariffView(record);
  }

  @Roles('admin', 'hospital_office')
  @Mutation('setCentreTariff')
  set(@CurrentIdentity() identity: Identity, @Args('centreId') centreId: string, @Args('tariff') raw: unknown) {
    if (!identity.roles.includes('admin') && identity.centreId !== centreId) throw new DomainError('FORBIDDEN', 'an office sets only its own centre’s tariff');
    parseInput(z.object({ centreId: centreCode }), { centreId });
    const tariff = parseInput(tariffInput, raw);
    priceListFromTariff(tariff);
    return this.dataSource.transaction(async (manager) => {
      const record = manager.create(CentreTariff, { centreId, tariff, updatedBy: identity.subject, updatedAt: this.clock.now() });
      await manager.save(record);
      await this.audit.record(manager, identity, 'tariff.set', { targetId: centreId });
      return tariffView(record);
    });
  }
}
