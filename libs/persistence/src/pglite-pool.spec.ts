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

describe('embedded PGlite memory', () => {
  it('starts with the bounded buffers, not PostgreSQL’s one-server-per-machine defaults', async () => {
    const dataSource = await openDataSource({ schema: 'public', entities: [], migrations: [], database: {} });
    try {
      const show = async (name: string) => ((await dataSource.query(`SHOW ${name}`)) as Record<string, string>[])[0][name];
      expect(await show('shared_buffers')).toBe('16MB');
      expect(await show('maintenance_work_mem')).toBe('16MB');
      expect(await show('temp_buffers')).toBe('2MB');
    } finally {
      await dataSource.destroy();
    }
  });
});
