import { buildEvent, CentreProfilePublished, EventData } from '@carta/contracts';
import { migrate, openDataSource } from '@carta/persistence';
import { aCentreProfile } from '@carta/testing';
import { DataSource } from 'typeorm';
import { CentreDirectoryConsumer } from './centre-directory';
import { CentreDirectoryEntry } from './centre-directory.entity';
import { CentreDirectoryTable1797000009000 } from './centre-directory.migrations';

const MONDAY = '2026-03-02T09:00:00.000Z';
const TUESDAY = '2026-03-03T09:00:00.000Z';

describe('CentreDirectoryConsumer (PGlite)', () => {
  let dataSource: DataSource;
  const consumer = new CentreDirectoryConsumer();
  const deliver = (data: EventData<typeof CentreProfilePublished>) =>
    dataSource.transaction((manager) =>
      consumer.onCentreProfile(buildEvent(CentreProfilePublished, 'centres', data), { manager, attempt: 1, heartbeat: async () => undefined }),
    );
  const entry = (centreId: string) => dataSource.manager.findOneByOrFail(CentreDirectoryEntry, { centreId });

  beforeAll(async () => {
    dataSource = await openDataSource({
      schema: 'directory_spec',
      entities: [CentreDirectoryEntry],
      migrations: [CentreDirectoryTable1797000009000],
      database: {},
    });
    await migrate(dataSource);
  });

  afterAll(() => dataSource.destroy());

  it('keeps every field of the newest publication, whatever order they arrive in', async () => {
    const tuesday = aCentreProfile('puth', { name: 'PUTH renamed', officePhone: null, publishedAt: TUESDAY });
    await deliver(tuesday);
    await deliver({ ...aCentreProfile('puth', { name: 'PUTH as on Monday', publishedAt: MONDAY }), city: 'Tianjin', hotelMonitoringAfterDay14: true });
    expect(await entry('puth')).toEqual({
      centreId: 'puth',
      name: 'PUTH renamed',
      nameZh: tuesday.nameZh,
      address: tuesday.address,
      city: 'Beijing',
      hotelMonitoringAfterDay14: false,
      officeEmail: tuesday.officeEmail,
      officePhone: null,
      publishedAt: new Date(TUESDAY),
    });
  });

  it('replaces an older publication with a newer one, and ignores its redelivery', async () => {
    await deliver(aCentreProfile('ruijin', { name: 'Ruijin', publishedAt: MONDAY }));
    const newer = {
      ...aCentreProfile('ruijin', { name: 'Ruijin Hospital', nameZh: null, publishedAt: TUESDAY }),
      address: undefined,
      hotelMonitoringAfterDay14: true,
    };
    await deliver(newer);
    const first = await entry('ruijin');
    expect(first).toMatchObject({ name: 'Ruijin Hospital', nameZh: null, address: null, hotelMonitoringAfterDay14: true, publishedAt: new Date(TUESDAY) });
    // The same event again (same publishedAt) changes nothing, even with other values in it.
    await deliver({ ...newer, name: 'Ruijin (redelivered)' });
    expect(await entry('ruijin')).toEqual(first);
  });
});
