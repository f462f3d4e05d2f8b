import { openDataSource } from './data-source';

describe('embedded PGlite data source', () => {
  it('never interleaves two concurrent transactions on its single connection', async () => {
    const dataSource = await openDataSource({ schema: 'public', entities: [], migrations: [], database: {} });
    await dataSource.query('CREATE TABLE counter (n int NOT NULL)');
    await dataSource.query('INSERT INTO counter VALUES (0)');
    // Read-modify-write in parallel: without exclusive leases the increments would be lost.
    await Promise.all(
      Array.from({ length: 20 }, () =>
        dataSource.transaction(async (manager) => {
          const [{ n }] = await manager.query('SELECT n FROM counter');
          await new Promise((resolve) => setTimeout(resolve, 1));
          await manager.query('UPDATE counter SET n = $1', [n + 1]);
        }),
      ),
    );
    expect(await dataSource.query('SELECT n FROM counter')).toEqual([{ n: 20 }]);
    await dataSource.destroy();
  });
});
