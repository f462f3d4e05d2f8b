import { CentreDirectoryEntry, recordCentre } from '@carta/centre-directory';
import { migrate, schemaDrift } from '@carta/persistence';
import { openServiceDataSource } from '@carta/service-kit';
import { aCentreProfile } from '@carta/testing';
import { DataSource } from 'typeorm';
import { CentreDirectory1797000009000 } from '../src/migrations/1797000009000-centre-directory';
import { travelService } from '../src/service';

/** The move from travel's own `centre_profile` (no publication time) to the shared directory. */
describe('travel CentreDirectory1797000009000 (PGlite)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const before = travelService.migrations.filter((migration) => migration !== CentreDirectory1797000009000);
    dataSource = await openServiceDataSource({ ...travelService, migrations: before }, {});
    await migrate(dataSource);
  });
  afterAll(() => dataSource?.destroy());

  it('copies centre_profile as published at the epoch, drops it, and lets the next publication replace it', async () => {
    await dataSource.query(
      `INSERT INTO "travel"."centre_profile" ("centre_id", "name", "city", "hotel_monitoring_after_day14", "office_email", "office_phone", "name_zh", "address") VALUES
       ('puth', 'PUTH', 'Beijing', true, 'intl@puth.example', NULL, '北医三院', '{"en": "49 North Garden Road", "zh": "花园北路49号"}')`,
    );
    const queryRunner = dataSource.createQueryRunner();
    await new CentreDirectory1797000009000().up(queryRunner);
    await queryRunner.release();

    expect(await dataSource.manager.find(CentreDirectoryEntry)).toEqual([
      {
        centreId: 'puth',
        name: 'PUTH',
        nameZh: '北医三院',
        address: { en: '49 North Garden Road', zh: '花园北路49号' },
        city: 'Beijing',
        hotelMonitoringAfterDay14: true,
        officeEmail: 'intl@puth.example',
        officePhone: null,
        publishedAt: new Date(0),
      },
    ]);
    expect(await dataSource.query(`SELECT to_regclass('"travel"."centre_profile"') AS "table"`)).toEqual([{ table: null }]);
    expect(await schemaDrift(dataSource)).toEqual([]);

    const published = aCentreProfile('puth', { name: 'PUTH renamed', publishedAt: '2026-03-02T09:00:00.000Z' });
    await recordCentre(dataSource.manager, published);
    expect(await dataSource.manager.findOneByOrFail(CentreDirectoryEntry, { centreId: 'puth' })).toMatchObject({
      name: 'PUTH renamed',
      hotelMonitoringAfterDay14: false,
      publishedAt: new Date('2026-03-02T09:00:00.000Z'),
    });
  });
});
