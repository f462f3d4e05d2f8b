import { CentreDirectoryEntry } from '@carta/centre-directory';
import { migrate, schemaDrift } from '@carta/persistence';
import { openServiceDataSource } from '@carta/service-kit';
import { DataSource } from 'typeorm';
import { CentreDirectory1797000009000 } from '../src/migrations/1797000009000-centre-directory';
import { billingService } from '../src/service';

/** The move from billing's own `centre_profile` to the shared directory keeps every centre it knew. */
describe('billing CentreDirectory1797000009000 (PGlite)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const before = billingService.migrations.filter((migration) => migration !== CentreDirectory1797000009000);
    dataSource = await openServiceDataSource({ ...billingService, migrations: before }, {});
    await migrate(dataSource);
  });
  afterAll(() => dataSource?.destroy());

  it('copies centre_profile into centre_directory, drops it and leaves no drift', async () => {
    await dataSource.query(
      `INSERT INTO "billing"."centre_profile" ("centre_id", "name", "name_zh", "address", "office_email", "office_phone", "published_at") VALUES
       ('puth', 'PUTH', '北医三院', '{"en": "49 North Garden Road", "zh": "花园北路49号"}', 'intl@puth.example', NULL, '2026-03-02T09:00:00Z'),
       ('ruijin', 'Ruijin', NULL, NULL, NULL, '+86 21 6437 0045', '2026-03-03T09:00:00Z')`,
    );
    const queryRunner = dataSource.createQueryRunner();
    await new CentreDirectory1797000009000().up(queryRunner);
    await queryRunner.release();

    expect(await dataSource.manager.find(CentreDirectoryEntry, { order: { centreId: 'ASC' } })).toEqual([
      {
        centreId: 'puth',
        name: 'PUTH',
        nameZh: '北医三院',
        address: { en: '49 North Garden Road', zh: '花园北路49号' },
        city: '',
        hotelMonitoringAfterDay14: false,
        officeEmail: 'intl@puth.example',
        officePhone: null,
        publishedAt: new Date('2026-03-02T09:00:00Z'),
      },
      {
        centreId: 'ruijin',
        name: 'Ruijin',
        nameZh: null,
        address: null,
        city: '',
        hotelMonitoringAfterDay14: false,
        officeEmail: null,
        officePhone: '+86 21 6437 0045',
        publishedAt: new Date('2026-03-03T09:00:00Z'),
      },
    ]);
    expect(await dataSource.query(`SELECT to_regclass('"billing"."centre_profile"') AS "table"`)).toEqual([{ table: null }]);
    expect(await schemaDrift(dataSource)).toEqual([]);
  });
});
