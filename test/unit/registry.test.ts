// The outlet registry's data, parser and limits. Sentences and files here are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import outletsYaml from '../../src/core/data/outlets.yaml';
import {
  CANONICAL_OUTLET_TYPES,
  OutletRegistry,
  REGISTRY_LIMITS,
  builtInRegistryErrors,
  isValidKey,
  outletsFromJson,
  parseRegistry,
  type Outlet,
} from '../../src/core/registry';

function outlet(key: string, aliases: string[], extra: Partial<Outlet> = {}): Outlet {
  return { key, name: aliases[0] ?? key, aliases, type: 'newspaper', country: 'Testland', ...extra };
}

test('the built-in registry loads with at least 180 outlets and no errors', () => {
  const { outlets, errors } = parseRegistry(outletsYaml, 'outlets.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(builtInRegistryErrors(), []);
  assert.ok(outlets.length >= 180, `only ${outlets.length} outlets`);
  assert.equal(OutletRegistry.builtIn().outlets.length, outlets.length);
  assert.equal(OutletRegistry.builtIn(), OutletRegistry.builtIn(), 'parsed once and cached');
});

test('built-in keys are unique and well formed', () => {
  const keys = OutletRegistry.builtIn().outlets.map((o) => o.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const key of keys) assert.ok(isValidKey(key), key);
  // parseRegistry would drop a repeated map key silently into "later wins"; the YAML parser reports it as an error,
  // and the file loads without errors, so every key in the text is unique too.
  assert.equal((outletsYaml.match(/^ {2}[a-z0-9-]+:$/gm) ?? []).length, keys.length);
});

test('no alias names two built-in outlets, whatever its case', () => {
  const owner = new Map<string, string>();
  for (const o of OutletRegistry.builtIn().outlets) {
    for (const alias of o.aliases) {
      const folded = alias.toLowerCase();
      const other = owner.get(folded);
      assert.ok(other === undefined || other === o.key, `"${alias}" is an alias of both ${other} and ${o.key}`);
      owner.set(folded, o.key);
    }
  }
});

test('every built-in outlet has a canonical type, a country, an https homepage and aliases', () => {
  for (const o of OutletRegistry.builtIn().outlets) {
    assert.ok((CANONICAL_OUTLET_TYPES as readonly string[]).includes(o.type), `${o.key}: ${o.type}`);
    assert.ok(o.country.length > 0, o.key);
    assert.match(o.homepage ?? '', /^https?:\/\/[^\s]+$/, o.key);
    assert.ok(o.aliases.length > 0, o.key);
  }
});

test('the built-in registry never aliases "The Times" or other bare ambiguous words', () => {
  const forbidden = ['The Times', 'the Times', 'Times', 'Time', 'Post', 'The Post', 'Sun', 'Mirror', 'Mail', 'Express', 'Nation', 'The Nation', 'Star', 'Hill', 'Independent', 'Globe', 'Atlantic', 'New Yorker', 'Nikkei', 'PTI', 'UPI', 'AAP', 'CCTV', 'CNA', 'Fortune', 'Foreign Affairs'];
  const aliases = new Set(OutletRegistry.builtIn().outlets.flatMap((o) => o.aliases));
  for (const word of forbidden) assert.ok(!aliases.has(word), word);
  assert.equal(OutletRegistry.builtIn().get('abc-news')?.aliases.includes('ABC'), true, '"ABC" is the US network');
});

const SMALL = `# a user's registry
outlets:
  harbour-herald:
    name: Harbour Herald
    aliases: [Harbour Herald, The Harbour Herald]
    type: newspaper
    country: Testland
    homepage: https://harbour.example
  valley-radio:
    name: Valley Radio
    aliases: Valley Radio
    type: news agency
`;

test('a small user file: aliases as one string, optional fields, type synonyms', () => {
  const { outlets, errors } = parseRegistry(SMALL, 'mine.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(outlets, [
    { key: 'harbour-herald', name: 'Harbour Herald', aliases: ['Harbour Herald', 'The Harbour Herald'], type: 'newspaper', country: 'Testland', homepage: 'https://harbour.example' },
    { key: 'valley-radio', name: 'Valley Radio', aliases: ['Valley Radio'], type: 'wire service', country: '' },
  ]);
});

test('aliases left out or empty mean the name alone', () => {
  const { outlets } = parseRegistry('outlets:\n  a: {name: Alpha Daily}\n  b: {name: Beta Daily, aliases: []}\n  c: {name: Gamma, aliases: [Gamma Daily]}\n', 'x.yaml');
  assert.deepEqual(outlets.map((o) => o.aliases), [['Alpha Daily'], ['Beta Daily'], ['Gamma Daily']]);
});

test('a list of outlets with their own keys (or keys made from the name) is read too', () => {
  const { outlets, errors } = parseRegistry('outlets:\n  - {key: one, name: One Paper}\n  - {name: Le Petit Écho}\n', 'x.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(outlets.map((o) => o.key), ['one', 'le-petit-echo']);
});

test('an empty file is an empty registry', () => {
  assert.deepEqual(parseRegistry('', 'x.yaml'), { outlets: [], errors: [] });
  assert.deepEqual(parseRegistry('# nothing yet\n', 'x.yaml'), { outlets: [], errors: [] });
  assert.deepEqual(parseRegistry('outlets:\n', 'x.yaml'), { outlets: [], errors: [] });
});

test('a YAML syntax error is reported at its line and column, and the rest still loads', () => {
  const text = 'outlets:\n  first:\n    name: First\n  second:\n    name: Second: Part\n  third:\n    name: Third\n';
  const { outlets, errors } = parseRegistry(text, 'broken.yaml');
  assert.deepEqual(outlets.map((o) => o.key), ['first', 'third']);
  const syntax = errors.find((e) => e.message.startsWith('YAML:'));
  assert.ok(syntax);
  assert.equal(syntax.source, 'broken.yaml');
  assert.equal(syntax.line, 5);
  assert.equal(syntax.column, 11);
  assert.equal(text.slice(syntax.start, syntax.start + 6), 'Second');
});

test('an unclosed quote is reported, not thrown', () => {
  const { errors } = parseRegistry('outlets:\n  a:\n    name: "Open\n', 'x.yaml');
  assert.ok(errors.some((e) => /quote/i.test(e.message)));
});

test('schema errors are reported at the entry, which is skipped; valid entries are kept', () => {
  const text = [
    'outlets:',
    '  ok-one: {name: Fine Paper, type: newspaper}',
    '  no-name: {type: newspaper}',
    '  wrong-name: {name: 1843}',
    '  bad-type: {name: Bad Type, type: blog}',
    `  long-name: {name: ${'x'.repeat(201)}}`,
    `  many-aliases: {name: Many, aliases: [${Array.from({ length: 51 }, (_, i) => `A${i}`).join(', ')}]}`,
    '  ftp-home: {name: Ftp, homepage: "ftp://files.example"}',
    '  alias-list: {name: Bad Alias, aliases: {a: b}}',
    '  guard-other: {name: Guarded, aliases: [Guarded], guarded: [Other]}',
    '  Bad Key: {name: Bad Key}',
    '  ok-two: {name: Fine Too, colour: blue}',
    '',
  ].join('\n');
  const { outlets, errors } = parseRegistry(text, 'x.yaml');
  assert.deepEqual(outlets.map((o) => o.key), ['ok-one', 'ok-two']);
  const lineOf = (fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
  const expect = (fragment: string, pattern: RegExp) => {
    const error = errors.find((e) => pattern.test(e.message));
    assert.ok(error, `no error matching ${pattern}`);
    assert.equal(error.line, lineOf(fragment), `${pattern} at the wrong line`);
    assert.ok(error.column > 0 && error.end >= error.start);
  };
  expect('no-name', /"no-name": "name" is missing/);
  expect('wrong-name', /"name" must be a string, not a number/);
  expect('bad-type', /unknown type "blog"/);
  expect('long-name', /201 characters/);
  expect('many-aliases', /51 entries/);
  expect('ftp-home', /http:\/\/ or https:\/\//);
  expect('alias-list', /"aliases" must be a string or a list/);
  expect('guard-other', /"guarded" lists "Other"/);
  expect('Bad Key', /key "Bad Key" must be lower-case/);
  expect('ok-two', /unknown field "colour" ignored/);
});

test('the column of a field error points at the field', () => {
  const text = 'outlets:\n  a:\n    name: Alpha\n    type: blog\n';
  const [error] = parseRegistry(text, 'x.yaml').errors;
  assert.equal(error.line, 4);
  assert.equal(error.column, 11);
  assert.equal(text.slice(error.start, error.end), 'blog');
});

test('an alias already used by another outlet of the same file is dropped from the later one', () => {
  const { outlets, errors } = parseRegistry('outlets:\n  a: {name: A, aliases: [Shared, Alpha]}\n  b: {name: B, aliases: [Beta, Shared]}\n', 'x.yaml');
  assert.deepEqual(outlets.map((o) => o.aliases), [['Shared', 'Alpha'], ['Beta']]);
  assert.match(errors[0].message, /"Shared" is already used by outlet "a"/);
  assert.equal(errors[0].line, 3);
});

test('a repeated key or field is reported; the last one counts', () => {
  const text = 'outlets:\n  a: {name: First A}\n  b: {name: B, name: Bee}\n  a: {name: Second A}\n';
  const { outlets, errors } = parseRegistry(text, 'x.yaml');
  assert.deepEqual(outlets.map((o) => [o.key, o.name]), [['b', 'Bee'], ['a', 'Second A']]);
  assert.deepEqual(errors.map((e) => e.line), [2, 3]);
  assert.match(errors[0].message, /"a" is defined again/);
  assert.match(errors[1].message, /"name" is given twice/);
});

test('a file that is not a registry says what the shape is', () => {
  assert.match(parseRegistry('- a\n- b\n', 'x.yaml').errors[0].message, /"outlets:"/);
  assert.match(parseRegistry('sources:\n  a: {name: A}\n', 'x.yaml').errors.map((e) => e.message).join('\n'), /no top-level "outlets:"/);
  assert.match(parseRegistry('outlets: 12\n', 'x.yaml').errors[0].message, /must be a map/);
});

test('YAML anchors and aliases that stay small are fine', () => {
  const text = 'outlets:\n  a: {name: Alpha, country: &land Testland}\n  b: {name: Beta, country: *land}\n';
  const { outlets, errors } = parseRegistry(text, 'x.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(outlets.map((o) => o.country), ['Testland', 'Testland']);
});

test('an alias bomb is refused with a clear message', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  const text = `outlets:\n  bomb:\n    name: Bomb\n    aliases:\n${levels.map((l) => `      ${l.replace(/^(\w+): /, '- ')}`).join('\n')}\n`;
  const { outlets, errors } = parseRegistry(text, 'bomb.yaml');
  assert.deepEqual(outlets, []);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /alias bomb/);
  assert.ok(errors[0].line >= 1);
});

test('deep nesting is refused before the YAML composer recurses', () => {
  for (const text of ['outlets: ' + '['.repeat(100_000), 'outlets:\n  ' + '- '.repeat(100_000) + 'x\n', 'a: ' + '{b: '.repeat(5_000)]) {
    const { outlets, errors } = parseRegistry(text, 'deep.yaml');
    assert.deepEqual(outlets, []);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, new RegExp(`nested more than ${REGISTRY_LIMITS.maxNestingDepth} levels`));
  }
});

test('a file longer than the limit is refused at once', () => {
  const { outlets, errors } = parseRegistry('#'.repeat(REGISTRY_LIMITS.maxTextLength + 1), 'huge.yaml');
  assert.deepEqual(outlets, []);
  assert.match(errors[0].message, /at most/);
});

test('100,000 entries: the first 20,000 are read and the rest reported once', () => {
  const lines = ['outlets:'];
  for (let i = 0; i < 100_000; i++) lines.push(`  o${i}: {name: Outlet ${i}}`);
  const { outlets, errors } = parseRegistry(lines.join('\n') + '\n', 'many.yaml');
  assert.equal(outlets.length, REGISTRY_LIMITS.maxEntries);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /more than 20000 outlets/);
  assert.equal(errors[0].line, REGISTRY_LIMITS.maxEntries + 2);
});

test('a flood of broken entries is capped in the error list', () => {
  const lines = ['outlets:'];
  for (let i = 0; i < 3_000; i++) lines.push(`  o${i}: {type: blog}`);
  const { errors } = parseRegistry(lines.join('\n'), 'x.yaml');
  assert.equal(errors.length, REGISTRY_LIMITS.maxErrors + 1);
  assert.match(errors[errors.length - 1].message, /more errors not shown/);
});

test('outletsFromJson reads a list, a map or a wrapped map, with line 0 errors', () => {
  const list = outletsFromJson([{ name: 'Harbour Herald', aliases: ['Harbour Herald', 'HH'], type: 'newspaper' }, { name: 7 }], 'settings');
  assert.deepEqual(list.outlets.map((o) => o.key), ['harbour-herald']);
  assert.equal(list.errors.length, 1);
  assert.deepEqual({ ...list.errors[0], message: '' }, { source: 'settings', line: 0, column: 0, start: 0, end: 0, message: '' });
  assert.match(list.errors[0].message, /outlets\[1\]\.name: "name" must be a string/);

  const map = outletsFromJson({ 'my-paper': { name: 'My Paper', country: 'Testland' } }, 'settings');
  assert.deepEqual(map.outlets, [{ key: 'my-paper', name: 'My Paper', aliases: ['My Paper'], type: '', country: 'Testland' }]);
  assert.deepEqual(outletsFromJson({ outlets: { 'my-paper': { name: 'My Paper' } } }, 's').outlets.map((o) => o.key), ['my-paper']);
  assert.deepEqual(outletsFromJson(undefined, 's'), { outlets: [], errors: [] });
  assert.match(outletsFromJson('nope', 's').errors[0].message, /list of outlets or a map/);
});

test('extend: the same key overrides in place, new keys add, the built-in registry is unchanged', () => {
  const base = new OutletRegistry([outlet('a', ['Alpha']), outlet('b', ['Beta'])]);
  const extended = base.extend([outlet('a', ['Alpha Prime'], { country: 'Elsewhere' }), outlet('c', ['Gamma'])]);
  assert.deepEqual(extended.outlets.map((o) => o.key), ['a', 'b', 'c']);
  assert.equal(extended.get('a')?.country, 'Elsewhere');
  assert.deepEqual(base.outlets.map((o) => o.aliases[0]), ['Alpha', 'Beta']);
  assert.equal(base.get('c'), undefined);

  const builtIn = OutletRegistry.builtIn();
  const count = builtIn.outlets.length;
  const mine = builtIn.extend([{ ...builtIn.get('reuters')!, country: 'Nowhere' }, outlet('harbour-herald', ['Harbour Herald'])]);
  assert.equal(mine.outlets.length, count + 1);
  assert.equal(mine.get('reuters')?.country, 'Nowhere');
  assert.equal(builtIn.get('reuters')?.country, 'United Kingdom');
  assert.equal(builtIn.outlets.length, count);
});

test('extend: a name two outlets give belongs to the later one; no aliases means the name', () => {
  const base = new OutletRegistry([outlet('a', ['Shared Name']), outlet('b', ['Beta'])]);
  const text = 'We read Shared Name and Beta.';
  assert.deepEqual(base.findAll(text).map((m) => m.key), ['a', 'b']);
  const later = base.extend([outlet('c', ['Shared Name'])]);
  assert.deepEqual(later.findAll(text).map((m) => m.key), ['c', 'b']);
  const nameOnly = new OutletRegistry([{ ...outlet('d', []), name: 'Delta Daily' }]);
  assert.deepEqual(nameOnly.findAll('We read Delta Daily.').map((m) => m.key), ['d']);
});
