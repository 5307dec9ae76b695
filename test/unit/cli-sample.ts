// A tiny hand-made article and Analysis for the CLI tests (written for the tests; independent of the engine's results).
import type { Analysis } from '../../src/core/model';

export const SAMPLE_TEXT = [
  'Bridge to reopen',
  '',
  'The mayor, Ana Ruiz, said: "We will rebuild it, stone by stone."',
  'Ruiz added that the work would take a year, according to the Daily Planet.',
  'Critics call it a "vanity project".',
  '',
].join('\n');

const at = (needle: string, from = 0): number => {
  const i = SAMPLE_TEXT.indexOf(needle, from);
  if (i < 0) throw new Error(`sample text lacks ${needle}`);
  return i;
};
const span = (needle: string, from = 0): { start: number; end: number; text: string } => {
  const start = at(needle, from);
  return { start, end: start + needle.length, text: needle };
};

const quoteText = 'We will rebuild it, stone by stone.';
const q1 = span(quoteText);
const scare = span('vanity project');
const ana = span('Ana Ruiz');
const ruiz = span('Ruiz', ana.end);
const said = span('said');
const added = span('added');
const planet = span('Daily Planet');
const reported = span('the work would take a year');
const accordingTo = span('according to');

export function sampleAnalysis(): Analysis {
  return {
    length: SAMPLE_TEXT.length,
    paragraphs: [],
    headings: [span('Bridge to reopen')],
    quotes: [
      { id: 'q1', start: q1.start, end: q1.end, text: quoteText, open: q1.start - 1, close: q1.end, kind: 'direct', sourceId: 's1', attributionId: 'a1', confidence: 0.9 },
      { id: 'q2', start: scare.start, end: scare.end, text: scare.text, open: scare.start - 1, close: scare.end, kind: 'scare', sourceId: null, attributionId: null, confidence: 0.6 },
    ],
    sources: [
      {
        id: 's2',
        name: 'Daily Planet',
        kind: 'outlet',
        outlet: { key: 'daily-planet', name: 'The Daily Planet', type: 'newspaper', country: 'US', aliases: ['Daily Planet'] },
        mentions: [{ ...planet, form: 'outlet' }],
        quoteIds: [],
        attributionIds: ['a3'],
        confidence: 0.8,
      },
      {
        id: 's1',
        name: 'Ana Ruiz',
        kind: 'person',
        descriptor: 'mayor',
        gender: 'female',
        mentions: [
          { ...ana, form: 'name' },
          { ...ruiz, form: 'surname' },
        ],
        quoteIds: ['q1'],
        attributionIds: ['a1', 'a2'],
        confidence: 0.9,
      },
    ],
    attributions: [
      { id: 'a1', sourceId: 's1', cue: said, cueKind: 'speech', mention: { start: ana.start, end: ana.end }, content: { start: q1.start, end: q1.end }, confidence: 0.9 },
      { id: 'a2', sourceId: 's1', cue: added, cueKind: 'speech', mention: { start: ruiz.start, end: ruiz.end }, content: { start: reported.start, end: reported.end }, confidence: 0.8 },
      { id: 'a3', sourceId: 's2', cue: accordingTo, cueKind: 'phrase', mention: { start: planet.start, end: planet.end }, content: null, confidence: 0.7 },
    ],
    outletMentions: [{ ...planet, outletKey: 'daily-planet' }],
    diagnostics: [],
  };
}

export const SAMPLE = { q1, scare, ana, ruiz, said, added, planet, reported, accordingTo };
