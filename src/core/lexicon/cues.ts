// The attribution cue lexicon: data, not scattered patterns. Verbs are listed by their base form (with irregular
// forms where English has them); every inflection is derived once when the lexicon is first used.
import type { CueKind } from '../model';

export interface CueEntry {
  /** Base form, e.g. "say". */
  lemma: string;
  kind: CueKind;
  /** How sure a match of this entry is an attribution (before the shape of the sentence is considered). */
  confidence: number;
  /** Words that, right after the verb, show it is not reporting speech ("add to", "call off"). */
  notBefore?: readonly string[];
}

// Speech and report verbs: [base, third person, past, participle -ing, past participle] when irregular.
const SPEECH_IRREGULAR: ReadonlyArray<readonly [string, ...string[]]> = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'writing', 'written'],
  ['speak', 'speaks', 'spoke', 'speaking', 'spoken'],
  ['find', 'finds', 'found', 'finding'],
  ['show', 'shows', 'showed', 'showing', 'shown'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['sing', 'sings', 'sang', 'singing', 'sung'],
];

const SPEECH_REGULAR = [
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue',
  'ask', 'assert', 'assure', 'attest', 'blast', 'boast', 'brag', 'caution', 'charge', 'cite', 'claim', 'comment',
  'complain', 'concede', 'conclude', 'confirm', 'contend', 'continue', 'counter', 'criticize', 'declare', 'decry',
  'demand', 'deny', 'describe', 'disclose', 'dismiss', 'emphasize', 'emphasise', 'estimate', 'explain', 'express',
  'indicate', 'inform', 'insist', 'instruct', 'joke', 'lament', 'maintain', 'mention', 'note', 'object', 'observe',
  'pledge', 'post', 'praise', 'promise', 'propose', 'quip', 'recall', 'recount', 'reiterate', 'remark', 'reply',
  'report', 'respond', 'retort', 'reveal', 'scoff', 'shout', 'signal', 'state', 'stress', 'suggest', 'testify',
  'threaten', 'urge', 'vow', 'warn', 'whisper', 'yell', 'echo', 'insist', 'question', 'reject', 'condemn', 'accuse',
  'tout', 'contend', 'concur', 'underscore', 'underline', 'clarify', 'elaborate', 'muse', 'wonder', 'speculate',
  'release', 'recommend', 'rule', 'declare', 'call', 'blame', 'tell',
  'proclaim', 'pronounce', 'reaffirm', 'repeat', 'remind', 'alert', 'notify', 'brief', 'confess', 'refute', 'rebut', 'disavow', 'repudiate', 'contradict', 'disagree', 'hint', 'imply', 'exhort', 'articulate', 'opine', 'recount', 'bemoan', 'rail', 'knock', 'assail', 'castigate', 'excoriate', 'berate', 'commend', 'laud', 'champion', 'criticise', 'lambast',
];

// Verbs of belief, intention and hearsay: attributions as PolNeAR annotates them, with a lower confidence.
const BELIEF_REGULAR = [
  'believe', 'think', 'expect', 'anticipate', 'plan', 'intend', 'want', 'hope', 'fear', 'worry', 'feel', 'know',
  'doubt', 'suspect', 'assume', 'consider', 'understand', 'realize', 'realise', 'wish',
  'deem', 'envision', 'reckon', 'ponder', 'fret', 'admire', 'prefer',
];
// Verbs of stance toward a person or a proposal ("attacked", "supports", "declined to"): PolNeAR annotates them as
// attributions; they never make a source on their own, like beliefs.
const STANCE_REGULAR = [
  'attack', 'support', 'oppose', 'defend', 'endorse', 'decline', 'refuse', 'seem', 'appear', 'liken', 'compare',
  'mock', 'ridicule', 'denounce', 'slam', 'back', 'welcome', 'applaud', 'hail', 'challenge', 'dispute', 'favor',
  'advocate', 'discuss', 'encourage', 'offer', 'label', 'dub', 'brand', 'characterize', 'portray', 'paint', 'chide',
  'chastise', 'scold', 'lambaste', 'rebuke', 'implore', 'beg', 'plead', 'pitch', 'highlight', 'reference', 'decide',
  'point', 'detail', 'outline', 'publish', 'protest', 'invoke', 'deride', 'chant', 'grill', 'document', 'resist',
  'fault', 'credit', 'thank', 'congratulate', 'embrace', 'downplay', 'promote', 'acknowledge', 'lobby',
];

const BELIEF_IRREGULAR: ReadonlyArray<readonly [string, ...string[]]> = [
  ['think', 'thinks', 'thought', 'thinking'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['know', 'knows', 'knew', 'knowing', 'known'],
  ['understand', 'understands', 'understood', 'understanding'],
];

/** Particles that turn a verb into something other than a report ("add up", "call off", "tell apart"). */
const NOT_BEFORE: Readonly<Record<string, readonly string[]>> = {
  add: ['to', 'up', 'insult', 'fuel', 'more', 'another', 'new', 'an', 'a', 'its', 'some', 'value', 'weight', 'jobs'],
  report: ['to', 'for', 'on'],
  state: ['of', 'department', 'house', 'senate', 'legislature', 'police', 'officials', 'official', 'law'],
  post: ['office', 'a', 'an', 'the', 'his', 'her', 'their', 'its'],
  find: ['out', 'a', 'an', 'the', 'his', 'her', 'their', 'its', 'themselves', 'himself', 'herself', 'itself', 'work'],
  show: ['up', 'off', 'a', 'the', 'his', 'her', 'their', 'its', 'no'],
  continue: ['to', 'on', 'with', 'its', 'his', 'her', 'their', 'the', 'a'],
  speak: ['with', 'to', 'at', 'on'],
  tell: ['apart'],
  know: ['how', 'about', 'the', 'a', 'his', 'her', 'their'],
  feel: ['like', 'the', 'a'],
  release: ['the', 'a', 'an', 'its', 'his', 'her', 'their'],
  rule: ['out', 'the', 'a'],
  consider: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'running'],
  sing: ['at', 'in', 'with', 'along', 'for', 'on'],
  call: ['off', 'up', 'in', 'into', 'back', 'it'],
  back: ['to', 'down', 'off', 'up', 'in', 'out', 'and', 'home'],
  offer: ['a', 'an', 'the', 'no', 'up', 'more'],
  decide: ['to', 'on', 'whether'],
  appear: ['in', 'on', 'at', 'before', 'with', 'to'],
  seem: ['to'],
  favor: ['of'],
  paint: ['a', 'the'],
  pitch: ['in', 'a', 'the'],
};

export interface PhraseCue {
  words: readonly string[];
  kind: CueKind;
  confidence: number;
  /** Where the source stands: after the phrase ("according to X") or before it ("X told reporters"). */
  sourceAfter: boolean;
}

const FIXED_PHRASE_CUES: readonly PhraseCue[] = [
  { words: ['according', 'to'], kind: 'phrase', confidence: 0.95, sourceAfter: true },
  { words: ['as', 'per'], kind: 'phrase', confidence: 0.9, sourceAfter: true },
  { words: ['in', 'the', 'words', 'of'], kind: 'phrase', confidence: 0.9, sourceAfter: true },
  { words: ['quoted', 'as', 'saying'], kind: 'speech', confidence: 0.95, sourceAfter: false },
  // "as Ann Lee put it", "as a Homeland Security memo puts it"
  { words: ['put', 'it'], kind: 'speech', confidence: 0.85, sourceAfter: false },
  { words: ['puts', 'it'], kind: 'speech', confidence: 0.85, sourceAfter: false },
];

/** Verb phrases of taking a position ("weighed in", "took aim at", "raised concerns"), in every form of their verb. */
const PHRASAL_CUES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['weigh'], ['in']], [['push'], ['back']], [['fire'], ['back']], [['hit', 'hits', 'hit', 'hitting'], ['back']],
  [['lash'], ['out']], [['take', 'takes', 'took', 'taking', 'taken'], ['aim', 'at']],
  [['take', 'takes', 'took', 'taking', 'taken'], ['issue', 'with']], [['make', 'makes', 'made', 'making'], ['the', 'case']],
  [['raise'], ['concerns']], [['raise'], ['questions']], [['express'], ['concern']], [['voice'], ['concern']],
  [['voice'], ['concerns']], [['call'], ['out']], [['go', 'goes', 'went', 'going', 'gone'], ['after']],
  [['sound'], ['the', 'alarm']], [['double'], ['down']], [['speak', 'speaks', 'spoke', 'speaking', 'spoken'], ['up']],
  [['make', 'makes', 'made', 'making'], ['clear']], [['make', 'makes', 'made', 'making'], ['it', 'clear']],
  [['take', 'takes', 'took', 'taking', 'taken'], ['to', 'twitter']], [['point'], ['out']],
];

export const PHRASE_CUES: readonly PhraseCue[] = [
  ...FIXED_PHRASE_CUES,
  ...PHRASAL_CUES.flatMap(([verb, rest]) =>
    [...new Set(verb.length > 1 ? verb : regularForms(verb[0]))].map((form): PhraseCue => ({ words: [form, ...rest], kind: 'speech', confidence: 0.8, sourceAfter: false })),
  ),
];

export interface VerbCue {
  entry: CueEntry;
  /** The inflection met: base, s, ed, ing or en. */
  form: 'base' | 's' | 'ed' | 'ing' | 'en';
}

let verbIndex: Map<string, VerbCue> | undefined;

/** Looks up a lower-case word in the verb lexicon. */
export function verbCue(word: string): VerbCue | undefined {
  verbIndex ??= buildVerbIndex();
  return verbIndex.get(word);
}

/** Every word form the verb lexicon holds. */
export function verbCueWords(): Iterable<string> {
  verbIndex ??= buildVerbIndex();
  return verbIndex.keys();
}

function regularForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const consonantY = /[^aeiou]y$/.test(base);
  const s = consonantY ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's';
  const doubled = /^(plan|admit|regret|commit|quip|scoff)$/.test(base) ? base + base.at(-1) : undefined;
  const ed = consonantY ? base.slice(0, -1) + 'ied' : doubled ? doubled + 'ed' : base.endsWith('e') ? base + 'd' : base + 'ed';
  const ing = doubled ? doubled + 'ing' : base.endsWith('ie') ? base.slice(0, -2) + 'ying' : stem + 'ing';
  return [base, s, ed, ing];
}

function buildVerbIndex(): Map<string, VerbCue> {
  const index = new Map<string, VerbCue>();
  const forms: Array<VerbCue['form']> = ['base', 's', 'ed', 'ing', 'en'];
  const add = (words: readonly string[], kind: CueKind, confidence: number) => {
    const lemma = words[0];
    const entry: CueEntry = {
      lemma,
      kind,
      confidence,
      notBefore: NOT_BEFORE[lemma],
    };
    words.forEach((word, i) => {
      if (!index.has(word)) index.set(word, { entry, form: forms[i] });
    });
  };
  for (const forms of SPEECH_IRREGULAR) add(forms, 'speech', 0.9);
  for (const forms of BELIEF_IRREGULAR) add(forms, 'belief', 0.6);
  for (const base of SPEECH_REGULAR) add(regularForms(base), 'speech', 0.85);
  for (const base of BELIEF_REGULAR) add(regularForms(base), 'belief', 0.6);
  for (const base of STANCE_REGULAR) add(regularForms(base), 'belief', 0.5);
  return index;
}

/** Adverbs and auxiliaries that may stand between a source and its verb ("has also said", "had previously told"). */
export const BETWEEN_SOURCE_AND_VERB = new Set([
  'also', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'may', 'might', 'later',
  'then', 'further', 'previously', 'once', 'recently', 'earlier', 'again', 'repeatedly', 'publicly', 'privately',
  'reportedly', 'allegedly', 'firmly', 'strongly', 'flatly', 'openly', 'simply', 'only', 'even', 'still', 'often',
  'frequently', 'initially', 'subsequently', 'finally', 'quickly', 'immediately', 'separately', 'similarly',
  'told', 'long', 'already', 'just', 'now', 'clearly', 'explicitly', 'consistently', 'loudly', 'angrily',
  'confidently', 'correctly', 'falsely', 'wrongly', 'rightly', 'bluntly', 'did', 'does', 'do', 'not', "n't",
  'never', 'always', 'herself', 'himself', 'themselves', 'itself', 'first', 'last', 'too', 'been', 'being',
  // negated auxiliaries are one token, with either apostrophe ("isn't saying", "wouldn’t say")
  ...['isn', 'wasn', 'aren', 'weren', 'hasn', 'haven', 'hadn', 'won', 'wouldn', 'couldn', 'didn', 'doesn', 'don', 'can', 'shouldn']
    .flatMap((stem) => [`${stem}'t`, `${stem}’t`]),
]);

/** Words after a verb that still belong to the cue's frame rather than to what was said. */
export const AFTER_VERB_FILLER = new Set([
  'that', 'on', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'week', 'month',
  'year', 'recently', 'then', 'also', 'publicly', 'privately', 'repeatedly', 'again', 'previously', 'once', 'afterward', 'afterwards',
]);

/** "said in a statement", "told reporters in an interview": the frame of a cue, not what was said. */
export const CUE_FRAME_NOUNS = new Set(['statement', 'interview', 'speech', 'email', 'letter', 'tweet', 'post', 'message', 'video', 'briefing', 'conference', 'call', 'filing', 'release']);
