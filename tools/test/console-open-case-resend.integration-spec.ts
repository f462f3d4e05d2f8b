import { eventually, identities } from '@carta/testing';
import { field, t, useConsole } from './console/harness';

/**
 * The "Open a case" form sends one idempotency key per form load: when the answer to the first
 * submit is lost (the case was opened, the browser never heard), submitting again opens no second case.
 */
describe('opening a case survives a lost answer (embedded platform, real browser)', () => {
  const NAME = 'coord-resend';
  const coordinator = identities.coordinator(NAME);
  const { newUser, signIn, gateway } = useConsole();

  it('a resubmit after a lost answer lands on the case the first submit opened, and only one exists', async () => {
    const watched = await newUser();
    const { page } = watched;
    await signIn(page, { role: /^coordinator$/i, name: NAME });
    await page.getByRole('heading', { name: 'Work queue' }).waitFor();

    let firstAnswer: { data?: { openCase?: { id: string } } } | undefined;
    await page.route('**/graphql', async (route) => {
      if (firstAnswer || !route.request().postData()?.includes('CaseOpen')) return route.continue();
      // The gateway and intake do the work; the answer is dropped on its way back.
      firstAnswer = (await (await route.fetch()).json()) as typeof firstAnswer;
      await route.abort('connectionreset');
    });

    await page.getByRole('link', { name: t('en', 'case.open.button') }).click();
    await page.getByRole('heading', { level: 1, name: t('en', 'case.open.heading') }).waitFor();
    const person = { givenName: 'Lina', familyName: 'Haddad', birthDate: '1984-09-12', nationality: 'JOR', passportNumber: 'P4455667' };
    for (const [key, value] of Object.entries(person)) await field(page, 'en', `case.person.${key}`).fill(value);
    await field(page, 'en', 'case.profile.icd10').fill('C50.9');
    await field(page, 'en', 'case.profile.description').fill('Breast cancer, metastatic');
    const submit = page.getByRole('button', { name: t('en', 'case.open.submit') });
    await submit.click();
    await page.getByRole('alert').waitFor();
    const opened = firstAnswer?.data?.openCase?.id;
    expect(opened).toMatch(/^[0-9a-f-]{36}$/);

    await submit.click();
    const landed = await eventually('the resubmit to land on a case', async () => /\/console\/cases\/([0-9a-f-]{36})\//.exec(page.url())?.[1]);
    expect(landed).toBe(opened);
    const mine = await gateway<{ cases: { totalCount: number } }>(coordinator, `{ cases(filter: { mine: true }) { totalCount } }`);
    expect(mine.data?.cases.totalCount).toBe(1);

    // The dropped answer is the one failure this page may log.
    const unexpected = watched.errors.filter((error) => !/Failed to load resource|ERR_CONNECTION_RESET|Failed to fetch|NetworkError/i.test(error));
    watched.errors.splice(0, watched.errors.length, ...unexpected);
  });
});
