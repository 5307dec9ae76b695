// Adversarial registry files and settings: YAML alias bombs, 100,000 entries, wrong types everywhere, names thousands
// of characters long, deep nesting, binary junk. Each must come back (no time limit is asserted) with clear errors,
// the valid entries kept, and the built-in registry still working afterwards. Files are generated here, in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, OutletRegistry, parseRegistry, type Outlet, type RegistryError } from '../../src/core';
import { REGISTRY_LIMITS, outletsFromJson } from '../../src/core/registry';

const SENTENCE = '“We are ready,” the minister told Reuters on Monday, according to the Associated Press.';

/** The built-in registry still finds its outlets, and a fresh analysis uses it. */
function assertBuiltInWorks(): void {
  const keys = analyze(SENTENCE).outletMentions.map((o) => o.outletKey);
  assert.ok(keys.includes('reuters') && keys.includes('associated-press'), `built-in outlets found: ${keys.join(', ')}`);
  assert.ok(OutletRegistry.builtIn().get('reuters'));
}

function assertErrorsSound(text: string, errors: readonly RegistryError[], source: string): void {
  assert.ok(errors.length <= REGISTRY_LIMITS.maxErrors + 1, `${errors.length} errors`);
  for (const e of errors) {
    assert.equal(e.source, source);
    assert.ok(e.message.length > 0 && e.message.length < 1_000, `a short message: ${e.message.slice(0, 120)}`);
    assert.ok(e.line >= 0 && e.column >= 0);
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length + 1, `error span ${e.start}..${e.end} in ${text.length}`);
  }
}

function parse(text: string, source = 'user.yaml') {
  const result = parseRegistry(text, source);
  assertErrorsSound(text, result.errors, source);
  return result;
}

test('a YAML alias bomb (billion laughs) is refused with a clear error', () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    levels.push(`${name}: &${name} [${Array(9).fill('*' + prev).join(', ')}]`);
  }
  const text = [...levels, 'outlets:', '  bomb:', '    name: Bomb', '    aliases: *j'].join('\n');
  const { outlets, errors } = parse(text);
  assert.deepEqual(outlets, []);
  assert.ok(errors.some((e) => /alias/i.test(e.message)), errors.map((e) => e.message).join('\n'));
  assertBuiltInWorks();
});

test('an alias bomb inside the outlets, through names and alias lists', () => {
  let text = 'outlets:\n  x:\n    name: &n X\n    aliases: &a0 [*n, *n, *n, *n, *n, *n, *n, *n, *n, *n]\n';
  for (let i = 0; i < 25; i++) text += `  y${i}:\n    name: Y${i}\n    aliases: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]\n`;
  const { outlets, errors } = parse(text);
  assert.deepEqual(outlets, []);
  assert.ok(errors.some((e) => /alias/i.test(e.message)));
  assertBuiltInWorks();
});

test('100,000 entries (map and list): the first ones are read, the rest reported once', () => {
  const map = 'outlets:\n' + Array.from({ length: 100_000 }, (_, i) => `  outlet-${i}:\n    name: Outlet Number ${i}\n    type: newspaper\n`).join('');
  const list = 'outlets:\n' + Array.from({ length: 100_000 }, (_, i) => `  - name: Outlet Number ${i}\n    key: outlet-${i}\n`).join('');
  for (const text of [map, list]) {
    const { outlets, errors } = parse(text);
    assert.equal(outlets.length, REGISTRY_LIMITS.maxEntries);
    assert.equal(errors.length, 1, errors.slice(0, 3).map((e) => e.message).join('\n'));
    assert.match(errors[0].message, /more than 20000 outlets/);
    // the registry built from them still works, and so does the built-in one
    const registry = OutletRegistry.builtIn().extend(outlets);
    const a = analyze('Outlet Number 19999 reported it, and Reuters said so too.', { registry });
    assert.deepEqual(a.outletMentions.map((o) => o.outletKey), ['outlet-19999', 'reuters']);
  }
  assertBuiltInWorks();
});

test('wrong types everywhere: each reported at its line, the valid entry kept', () => {
  const text = [
    'outlets:',
    '  a:',
    '    name: 42',
    '  b:',
    '    name: [x]',
    '  c:',
    '    aliases: {x: 1}',
    '  d: 7',
    '  e:',
    '    name: E',
    '    aliases: [1, null, {}]',
    '    type: 12',
    '    country: [x]',
    '    homepage: javascript:alert(1)',
    '  f: null',
    '  g:',
    '    name: ""',
    '  h:',
    '    name: true',
    '    guarded: 5',
    '  ok-one:',
    '    name: Okay Outlet',
    '',
  ].join('\n');
  const { outlets, errors } = parse(text);
  assert.ok(outlets.some((o) => o.key === 'ok-one'));
  for (const key of ['a', 'b', 'c', 'd', 'g', 'h']) assert.ok(!outlets.some((o) => o.key === key), `${key} is not kept`);
  for (const line of [3, 5, 8]) assert.ok(errors.some((e) => e.line === line), `an error at line ${line}`);
  assert.ok(errors.length >= 6);
  assertBuiltInWorks();
});

test('the wrong shape at the top: a list, a scalar, an outlets scalar, no outlets key', () => {
  for (const text of ['- a\n- b\n', 'just text', 'outlets: 5\n', 'other:\n  x: 1\n', 'outlets:\n  - 1\n  - [2]\n  - null\n', '{', ': : :', '&a [*a]']) {
    const { outlets, errors } = parse(text);
    assert.deepEqual(outlets, []);
    assert.ok(errors.length > 0, `an error for ${JSON.stringify(text)}`);
  }
  assertBuiltInWorks();
});

test('names, aliases, keys and countries thousands of characters long are refused, the rest of the file read', () => {
  const long = 'N'.repeat(5_000);
  const text = [
    'outlets:',
    '  long-name:',
    `    name: ${long}`,
    '  long-alias:',
    '    name: Fine Name',
    `    aliases: [${'Alias '.repeat(2_000).trim()}, Short Alias]`,
    '  long-country:',
    '    name: Country Outlet',
    `    country: ${'Land'.repeat(1_000)}`,
    '  good:',
    '    name: Good Outlet',
    '',
  ].join('\n');
  const { outlets, errors } = parse(text);
  assert.ok(outlets.some((o) => o.key === 'good'));
  assert.ok(!outlets.some((o) => o.name === long));
  for (const o of outlets) {
    assert.ok(o.name.length <= REGISTRY_LIMITS.maxNameLength);
    for (const alias of o.aliases) assert.ok(alias.length <= REGISTRY_LIMITS.maxNameLength);
    assert.ok(o.key.length <= REGISTRY_LIMITS.maxKeyLength);
  }
  assert.ok(errors.some((e) => /5000 characters/.test(e.message)), errors.map((e) => e.message.slice(0, 100)).join('\n'));
  assertBuiltInWorks();
});

test('a key thousands of characters long is refused with a message of reasonable length', () => {
  const text = `outlets:\n  key-${'k'.repeat(3_000)}:\n    name: Key Outlet\n  good:\n    name: Good Outlet\n`;
  const { outlets, errors } = parse(text);
  assert.deepEqual(outlets.map((o) => o.key), ['good']);
  assert.ok(errors.length > 0);
});

test('settings (JSON) with wrong types and very long names', () => {
  const value: unknown = [
    { name: 'X'.repeat(10_000) },
    { name: 'Good Setting Outlet', aliases: ['A'.repeat(5_000), 'GSO'] },
    { name: 7 },
    null,
    'text',
    { name: 'Aliases Wrong', aliases: { a: 1 } },
    { name: 'Many Aliases', aliases: Array.from({ length: 10_000 }, (_, i) => `Alias ${i}`) },
    ...Array.from({ length: 30_000 }, (_, i) => ({ name: `Setting Outlet ${i}` })),
  ];
  const { outlets, errors } = outletsFromJson(value, 'settings');
  assertErrorsSound('', errors.map((e) => ({ ...e, start: 0, end: 0 })), 'settings');
  assert.ok(outlets.length <= REGISTRY_LIMITS.maxEntries);
  for (const o of outlets) {
    assert.ok(o.name.length <= REGISTRY_LIMITS.maxNameLength);
    assert.ok(o.aliases.length <= REGISTRY_LIMITS.maxAliases);
  }
  assert.ok(errors.length > 0);
  const registry = OutletRegistry.builtIn().extend(outlets);
  assert.ok(analyze(SENTENCE, { registry }).outletMentions.some((o) => o.outletKey === 'reuters'));
  assertBuiltInWorks();
});

test('nesting 100,000 levels deep, and binary junk, are refused without a crash', () => {
  const texts = ['outlets: ' + '['.repeat(100_000), 'outlets:\n' + '  - '.repeat(50_000) + 'x', '{'.repeat(100_000), '\u0000\u0001\uFFFD\uD800'.repeat(10_000), 'outlets:\n  x:\n    name: "' + '\\'.repeat(100_000)];
  for (const text of texts) {
    const { outlets, errors } = parse(text, 'junk.yaml');
    assert.deepEqual(outlets, []);
    assert.ok(errors.length > 0);
  }
  assertBuiltInWorks();
});

test('a registry file over the size limit is refused before parsing', () => {
  const text = 'outlets:\n' + '#'.repeat(REGISTRY_LIMITS.maxTextLength);
  const { outlets, errors } = parse(text);
  assert.deepEqual(outlets, []);
  assert.equal(errors.length, 1);
  assertBuiltInWorks();
});

test('user names that look like patterns are matched literally', () => {
  const odd: Outlet[] = ['(a+)+$', '.*', '[Reuters]', 'A|B', '\\d+', '$&', 'Reuters.*'].map((name, i) => ({ key: `odd-${i}`, name, aliases: [name], type: 'online', country: '' }));
  const registry = OutletRegistry.builtIn().extend(odd);
  const text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! said (a+)+$ and .* and Reuters and A|B today; 12345 and $& too.';
  const keys = analyze(text, { registry }).outletMentions.map((o) => o.outletKey);
  assert.ok(keys.includes('reuters'));
  assert.ok(!keys.includes('odd-4'), '\\d+ is not a pattern');
  assertBuiltInWorks();
});
