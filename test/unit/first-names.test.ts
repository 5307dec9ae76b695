import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIRST_NAMES_SOURCE, firstNameLexicon, genderOfFirstName } from '../../src/core/data/first-names';

function expectAll(names: string[], expected: 'female' | 'male' | undefined): void {
  for (const name of names) assert.equal(genderOfFirstName(name), expected, name);
}

test('common US names, both ways', () => {
  expectAll(['Mary', 'Patricia', 'Linda', 'Jennifer', 'Susan', 'Ashley', 'Emily', 'Hillary', 'Kamala', 'Nancy'], 'female');
  expectAll(['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Donald', 'Barack', 'Joe', 'Mitch'], 'male');
});

test('international names', () => {
  expectAll(['Volodymyr', 'Oleh', 'Oleksandr', 'Dmytro', 'Serhiy', 'Valentyn', 'Vitali', 'Emmanuel', 'Recep', 'Narendra'], 'male');
  expectAll(['Olaf', 'Giuseppe', 'Mohammed', 'Yitzhak', 'Kwame', 'Jinping', 'Shinzo', 'Chukwuemeka'], 'male');
  expectAll(['Natalia', 'Yulia', 'Olena', 'Iryna', 'Oksana', 'Angela', 'Ursula', 'Giorgia', 'Ngozi', 'Fatima'], 'female');
  expectAll(['Yael', 'Priyanka', 'Yuriko', 'Annalena', 'Sanna', 'Ségolène', 'Xóchitl', 'Claudia'], 'female');
});

test('case does not matter', () => {
  assert.equal(genderOfFirstName('MARY'), 'female');
  assert.equal(genderOfFirstName('volodymyr'), 'male');
  assert.equal(genderOfFirstName('  nAtAlIa '), 'female');
});

test('diacritics are optional', () => {
  expectAll(['José', 'Jose', 'Bülent', 'Bulent', 'Jürgen', 'François', 'Paweł', 'Søren', 'İsmail', 'Ze’ev', 'Seán'], 'male');
  expectAll(['Zoë', 'Zoe', 'Hélène', 'Małgorzata', 'Ayşe', 'Inês', 'Renée'], 'female');
  // the accent decides: French René is male, English Rene is not clear
  assert.equal(genderOfFirstName('René'), 'male');
  assert.equal(genderOfFirstName('Rene'), undefined);
  assert.equal(genderOfFirstName('Michèle'), 'female');
  assert.equal(genderOfFirstName('Michele'), undefined);
});

test('hyphenated names: whole, then the first part', () => {
  expectAll(['Jean-Pierre', 'Jean-Marie', 'Jean-Luc', 'jean-claude', 'Frank-Walter', 'Jae-in'], 'male');
  expectAll(['Marie-Claude', 'Anne-Sophie', 'Mary-Kate', 'Ing-wen'], 'female');
  assert.equal(genderOfFirstName('Jean-Unknownname'), undefined); // Jean alone is ambiguous
});

test('ambiguous names answer undefined', () => {
  expectAll(
    ['Jordan', 'Taylor', 'Casey', 'Alex', 'Jamie', 'Robin', 'Sasha', 'Andrea', 'Jean', 'Kim', 'Nicola', 'Simone', 'Dominique'],
    undefined,
  );
  const { ambiguous } = firstNameLexicon();
  for (const name of ['jordan', 'taylor', 'casey', 'alex', 'jamie', 'robin', 'sasha', 'andrea']) {
    assert.ok(ambiguous.has(name), name);
  }
});

test('unknown and empty input answer undefined', () => {
  expectAll(['Xi', 'Zzyzx', 'Qwerty', '', '   ', 'J.', '-'], undefined);
});

test('the female, male and ambiguous sets are disjoint and sizeable', () => {
  const { female, male, ambiguous } = firstNameLexicon();
  for (const name of female) {
    assert.ok(!male.has(name), `${name} is both female and male`);
    assert.ok(!ambiguous.has(name), `${name} is both female and ambiguous`);
  }
  for (const name of male) assert.ok(!ambiguous.has(name), `${name} is both male and ambiguous`);
  assert.ok(female.size >= 1200, `female: ${female.size}`);
  assert.ok(male.size >= 1200, `male: ${male.size}`);
  assert.ok(ambiguous.size >= 50, `ambiguous: ${ambiguous.size}`);
});

test('every stored name is lowercase after loading and the lexicon is built once', () => {
  const lex = firstNameLexicon();
  assert.equal(firstNameLexicon(), lex);
  for (const set of [lex.female, lex.male, lex.ambiguous]) {
    for (const name of set) assert.equal(name, name.toLowerCase());
  }
});

test('the source is stated', () => {
  assert.match(FIRST_NAMES_SOURCE, /Social Security Administration/);
  assert.match(FIRST_NAMES_SOURCE, /not downloaded/);
});
