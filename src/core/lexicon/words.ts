// Closed word lists the engine reads noun phrases with: roles and titles, nationalities, heads of organisation,
// anonymous and outlet descriptions, pronouns. All lower case; looked up with the token lower-cased.
import type { Gender } from '../model';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Titles and roles that stand before a name ("President", "regional governor", "Sen."). */
export const TITLES = set(`
  president vice prime minister secretary senator sen. sens. representative rep. reps. congressman congresswoman governor gov. govs.
  mayor general gen. lt. lieutenant colonel col. major maj. captain capt. admiral adm. sergeant sgt. commander cmdr.
  corporal cpl. private pvt. marshal judge justice attorney speaker leader chairman chairwoman chair chairperson ceo
  cfo coo director ambassador chancellor king queen prince princess pope bishop archbishop cardinal rev. reverend
  father sister brother dr. dr doctor prof. professor mr. mrs. ms. mr mrs ms miss mx. mx sir dame lord lady sheikh emir sultan
  nominee candidate spokesman spokeswoman spokesperson head chief analyst economist correspondent reporter editor
  founder co-founder official adviser advisor aide lawyer activist author historian expert researcher scientist
  commissioner superintendent sheriff officer coach owner executive manager premier minister deputy assistant
  counsel councilman councilwoman councillor councilor delegate envoy diplomat consul prosecutor investigator
  strategist pollster consultant operative chaplain rabbi imam cleric mufti ayatollah president-elect
  lawmaker legislator representative-elect superintendent inspector constable detective trooper agent
  commentator columnist host anchor writer producer journalist blogger pundit spokesman-elect physician surgeon
  nurse economist-in-chief editor-in-chief commander-in-chief general-secretary secretary-general head-of-state
  governor-elect mayor-elect senator-elect fellow scholar lecturer dean provost rector principal teacher student
  chancellor-elect regent viceroy baron count duke duchess earl engineer architect planner manager
  economist banker trader investor entrepreneur farmer pilot driver firefighter paramedic soldier sergeant
  commentator organizer organiser campaigner volunteer resident witness survivor victim mother father
  spokesperson-elect strategist statistician meteorologist forecaster epidemiologist virologist pediatrician
  psychologist psychiatrist sociologist political scientist analyst-in-chief auditor accountant treasurer
  comptroller clerk registrar administrator coordinator chief-of-staff cllr
  goaltender goalie goalkeeper keeper defenseman defender striker midfielder winger quarterback linebacker pitcher
  catcher shortstop outfielder rookie midwife
`);

/** Words that qualify a title ("former", "regional", "top") and may stand in a descriptor before a name. */
export const TITLE_MODIFIERS = set(`
  former retired acting interim deputy assistant associate senior junior top chief regional local state federal
  national provincial municipal city county district foreign defense defence interior finance justice health
  economy economic trade military press presidential vice executive managing general joint democratic republican
  independent conservative liberal progressive centrist socialist communist nationalist labour labor green
  majority minority ranking longtime long-time veteran outgoing incoming newly elected appointed then-
  campaign white house pentagon kremlin intelligence security police army navy air force marine naval political
  special principal first second third lead leading prominent fellow famed renowned well-known noted
  celebrated controversial embattled disgraced
`);

/** Heads of noun phrases that name an organisation ("the defense ministry", "British intelligence"). */
export const ORGANIZATION_HEADS = set(`
  ministry department agency intelligence government administration military army navy police campaign
  committee council court commission office party company corporation firm group organization organisation union
  bank embassy parliament congress senate kremlin pentagon institute university college center centre foundation
  association board authority authorities service services forces command staff cabinet regime coalition alliance
  federation league bureau directorate secretariat prosecutors prosecutor's inc. corp. ltd. llc co. plc
  consulate legislature assembly duma rada knesset navy airforce guard guards tribunal panel caucus
  delegation mission network team club society institution fund trust think-tank tank watchdog regulator
  exchange school hospital church house networks partners industries holdings systems airlines institutes
  associations organizations organisations agencies departments ministries groups companies unions councils
  chamber chambers charity nonprofit laboratory observatory clinic coalitions federations committees
  foods motors pharmaceuticals technologies energy capital labs brands communications logistics petroleum chemicals
  fc f.c. afc
`);

/** Last words of the names of places, which say nothing ("Lakefront Stadium", "Market Street"). */
export const PLACE_HEADS = set(`
  stadium arena ballpark coliseum park street avenue boulevard road lane highway square plaza bridge airport mall
  station terminal pier wharf city town village county island beach valley hills heights springs falls
`);

/** Heads of anonymous sources ("a spokesperson", "officials", "people familiar with the matter"). */
export const ANONYMOUS_HEADS = set(`
  spokesperson spokesman spokeswoman spokespeople official officials source sources aide aides adviser advisers
  advisor advisors person people insider insiders diplomat diplomats analyst analysts expert experts observer
  observers witness witnesses resident residents critic critics supporter supporters officer officers
  representative representatives staffer staffers lawmaker lawmakers member members economist economists
  researcher researchers scientist scientists doctor doctors lawyer lawyers attorney attorneys investigator
  investigators prosecutor prosecutors leaders leader commanders commander soldier soldiers troops activist
  activists advocate advocates protesters voters voter residents neighbor neighbors neighbour neighbours friend friends relative
  relatives colleague colleagues employee employees worker workers executive executives participants participant
  organizers organizer authorities observers monitors monitor strategist strategists pollster pollsters
  republicans democrats conservatives liberals progressives
`);

/** Heads of descriptions of a news outlet ("the Russian newspaper"), with the registry types they fit. */
export const OUTLET_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['newspaper', ['newspaper', 'state media']],
  ['paper', ['newspaper', 'state media']],
  ['daily', ['newspaper', 'state media']],
  ['tabloid', ['newspaper']],
  ['broadsheet', ['newspaper']],
  ['weekly', ['newspaper', 'magazine']],
  ['magazine', ['magazine']],
  ['broadcaster', ['broadcaster', 'state media', 'radio']],
  ['network', ['broadcaster', 'state media']],
  ['channel', ['broadcaster', 'state media']],
  ['station', ['broadcaster', 'radio', 'state media']],
  ['agency', ['wire service', 'state media']],
  ['outlet', []],
  ['publication', []],
  ['website', ['online']],
  ['site', ['online']],
]);

/** Nouns that follow an outlet's name without changing who speaks ("a Yahoo! News story"). */
export const REPORT_NOUNS = set(`
  story report article piece investigation analysis interview broadcast podcast poll survey editorial column
  account dispatch exclusive segment investigation op-ed
`);

export interface PronounInfo {
  gender: Gender;
  /** A relative pronoun ("who") refers to the phrase right before it. */
  relative?: boolean;
}

/** Pronouns that can stand as the subject of a cue. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ['he', { gender: 'male' }],
  ['she', { gender: 'female' }],
  ['it', { gender: 'neuter' }],
  ['they', { gender: 'plural' }],
  ['who', { gender: 'unknown', relative: true }],
  ['which', { gender: 'neuter', relative: true }],
  // outside quotation marks, the first person is the writer (an op-ed, a column, a letter)
  ['i', { gender: 'unknown' }],
  ['we', { gender: 'plural' }],
]);

/** Pronouns and possessives met anywhere, which tell an entity's gender once resolved. */
export const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
]);

export const DETERMINERS = set(`
  a an the this these those another one two three several some many its his her their our other both each
  every any no
`);

/** Determiners that start an indefinite (new) phrase: "a spokesperson" is someone new; "the spokesperson" is known. */
export const INDEFINITE_DETERMINERS = set('a an another one two three several some many other');

/** Titles that tell a person's gender. */
export const GENDERED_TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr.', 'male'], ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['father', 'male'], ['brother', 'male'], ['congressman', 'male'], ['spokesman', 'male'], ['chairman', 'male'],
  ['councilman', 'male'], ['duke', 'male'], ['earl', 'male'], ['baron', 'male'], ['sheikh', 'male'],
  ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['sister', 'female'],
  ['congresswoman', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'], ['councilwoman', 'female'],
  ['duchess', 'female'],
]);

/** Nouns for people that tell their gender ("Lee's husband", "a 40-year-old woman", "the mother of three"). */
export const GENDERED_NOUNS: ReadonlyMap<string, Gender> = new Map([
  ...'man boy husband son father brother grandfather grandson uncle nephew widower boyfriend fiancé businessman congressman spokesman chairman councilman king prince'
    .split(' ').map((w): [string, Gender] => [w, 'male']),
  ...'woman girl wife daughter mother sister grandmother granddaughter aunt niece widow girlfriend fiancée businesswoman congresswoman spokeswoman chairwoman councilwoman queen princess'
    .split(' ').map((w): [string, Gender] => [w, 'female']),
]);

/** Nationality and place adjectives, with the country they name (as the outlet registry writes it). */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map(
  `american:United States|us:United States|u.s.:United States|british:United Kingdom|uk:United Kingdom|u.k.:United Kingdom|
  english:United Kingdom|scottish:United Kingdom|welsh:United Kingdom|russian:Russia|ukrainian:Ukraine|chinese:China|
  french:France|german:Germany|italian:Italy|spanish:Spain|portuguese:Portugal|dutch:Netherlands|belgian:Belgium|
  swiss:Switzerland|austrian:Austria|polish:Poland|czech:Czech Republic|slovak:Slovakia|hungarian:Hungary|
  romanian:Romania|bulgarian:Bulgaria|greek:Greece|turkish:Turkey|israeli:Israel|palestinian:Palestine|
  iranian:Iran|iraqi:Iraq|syrian:Syria|lebanese:Lebanon|jordanian:Jordan|egyptian:Egypt|saudi:Saudi Arabia|
  qatari:Qatar|emirati:United Arab Emirates|yemeni:Yemen|afghan:Afghanistan|pakistani:Pakistan|indian:India|
  bangladeshi:Bangladesh|japanese:Japan|korean:South Korea|south korean:South Korea|north korean:North Korea|
  taiwanese:Taiwan|vietnamese:Vietnam|thai:Thailand|indonesian:Indonesia|malaysian:Malaysia|filipino:Philippines|
  australian:Australia|canadian:Canada|mexican:Mexico|brazilian:Brazil|argentine:Argentina|argentinian:Argentina|
  chilean:Chile|colombian:Colombia|venezuelan:Venezuela|peruvian:Peru|cuban:Cuba|nigerian:Nigeria|kenyan:Kenya|
  ethiopian:Ethiopia|south african:South Africa|ghanaian:Ghana|moroccan:Morocco|algerian:Algeria|tunisian:Tunisia|
  libyan:Libya|sudanese:Sudan|swedish:Sweden|norwegian:Norway|danish:Denmark|finnish:Finland|irish:Ireland|
  icelandic:Iceland|estonian:Estonia|latvian:Latvia|lithuanian:Lithuania|belarusian:Belarus|georgian:Georgia|
  armenian:Armenia|azerbaijani:Azerbaijan|kazakh:Kazakhstan|serbian:Serbia|croatian:Croatia|bosnian:Bosnia and Herzegovina|
  slovenian:Slovenia|albanian:Albania|moldovan:Moldova|european:European Union|soviet:Russia|
  new zealand:New Zealand|singaporean:Singapore|venezuelan:Venezuela`
    .split('|')
    .map((pair) => pair.trim().split(':') as [string, string]),
);

/** Words for a country's state that speak as an organisation when they are the subject of a cue ("Moscow said"). */
export const COUNTRY_NAMES = set(`
  russia ukraine china america britain france germany israel iran iraq syria turkey japan india pakistan
  moscow kyiv kiev beijing washington london paris berlin tehran ankara tokyo
`);

/** Titles of address: any word after one is a person's name ("Mr. King", British "Ms Hale"). */
export const HONORIFICS = set(`mr. mrs. ms. dr. mx. miss mr mrs ms dr`);

/** Words that are capitalised at a sentence start but never begin a name. */
export const NOT_NAME_STARTS = set(`
  the a an this that these those it its he she they we i you his her their our my your however meanwhile but and
  or so yet still also although though while when after before since because if as in on at by for from with
  without into onto over under about against between among during through across after despite according
  asked says said yes no not now then there here what who why how where which whom whose today yesterday
  tomorrow last next earlier later both each every some many most few all any other such only even just
  to toward towards upon within beyond behind below above near via per amid everything everyone everybody nothing
  nobody something someone somebody anything anyone yes seriously
  mr. mrs. ms. dr.
`);

/** Connectors allowed inside a multi-word proper name ("Secretary of State", "Defence Forces of South Ukraine"). */
export const NAME_CONNECTORS = set(`of de del della di da van von der den al bin ibn le la du dos das y and & for`);

/** Lower-case particles that belong to a surname ("de Gaulle", "van der Leyen"). */
export const SURNAME_PARTICLES = set(`de del della di da van von der den al bin ibn le la du dos das`);

/**
 * US states as party tags abbreviate them ("D-Ga.", "R-N.Y.", "I-VT": AP style or postal code, read lower case without
 * full stops), each to its name, so that "the Georgia Democrat" finds "Sen. Ann Lee (D-Ga.)".
 */
export const US_STATES: ReadonlyMap<string, string> = new Map(
  `ala al: alabama | alaska ak: alaska | ariz az: arizona | ark ar: arkansas | calif cal ca: california |
  colo co: colorado | conn ct: connecticut | del de: delaware | fla fl: florida | ga: georgia | hawaii hi: hawaii |
  idaho id: idaho | ill il: illinois | ind in: indiana | iowa ia: iowa | kan kans ks: kansas | ky: kentucky |
  la: louisiana | maine me: maine | md: maryland | mass ma: massachusetts | mich mi: michigan | minn mn: minnesota |
  miss ms: mississippi | mo: missouri | mont mt: montana | neb nebr ne: nebraska | nev nv: nevada | nh: new hampshire |
  nj: new jersey | nm: new mexico | ny: new york | nc: north carolina | nd: north dakota | ohio oh: ohio |
  okla ok: oklahoma | ore or: oregon | pa: pennsylvania | ri: rhode island | sc: south carolina | sd: south dakota |
  tenn tn: tennessee | texas tex tx: texas | utah ut: utah | vt: vermont | va: virginia | wash wa: washington |
  wva wv: west virginia | wis wisc wi: wisconsin | wyo wy: wyoming | dc: district of columbia`
    .split('|')
    .flatMap((entry) => {
      const [keys, name] = entry.split(':');
      return keys.trim().split(/\s+/).map((key): [string, string] => [key, name.trim()]);
    }),
);

/** The words of the states' names ("new", "york", "ohio"). */
export const US_STATE_WORDS: ReadonlySet<string> = new Set([...US_STATES.values()].flatMap((name) => name.split(' ')).filter((word) => word !== 'of'));

/** The party letter of a tag ("D-Ga.", "(R)"), as the noun that names a member ("the Georgia Democrat"). */
export const PARTY_MEMBERS: ReadonlyMap<string, string> = new Map([['d', 'democrat'], ['r', 'republican'], ['i', 'independent']]);

/** The words a party tag stands for: "D-Ga." → democrat georgia, "R" → republican; undefined for any other word. */
export function partyTagWords(word: string): string[] | undefined {
  const match = /^([DRI])(?:-([A-Za-z.]{2,6}))?$/.exec(word);
  if (!match) return undefined;
  const member = PARTY_MEMBERS.get(match[1].toLowerCase()) as string;
  if (match[2] === undefined) return [member];
  const state = US_STATES.get(match[2].toLowerCase().replace(/\./g, ''));
  return state === undefined ? undefined : [member, ...state.split(' ')];
}
