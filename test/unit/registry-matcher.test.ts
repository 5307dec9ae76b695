// Where a text names an outlet. Every sentence here is made up for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OutletRegistry, type Outlet } from '../../src/core/registry';
import { outletsInWords } from '../../src/core/local/outlets-in-words';
import { tokenize } from '../../src/core/text/tokens';

const registry = OutletRegistry.builtIn();

/** The matched text and key of every outlet named in `text`. */
function found(text: string, reg: OutletRegistry = registry): string[] {
  return reg.findAll(text).map((m) => `${text.slice(m.start, m.end)}=${m.key}`);
}

function keys(text: string): string[] {
  return registry.findAll(text).map((m) => m.key);
}

test('plain names, sorted and not overlapping', () => {
  const text = 'Reuters and AFP confirmed it, CNN said, and Al Jazeera showed the footage.';
  assert.deepEqual(found(text), ['Reuters=reuters', 'AFP=afp', 'CNN=cnn', 'Al Jazeera=al-jazeera']);
  const matches = registry.findAll(text);
  for (let i = 1; i < matches.length; i++) assert.ok(matches[i].start >= matches[i - 1].end);
});

test('a possessive is allowed after a name and is not part of the match', () => {
  assert.deepEqual(found("CNN's anchor asked."), ['CNN=cnn']);
  assert.deepEqual(found('The network relied on Reuters’ pictures and the BBC’s radio desk.'), ['Reuters=reuters', 'BBC=bbc']);
  assert.deepEqual(found("Bloomberg's reporters got it first."), ['Bloomberg=bloomberg']);
});

test('"the" before a name listed without it is left out; a name listed with "The" matches whole', () => {
  assert.deepEqual(found('She told the Associated Press on Friday.'), ['Associated Press=associated-press']);
  assert.deepEqual(found('She told The Associated Press on Friday.'), ['The Associated Press=associated-press']);
  assert.deepEqual(found('A report in the New York Times and one in The New York Times.'), ['New York Times=new-york-times', 'The New York Times=new-york-times']);
  assert.deepEqual(found('The BBC said nothing.'), ['BBC=bbc']);
});

test('names with punctuation', () => {
  assert.deepEqual(found('It ran on Yahoo! News first.'), ['Yahoo! News=yahoo-news']);
  assert.deepEqual(found('Radio Free Europe/Radio Liberty, or RFE/RL, reported.'), ['Radio Free Europe/Radio Liberty=rferl', 'RFE/RL=rferl']);
  assert.deepEqual(found('An essay on Salon.com argued otherwise.'), ['Salon.com=salon']);
  assert.deepEqual(found('He spoke to The Kyiv Independent and to the Kyiv Independent.'), ['The Kyiv Independent=kyiv-independent', 'Kyiv Independent=kyiv-independent']);
  assert.deepEqual(found('South Africa’s Mail & Guardian and Página/12 ran it.'), ['Mail & Guardian=mail-and-guardian', 'Página/12=pagina-12']);
  assert.deepEqual(found('Beirut’s L’Orient-Le Jour and China’s People’s Daily.'), ['L’Orient-Le Jour=lorient-le-jour', 'People’s Daily=peoples-daily']);
});

test('word boundaries: a name never starts or ends inside a word', () => {
  assert.deepEqual(found('APE, MAPS, CNNs, ABCD and BBC2 are not outlets.'), []);
  assert.deepEqual(found('A non-CNN source.'), ['CNN=cnn']);
  assert.deepEqual(found('See AP.org and cnn.com for more.'), []);
});

test('matching is case-sensitive as the registry writes it', () => {
  assert.deepEqual(found('the reuters feed and the cnn app'), []);
  assert.deepEqual(found('Figures from dpa and DPA.'), ['dpa=dpa', 'DPA=dpa']);
});

test('the longest name wins', () => {
  assert.deepEqual(found('Fox News Digital reported, then Fox Business did.'), ['Fox News Digital=fox-news', 'Fox Business=fox-business']);
  assert.deepEqual(found('It was on AP News.'), ['AP News=associated-press']);
  assert.deepEqual(found('ABC News Australia and ABC News both ran it.'), ['ABC News Australia=abc-australia', 'ABC News=abc-news']);
  assert.deepEqual(found('Sky News Australia, not Sky News.'), ['Sky News Australia=sky-news-australia', 'Sky News=sky-news']);
  assert.deepEqual(found('He listened to the BBC World Service.'), ['BBC World Service=bbc']);
});

test('"ABC" is the US network; the Australian one is named in full', () => {
  assert.deepEqual(keys('ABC reported it, and so did the Australian Broadcasting Corporation.'), ['abc-news', 'abc-australia']);
});

test('a space in a name may be any whitespace within a paragraph, never a blank line', () => {
  assert.deepEqual(found('a story in the New York\n  Times today'), ['New York\n  Times=new-york-times']);
  assert.deepEqual(found('the Wall\u00a0Street Journal'), ['Wall\u00a0Street Journal=wall-street-journal']);
  assert.deepEqual(found('in New York\n\nTimes Square'), []);
});

test('ambiguous words in ordinary prose are not outlets', () => {
  const prose = [
    'It is time to act, and Time will tell.',
    'At 8 p.m. Eastern Time the polls closed.',
    'The hill was steep. He climbed the Hill near the farm.',
    'The Hill was quiet that morning.',
    'Lawmakers on Capitol Hill and on the Hill disagreed.',
    'She is his legal guardian.',
    'The Guardian Council rejected the candidates.',
    'The sun rose over the post office.',
    'The Independent candidate won the seat.',
    'They sailed across the Atlantic. The Atlantic Ocean was calm.',
    'The Economist Intelligence Unit ranked the city.',
    'The Times reported nothing, and the Times said less.',
    'The Nikkei index rose, and a New Yorker by birth cheered.',
    'The RT-PCR test came back negative.',
    'The Reuters Institute published a survey.',
    'Michael Bloomberg donated again.',
    'Thomson Reuters shares rose.',
    'Minister of Foreign Affairs Jane Doe spoke.',
    'The Fortune 500 list grew.',
    'A slate of candidates met in the salon.',
    'He took the Express train to the Mirror Lake.',
    'The mayor unveiled A New Vision for the Harbour, a plan.',
  ];
  for (const sentence of prose) assert.deepEqual(found(sentence), [], sentence);
});

test('guarded names match mid-sentence in an outlet context', () => {
  assert.deepEqual(found('The senator told The Hill on Tuesday.'), ['The Hill=the-hill']);
  assert.deepEqual(found('He told the Guardian that he would resign.'), ['Guardian=the-guardian']);
  assert.deepEqual(found('She wrote in The Atlantic last year.'), ['The Atlantic=the-atlantic']);
  assert.deepEqual(found('Kremlin-backed RT aired the speech.'), ['RT=rt']);
  assert.deepEqual(found('He cited a TIME investigation.'), ['TIME=time']);
  assert.deepEqual(found('An editorial in The Economist disagreed.'), ['The Economist=the-economist']);
  assert.deepEqual(found('He told Vox that it was over.'), ['Vox=vox']);
});

test('a capital at a sentence start does not block a one-word name after it', () => {
  assert.deepEqual(found('But Reuters said otherwise.'), ['Reuters=reuters']);
  assert.deepEqual(found('Britain’s BBC and Germany’s dpa agreed.'), ['BBC=bbc', 'dpa=dpa']);
  assert.deepEqual(found('Officials told Reuters Monday.'), ['Reuters=reuters']);
});

test('findAll searches only text[from, to)', () => {
  const text = 'CNN said, then NBC News said, then CBS said.';
  const from = text.indexOf('NBC');
  assert.deepEqual(registry.findAll(text, from).map((m) => m.key), ['nbc-news', 'cbs-news']);
  assert.deepEqual(registry.findAll(text, 0, from + 8).map((m) => text.slice(m.start, m.end)), ['CNN', 'NBC News']);
  // The context outside the range still counts: "NBC" is part of the longer "NBC News" there.
  assert.deepEqual(registry.findAll(text, 0, from + 7).map((m) => m.key), ['cnn']);
  assert.deepEqual(registry.findAll(text, from + 1, from + 8), [], 'no match starting inside a word');
  assert.deepEqual(registry.findAll(text, 50, 10), []);
});

test('a user name given to an empty registry, and guarded names from a user file', () => {
  const mine: Outlet[] = [
    { key: 'harbour-herald', name: 'Harbour Herald', aliases: ['Harbour Herald', 'HH'], guarded: ['HH'], type: 'newspaper', country: 'Testland' },
  ];
  const reg = new OutletRegistry().extend(mine);
  assert.deepEqual(found('The Harbour Herald and HH reported.', reg), ['Harbour Herald=harbour-herald', 'HH=harbour-herald']);
  assert.deepEqual(found('HH reported first.', reg), [], 'guarded: not at a sentence start');
  assert.deepEqual(found('see HH-7 model', reg), [], 'guarded: not joined by a hyphen');
});

test('a registry of 100,000 outlets and hostile text stay bounded', () => {
  const many: Outlet[] = [];
  for (let i = 0; i < 100_000; i++) many.push({ key: `o${i}`, name: `Paper ${i}`, aliases: [`Paper ${i}`, `The Paper Number ${i}`], type: 'online', country: '' });
  const reg = new OutletRegistry(many);
  const words: string[] = [];
  for (let i = 0; i < 20_000; i++) words.push(i % 7 === 0 ? `Paper ${i * 3}` : 'The Paper Number word');
  const matches = reg.findAll(words.join(' '));
  assert.equal(matches.length, Math.ceil(20_000 / 7));
  const hostile = 'A'.repeat(1_000_000) + ' ' + ' '.repeat(100_000) + 'The '.repeat(100_000) + 'x'.repeat(300);
  assert.deepEqual(reg.findAll(hostile), []);
  assert.deepEqual(registry.findAll(hostile), []);
});

test('the paragraph pass finds the outlets findAll finds, from the tokens instead of every character', () => {
  const userOutlets: Outlet[] = [
    { key: 'odd', name: 'E!', aliases: ['E!', 's Magazine', 'A.B.C.', 'x-y', "O'Neil Post", 'ÜG', '𝐀bc', 'a_b'], type: 'online', country: '' },
  ];
  const registries = [registry, registry.extend(userOutlets)];
  // names, the characters the tokeniser and the name scan read differently ("_", lone surrogates) and joiners
  const pieces = ['CNN', 'AP', 'Reuters', 'The Hill', 'Time', 'Fox News', 'E!', 's Magazine', 'A.B.C.', 'x-y', "O'Neil Post", 'ÜG', '𝐀bc', 'a_b', 'The New York Times',
    ' ', ' ', '\n', '-', '‑', "'", '’', '.', '_', '\uD800', '\uDC00', '😀', '\u0301', 'é', 'S', 's', '1', '!', '“', 'ʼ', 'Mr', 'U', "'s", 'said', 'But', 'the'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      for (const reg of registries) assert.deepEqual(outletsInWords(reg, text, tokenize(text)), reg.findAll(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
