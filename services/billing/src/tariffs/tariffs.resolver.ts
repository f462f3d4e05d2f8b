import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@carta/auth';
import { CurrentIdentity, Roles } from '@carta/service-kit';
import { CentreTariff } from './centre-tariff.entity';
import { priceListFromTariff } from './tariff.rules';
import { parseTariff, parseTariffCentreId } from './tariffs.input';
import { TariffsService } from './tariffs.service';
import type { CentreTariffInput } from '../generated/graphql';

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
    bank: record.bank,
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** Prices are reference data, not patient data: every internal role may read them; an office sets its own. */
@Resolver('CentreTariff')
export class TariffsResolver {
  constructor(private readonly tariffs: TariffsService) {}

  @Roles('coordinator', 'admin', 'hospital_office')
  @Query('centreTariff')
  async tariff(@Args('centreId') centreId: string) {
    const record = await this.tariffs.read(parseTariffCentreId(centreId));
    return record && tariffView(record);
  }

  @Roles('admin', 'hospital_office')
  @Mutation('setCentreTariff')
  async set(@CurrentIdentity() identity: Identity, @Args('centreId') centreId: string, @Args('tariff') tariff: CentreTariffInput) {
    return tariffView(await this.tariffs.set(identity, parseTariffCentreId(centreId), parseTariff(tariff)));
  }
}
