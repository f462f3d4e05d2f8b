import { parse } from 'graphql';
import { hasForbiddenCharacter } from '@carta/domain';
import { forbiddenCharacterIn, forbiddenCharacterInRequest } from './input-screening';

describe('hasForbiddenCharacter', () => {
  it.each([
    ['a NUL', 'Mei\u0000'],
    ['an escape', 'Mei\u001b[31m'],
    ['a delete', 'Mei\u007f'],
    ['a C1 control', 'Mei\u0085'],
    ['a lone high surrogate', 'Mei\ud800'],
    ['a lone low surrogate', '\udc00Mei'],
  ])('refuses %s', (_what, text) => {
    expect(hasForbiddenCharacter(text)).toBe(true);
  });

  it('allows tab, line breaks, accents, CJK and paired surrogates', () => {
    expect(hasForbiddenCharacter('line one\r\nline\ttwo')).toBe(false);
    expect(hasForbiddenCharacter('Zoë Ōkubo 田中 美恵 👩‍⚕️')).toBe(false);
  });
});

describe('forbiddenCharacterIn (variables)', () => {
  it('names the path through nested input objects and lists', () => {
    const variables = { input: { patient: { givenName: 'Mei', aliases: ['ok', 'bad\u0000'] } } };
    expect(forbiddenCharacterIn(variables.input, '$input')).toBe('$input.patient.aliases.1');
  });

  it('never echoes a key that is not a schema name (a JSON scalar may carry any key)', () => {
    expect(forbiddenCharacterIn({ 'Jane Doe': '\u0000' }, '$reps')).toBe('$reps.?');
  });

  it('passes clean values of every JSON kind', () => {
    expect(forbiddenCharacterIn({ a: 1, b: true, c: null, d: [{ e: 'fine\n' }] }, '$x')).toBeUndefined();
  });
});

describe('forbiddenCharacterInRequest', () => {
  const check = (query: string, variables?: Record<string, unknown>) => forbiddenCharacterInRequest(parse(query), variables);

  it('finds a NUL in a nested literal argument and names field, argument and path', () => {
    expect(check('mutation { openCase(input: { patient: { givenName: "Mei\\u0000" } }) { id } }')).toBe('openCase.input.patient.givenName');
  });

  it('finds one in a list literal, a nested field, a fragment and a directive', () => {
    expect(check('{ a { b(ids: ["x", "y\\u0007"]) } }')).toBe('b.ids.1');
    expect(check('query { ...F } fragment F on Query { c(note: "\\u001f") }')).toBe('c.note');
    expect(check('{ d @include(if: true) @tag(name: "\\u0000") }')).toBe('@tag.name');
  });

  it('finds one in a block string and in a variable default', () => {
    expect(check('{ e(text: """ok\u0000""") }')).toBe('e.text');
    expect(check('query($n: String = "\\u0000") { f(name: $n) }')).toBe('$n');
  });

  it('finds one in the variables, including lone surrogates', () => {
    expect(check('mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }', { input: { patient: { familyName: 'Doe\ud83d' } } })).toBe(
      '$input.patient.familyName',
    );
  });

  it('lets a clean operation through', () => {
    expect(
      check('mutation($input: OpenCaseInput!) { openCase(input: $input, note: "two\\nlines") { id } }', { input: { patient: { givenName: 'Mei' } } }),
    ).toBeUndefined();
  });
});
