// One small case of our own for each accuracy rule (issue 5): the shape it reads, and who the engine says spoke.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/core';

/** "cue → source name (kind)" for every attribution, in order. */
function attributions(analysis: Analysis): string[] {
  return analysis.attributions.map((a) => {
    const source = analysis.sources.find((s) => s.id === a.sourceId);
    return `${a.cue.text} → ${source ? `${source.name} (${source.kind})` : '(none)'}`;
  });
}

/** "quote start… → source name" for every quote, in order. */
function speakers(analysis: Analysis): string[] {
  return analysis.quotes.map((q) => `${q.text.slice(0, 12)} → ${analysis.sources.find((s) => s.id === q.sourceId)?.name ?? '(none)'}`);
}

const cases: Array<[string, string, string[]]> = [
  ['a party tag with a two-letter state stays in one sentence', 'Rep. Ada Moss (D-N.Y.) said the vote was close.', ['said → Ada Moss (person)']],
  ['an honorific makes a person of a title word', 'Mr. King, 82, told reporters the mill would close.', ['told → King (person)']],
  ['an honorific\'s gender picks the right namesake', 'Dev Patel spoke first. Nora Patel spoke next.\nMr. Patel said the plant would reopen.', ['spoke → Dev Patel (person)', 'spoke → Nora Patel (person)', 'said → Dev Patel (person)']],
  ['a verb in -s after an indefinite phrase is a verb', 'A Harbor Institute poll shows that turnout rose.', ['shows → A Harbor Institute poll (anonymous)']],
  ['an outlet\'s name is no person a pronoun could mean', 'Kemi Adeyemi told The Huffington Post the rally was peaceful. She added that it would go on.', ['told → Kemi Adeyemi (person)', 'added → Kemi Adeyemi (person)']],
  ['"she" after a speaker whose first name tells no gender is that speaker', 'Mayor Ana Ruiz opened the hall.\nOluwaseun Bello said the hall was late. She added that it cost too much.', ['said → Oluwaseun Bello (person)', 'added → Oluwaseun Bello (person)']],
  ['a participle after a comma goes with the subject of its clause', 'Ana Ruiz spoke out in Tulsa, Oklahoma, arguing that the plan had failed.', ['spoke → Ana Ruiz (person)', 'arguing → Ana Ruiz (person)']],
  ['a title-case subheading before a colon is no speaker', 'Budget Talks Stall Over Bridge Costs: the council adjourned without a "deal."', []],
  ['a capitalised opener starts no name', 'To date, 14 members have signed. Only European members are "safe" here.', []],
  ['plural title abbreviations are titles', 'Sens. Jeff Lund said the agency must act. He added that it had not.', ['said → Jeff Lund (person)', 'added → Jeff Lund (person)']],
  ['a speech verb in a title-case headline', 'Bridge Will Open Late, Mayor Ana Ruiz Says\n\nThe bridge opens in May.', ['Says → Ana Ruiz (person)']],
  ['a capitalised verb inside an ordinary sentence is part of a name', 'The Says Group opened an office in Oslo on Monday.', []],
  ['British honorifics without a period', 'Council leader Margaret Hale opened the centre.\nMs Hale said the council would review its defences.', ['said → Margaret Hale (person)']],
  ['a cue word right before "said" is the subject\'s head', 'Consumer advocates said the fine was too small.', ['said → Consumer advocates (anonymous)']],
  ['"as X put it"', 'The program needs a "lawful source of income," as a Treasury memo put it.', ['put it → a Treasury memo (anonymous)']],
  ['a title and a surname are a name the role finds later', 'Mayor Okafor opened the bridge on Monday. The mayor said it was safe.', ['said → Okafor (person)']],
  ['a headline topic in capitals is no speaker', 'EU: Talks Resume Next Week\n\nThe talks resume on Monday.', []],
  ['"citing" goes with the subject of its clause; what is cited is not the source', 'Ana Ruiz praised the plan in June, citing the release of the prisoners.', ['praised → Ana Ruiz (person)', 'citing → Ana Ruiz (person)']],
  ['a title word with no article, set off by an apposition, is a surname; a participle far after it is theirs', 'Dean, a retired surgeon, then appeared on the radio and began by saying she would "never" diagnose anyone.', ['saying → Dean (person)']],
  ['a clause opening with no name before a verb of saying is the source', 'Experts on the river and its dams said the flood was coming.', ['said → Experts on the river and its dams (anonymous)']],
  ['a clause opening before a verb of showing is the source', 'Instant polls showed Ana Ruiz ahead.', ['showed → Instant polls (anonymous)']],
  ['the object of a preposition before "say" is no source; the clause opening is', 'Those close to the mayor say she will run.', ['say → Those close to the mayor (anonymous)']],
  ['a clause opening past an apposition', 'Officials at the Harbor Agency, a division of the port authority, said the pier was safe.', ['said → Officials at the Harbor Agency (anonymous)']],
  ['a negated auxiliary stands between a source and its verb', 'Ana Ruiz isn’t saying if the plan failed. Bo Chen wouldn\'t say.', ['saying → Ana Ruiz (person)', 'say → Bo Chen (person)']],
  ['"faulted X for saying": X said it', 'Critics faulted Ana Ruiz for saying the plan worked.', ['faulted → (none)', 'saying → Ana Ruiz (person)']],
  ['a second verb after "but" and an auxiliary', 'Ana Ruiz opened the hall but has said she will close it.', ['said → Ana Ruiz (person)']],
  ['an adverb in -ly stands between a source and its verb', 'Ana Ruiz increasingly signaled that she would back the plan.', ['signaled → Ana Ruiz (person)']],
  ['a passive with an adverb in -ly is no attribution', 'Customers were mistakenly charged fees, the bank said.', ['said → bank (organization)']],
  ['a surname as a source is the one of its namesakes who spoke', 'Ted Lund spoke. The ad showed Heidi Lund at home.\n\n"It was a cheap shot," Lund said.', ['spoke → Ted Lund (person)', 'showed → The ad (anonymous)', 'said → Ted Lund (person)']],
  ['a capitalised plural noun opening a sentence is a group, not a person', 'Tom Berg spoke first. Activists questioned the pledge. "It was personal," they said.', ['spoke → Tom Berg (person)', 'questioned → Activists (anonymous)', 'said → Activists (anonymous)']],
  ['an outlet\'s name ends before a name written right after it', 'In a meeting with the editorial board of the Washington Post Ana Ruiz said the plan would fail.', ['said → Ana Ruiz (person)']],
  ['two names joined by "and" are two people, whom "they" means', 'Sens. Jon Lund and Mary Vitt said the bill was dead.\n\nThey said it could return.', ['said → Jon Lund and Mary Vitt (person)', 'said → Jon Lund and Mary Vitt (person)']],
  ['verbs of criticism and of speaking out', 'Ana Ruiz bemoaned the delay. Bo Chen spoke out against the plan. Tom Berg reaffirmed his support.', ['bemoaned → Ana Ruiz (person)', 'spoke → Bo Chen (person)', 'reaffirmed → Tom Berg (person)']],
  ['an outlet before a headline\'s colon reports what follows', 'PolitiFact: The Mayor Is Right About the Bridge', [': → PolitiFact (outlet)']],
  ['a parenthetical adverb between commas stands between a source and its verb', 'Some lawmakers, however, question the plan. Ana Ruiz, meanwhile, said it was fine.', ['question → Some lawmakers (anonymous)', 'said → Ana Ruiz (person)']],
  ['a dateline opening a paragraph is no source', 'HARBOR CITY -- Mayor Ana Ruiz, opening the bridge on Saturday, said it was safe.', ['said → Ana Ruiz (person)']],
  ['a document someone issued says what they say; a capitalised participle opens no name', 'Following a closed-door meeting, the Harbor Council issued a statement calling the test a violation.', ['calling → Harbor Council (organization)']],
  ['a nominal cue with none of the words given is no attribution', 'Ana Ruiz’s comments came as the vote neared. Bo Chen’s claim that the bridge is safe was tested.', ['claim → Bo Chen (person)']],
  ['"ruling" after a noun is a noun; a document "released Thursday" is a participle, and its finding is the cue', 'The appeals court ruling stood. A poll released Thursday found that the bridge was safe.', ['found → A poll released Thursday (anonymous)']],
  ['a publisher\'s label before a colon is no speaker', 'Correction: An earlier version misspelled a name.\n\nThe Latest: Council votes today.', []],
  ['a verb in -s after a name set off by a comma ends the sentence as its cue', 'Fees rose in May, the newspaper reports. "Fees rose," Reuters reports.', ['reports → the newspaper (anonymous)', 'reports → Reuters (outlet)']],
  ['a named owner opens a description of people', "Ana Ruiz's family called on the council to act. Harbor Bank's lawyers said the suit was weak.", ["called → Ana Ruiz's family (anonymous)", "said → Harbor Bank's lawyers (anonymous)"]],
  ['a base form after "to" is a verb, and a day after "called" no name', 'Protesters continued to call for an inquiry. Ana Ruiz called Friday for releasing the videos.', ['continued to call → Protesters (anonymous)', 'called → Ana Ruiz (person)']],
  ['a description holds no verb after its noun', 'The mayor cited derogatory comments the chief had made. The reported attack drew crowds.', ['cited → The mayor (anonymous)']],
  ['a second verb after "and" in a relative clause goes with its antecedent', 'The vote drew Ana Ruiz, who has toured the port and called for an inquiry.', ['called → Ana Ruiz (person)']],
  ['an article and modifiers make a noun of a base form or a form in -s', 'The council found a leading advocate. The plan was a focal point. His latest remarks drew notice. It is the most basic question. The members say the plan works. The voters specifically say the bill failed.', ['say → The members (anonymous)', 'say → The voters (anonymous)']],
  ['"state" before a name is a noun; so is a base form after a name that modifies it', 'Battleground state Ohio voted early. The Tulsa protest stayed calm.', []],
  ['a time with no preposition stands between a source and its verb', 'Ana Ruiz this week also said the port would open. Bo Chen Monday said it would not.', ['said → Ana Ruiz (person)', 'said → Bo Chen (person)']],
  ['a passive with no auxiliary has its agent as source; an active verb before "by" and a means does not', 'The fee is too high, a view echoed by the mayor. Bo Chen responded by citing the law.', ['echoed → the mayor (anonymous)', 'responded → Bo Chen (person)', 'citing → Bo Chen (person)']],
  ['a verb in the past heads no description', 'The ad seizes on comments his rival made questioning the plan.', []],

  ['a participle opening the sentence goes with the main clause; one before a preposition names no one', 'Claiming the fee was unfair, Ana Ruiz told reporters it would go. Chastened by the vote, Bo Chen withdrew the plan, promising a new one.', ['Claiming → Ana Ruiz (person)', 'told → Ana Ruiz (person)', 'promising → Bo Chen (person)']],
  ['a singer sings the words in quotation marks; singing at a place says nothing', '“Hold on to the light,” Lena Ruiz sang to the crowd. Bo Chen sang in the choir.', ['sang → Lena Ruiz (person)']],
  ['a lower-case particle inside a name keeps the name whole, and "the mayor" finds it', 'Lee Says Harbor Is Safe\n\nDe Vries says the pier is safe.\n\nThe pier, which Mayor Ana de Vries opened in May, cost $4 million. The mayor said it would last.', ['Says → Lee (person)', 'says → Ana de Vries (person)', 'said → Ana de Vries (person)']],
  ['a capitalised particle opens a name; "Al" is a first name', 'Al Berg opened the bridge. Van Hollen said it was late. Tom Berg said it was fine. "Good," Berg said.', ['said → Van Hollen (person)', 'said → Tom Berg (person)', 'said → Tom Berg (person)']],
  ['a surname typed with either apostrophe is one person', 'Police Commissioner Dan O’Neill opened the hall. "It is unknown," said O\'Neill.', ['said → Dan O’Neill (person)']],
  ['a person named with where they work, before a verb of agreeing, is that person', 'Dan Lee at the National Review agreed with the mayor. "It was a rout," he wrote.', ['agreed → Dan Lee (person)', 'wrote → Dan Lee (person)']],
  ['an honorific opens a name set off after a description', 'The minister of the harbor, Mr. Okafor, argues there is little point in waiting.', ['argues → Okafor (person)']],
  ['a person described by their children, ending in a number', 'The mother of two said the school was closed. A father of 4 said it was not.', ['said → The mother of two (anonymous)', 'said → A father of 4 (anonymous)']],
  ['a definite age stands for the person named last', 'Her neighbor, Petro Savchuk, was less hopeful. The 71-year-old said the pipes were cold.', ['said → Petro Savchuk (person)']],
  ['a gendered noun before a name set off tells its gender, which a pronoun then follows', 'Olena Kravets said demand had tripled.\n\nKravets’s husband, Andriy, a volunteer firefighter, said they were tired. "We stay," she added.', ['said → Olena Kravets (person)', 'said → Andriy (person)', 'added → Olena Kravets (person)']],
  ['a chamber is an organisation, which "it" then means', 'The Chamber of Commerce has opposed the levy. In a letter, it warned that shops would close.', ['opposed → Chamber of Commerce (organization)', 'warned → Chamber of Commerce (organization)']],
  ['a word in -s before a plural\'s auxiliary is a noun', 'Transit advocates were unmoved by the delay.', []],
  ['a surname met in passing makes the pronoun of its paragraph that person\'s', 'Marcus Delgado said the delay was needed.\n\nTomasz Nowak said riders waited an hour.\n\nAsked about the criticism, Delgado shrugged. "They may think so," he said.', ['said → Marcus Delgado (person)', 'said → Tomasz Nowak (person)', 'said → Marcus Delgado (person)']],
  ['a surname that modifies a noun mentions no one', 'Ann Lee said it would be close.\n\nLeslie Wimes said the vote mattered.\n\nSome fear the Lee campaign is late. "We will see," she said.', ['said → Ann Lee (person)', 'said → Leslie Wimes (person)', 'said → Leslie Wimes (person)']],
  ['the office that released a statement says what the statement says', 'Whitfield\'s office later released a statement saying the mayor would wait.', ['saying → Whitfield\'s office (organization)']],
  ['the author of a report is the source of "according to a report by"', 'According to a report by the Metro Ledger, the tax would raise $90 million. It found that such taxes pass late.', ['According to → Metro Ledger (organization)', 'found → Metro Ledger (organization)']],
  ['a name given in an apposition with "named" is the source', 'One of them, a bus driver named Tomasz Nowak, said riders had waited.', ['said → Tomasz Nowak (person)']],
  ['a word in -s after a plural\'s determiner or "member" is a noun', 'The alliance will base troops in its eastern member states to deter attacks. Those reports were late.', []],
  ['a credit line is no attribution', '(Reporting by Ana Ruiz; Additional reporting by Bo Chen; Editing by Tom Berg)', []],
  ['particles inside a name after the verb, and a surname joined to its particle', '"We cannot breathe," said Amna el-Tayeb, a nurse. "Wait," said Tobias van der Meulen.', ['said → Amna el-Tayeb (person)', 'said → Tobias van der Meulen (person)']],
  ['a platform after "wrote on" is where it was said, not what; "posted on" is a verb of saying', 'Minister Khalid al-Aiser wrote on X that the strike was a crime. "I was onside," Bo Chen posted on Instagram.', ['wrote → Khalid al-Aiser (person)', 'posted → Bo Chen (person)']],
  ['a title or a noun of people before a name set off by commas', 'Its president, Sgt. Monique Hart, said the union stood firm. His brother, Ibrahim, said it would not.', ['said → Monique Hart (person)', 'said → Ibrahim (person)']],
  ['the name set off after a description in "according to"', 'The shop was closed, according to her husband, Tran Van Minh. Tran told reporters it was late.', ['according to → Tran Van Minh (person)', 'told → Tran Van Minh (person)']],
  ['a spaced hyphen after a wire dateline ends it; a nationality and a plural noun open a clause', 'OSLO, Feb 6 (Reuters) - Halvorsen Foods cut its forecast, saying demand had slowed.\n\nPARIS (AP) — French farmers blocked roads on Monday, saying fuel cost too much.', ['saying → Halvorsen Foods (organization)', 'saying → French farmers (anonymous)']],
  ['people and where they are, not the place; the place describes them and is no part of their name', 'A diplomat in Brussels said the talks failed. Farmers near Port Sudan said the crops died.', ['said → A diplomat (anonymous)', 'said → Farmers (anonymous)']],
  ['a family name first among the common ones, not any unknown first word of a title-case headline', 'Obama Sees Insult if Voters Stay Home\n\nXi Jinping met the mayor. Xi said the talks were good. President Obama said so too.', ['said → Xi Jinping (person)', 'said → Obama (person)']],
  ['an interview\'s "Q:" and "A:" are labels, not speakers', 'Q: Will the board keep you?\n\nA: That is up to the board.', []],
  ['a description set off by a relative clause before its verb is the source; people briefed on something say nothing by it', 'A strategist close to the campaign, who spoke on condition of anonymity to discuss the plan, said turnout was low. Two diplomats briefed on the talks told Reuters that the session had moved.', ['said → A strategist close to the campaign (anonymous)', 'told → Two diplomats briefed on the talks (anonymous)']],
  ['after "told" comes the listener, never the speaker', '"The talks stalled," one of the envoys, speaking on condition of anonymity, told Reuters.', ['told → one of the envoys (anonymous)']],
  ['declining to comment makes a source', 'A spokesperson for the city declined to comment.', ['declined → A spokesperson for the city (anonymous)']],
  ['of two people with one surname, the surname alone stays with the one the article calls by it', 'Lena Brandt runs the mill. "It is hard," Brandt said.\n\nHer brother, Tomas Brandt, said he helps at weekends. "She works too much," he said.\n\nBrandt says she will not sell.', ['said → Lena Brandt (person)', 'said → Tomas Brandt (person)', 'said → Tomas Brandt (person)', 'says → Lena Brandt (person)']],
  ['a pronoun with no antecedent in its sentence means the person an earlier sentence of its paragraph was about', '"I stopped thinking," Bo Chen said.\n\nCoach Tom Reyes laughed when he heard it. "I might have put it differently," he said.\n\nAsked about Chen\'s remarks, Gov. Dan Hale shrugged. "He is young," he said.', ['said → Bo Chen (person)', 'said → Tom Reyes (person)', 'said → Dan Hale (person)']],
  ['a capitalised word opening a sentence is no antecedent unless someone was met by it', 'Tom Reyes said the team was tired.\n\nUltimately, the game was lost. "We will be back," he said.', ['said → Tom Reyes (person)', 'said → Tom Reyes (person)']],
  ['a straight single mark closing a quotation before an inverted verb; "by telephone" is the means, not the agent', "'We waited all night,' said Dr Helen Marsh. \"They never came,\" Ana Ruiz said by telephone from the shelter.", ['said → Helen Marsh (person)', 'said → Ana Ruiz (person)']],
  ['a name set off after the description that follows an inverted verb', '"She was strict," said her brother, Francis Doherty, 88.', ['said → Francis Doherty (person)']],
  ['"the group" and "the company" are the organisation met last in the paragraph', 'The Harbor Research Alliance, a patient group, said the data were strong. The group said it would lobby. Halvorsen Foods cut its forecast. The company said demand fell.', ['said → Harbor Research Alliance (organization)', 'said → Harbor Research Alliance (organization)', 'said → Halvorsen Foods (organization)']],
  ['an age is the person its paragraph was about; "the coach" is the person described as one', 'Mariners coach Tom Reyes smiled. "Good," he said.\n\nGary Whitmore said he had warned them about Chidi Okafor. "I have seen him," the 58-year-old said.\n\n"They never quit," the coach said.', ['said → Tom Reyes (person)', 'said → Gary Whitmore (person)', 'warned → Gary Whitmore (person)', 'said → Gary Whitmore (person)', 'said → Tom Reyes (person)']],
  ['a name set off after a description opening a sentence is who the sentence is about', '"I do not know," said Mike Dufresne, 55.\n\nHis wife, Carol, was more enthusiastic. She had signed up. "He answers the question," she said.', ['said → Mike Dufresne (person)', 'said → Carol (person)']],
  ['a knight\'s or a dame\'s title goes with the first name', "Dame Fiona Haworth chairs the board. Dame Fiona said that was wrong. 'No,' said Sir Keir.", ['said → Fiona Haworth (person)', 'said → Keir (person)']],
  ['a full name and where the person works, set off after a description, is the source', 'The critic behind the harsher verdict, Martin Vogel of the Northeast Quarterly, wrote that the novel was long.', ['wrote → Martin Vogel (person)']],
  ['the name a described person gave themselves is the source; a passive\'s agent may follow what it called something', '"You have been mayor for six years," said the woman, who later identified herself as Linda Paquette. The plan was praised as "bold" by one critic.', ['said → Linda Paquette (person)', 'praised → one critic (anonymous)']],
  ['"reported on Tuesday" is when it was reported; "called the strike" with a quotation says something', 'The Harbor Ledger reported on Tuesday that talks had failed. Its chief, Douglas Fenn, called the strike "reckless." The union called a strike on Monday.', ['reported → Harbor Ledger (organization)', 'called → Douglas Fenn (person)']],
  ['a title and an apposition both describe a person, and "the geochemist" finds him', 'Co-author Dr. Samuel Obi, a geochemist at the institute, said the find was big.\n\nObi said he hoped regulators would listen.\n\n"We are scraping habitats," the geochemist said.', ['said → Samuel Obi (person)', 'said → Samuel Obi (person)', 'said → Samuel Obi (person)']],
  ['a clock time\'s abbreviation before a name ends its sentence, not before a time zone', 'The lines stretched past the gates by 6 a.m. Melissa Groot, a nurse from Omaha, said she was rebooked. The vote is at 9 p.m. Eastern time, Ana Ruiz said.', ['said → Melissa Groot (person)', 'said → Ana Ruiz (person)']],
  ['a spokesperson for an organisation described in an apposition is the source, not the organisation', 'A spokesperson for Abyssal Metals, which holds permits in the Pacific, said the company "takes science seriously."', ['said → A spokesperson for Abyssal Metals (anonymous)']],
  ['"official" before a noun is an adjective: the thing is the source', 'Inflation rose, according to official figures. Prices fell, according to an official at the bank.', ['according to → official figures (anonymous)', 'according to → an official (anonymous)']],
  ['a name after an office\'s "for the" ends the office\'s name, which "it" then finds', 'The U.N. Office for the Coordination of Relief Affairs estimated that 150,000 people were affected. It warned of cholera.', ['estimated → U.N. Office for the Coordination of Relief Affairs (organization)', 'warned → U.N. Office for the Coordination of Relief Affairs (organization)']],
  ['a verb after a "who" clause has the clause\'s antecedent for its subject, unless the clause\'s own subject follows "who"', 'A senior official who was not authorized to speak publicly said the posts were new. Voters who met Ruiz on Monday said they were happy. The man who Lee said was there left.', ['said → A senior official (anonymous)', 'said → Voters (anonymous)', 'said → Lee (person)']],
  ['"and" inside an organisation\'s name; a name set off after "a company" is the company\'s, which "the company" finds', 'The test, made by a California company, Lumen Diagnostics, was not approved by the Food and Drug Administration. The company said it would apply again. The Food and Drug Administration declined to comment.', ['said → Lumen Diagnostics (organization)', 'declined → Food and Drug Administration (organization)']],
  ['a capitalised preposition makes a title-case headline, not a name', 'Stealth Over Health: Ana Ruiz Was Headed Home', []],
  ['an unknown noun after an owner and before a "that" clause is a cue; a relative "that" is not', 'Judge Lund’s conclusion that judges should not weigh it stood. Ana Ruiz’s plan that cuts taxes passed.', ['conclusion → Lund (person)']],
  ['a verb before a "that" clause takes the clause opening as its source', 'Companies and households complain that taxes are too high.', ['complain → Companies and households (anonymous)']],
  ['a passive names its source after "by"; one without "by" names none', 'The leak was first reported by The Washington Post. The bridge was reported safe.', ['reported → The Washington Post (outlet)']],
  ['"per" after a comma is "according to", and an owner\'s thing is the source; "per cent" is not', 'It is barred, per the party’s bylaws. Prices rose 5 per cent, according to Ana Ruiz’s lawyer.', ['per → the party’s bylaws (anonymous)', 'according to → Ana Ruiz’s lawyer (anonymous)']],
  ['a verb carried by "continue to", "go on to", "appear to" takes the carrier\'s subject', 'The mayor continues to insist that taxes will fall. Ana Ruiz went on to say that the bridge was safe.', ['continues to insist → The mayor (anonymous)', 'went on to say → Ana Ruiz (person)']],
  ['"called" that convenes, phones or names is no speech', 'The council called an emergency meeting. A group called Harbor First sued. She called into a radio program. Ana Ruiz called the plan "a disaster."', ['called → Ana Ruiz (person)']],
  ['a short aside between commas ("in particular", "for his part") stands between a source and its verb', 'Mayor Ana Ruiz, in particular, has sharply criticized the deals. Bo Chen, for his part, praised them.', ['criticized → Ana Ruiz (person)', 'praised → Bo Chen (person)']],
  ['"who" after a dash has the name before the dash as antecedent', 'Tom Berg — who’s called for tax hikes — spoke first.', ['called → Tom Berg (person)']],
  ['a belief or stance inside what someone said is part of the report; a base form after an article is a noun', 'Ana Ruiz said she plans to run. Bo Chen said the mayor wants a recount. The mayor wants a recount, Tom Berg said.', ['said → Ana Ruiz (person)', 'said → Bo Chen (person)', 'said → Tom Berg (person)']],
  ['verb phrases of taking a position ("weighed in", "took aim at"); a bare "the mayor" no one carried stays unnamed', 'Ana Ruiz weighed in on the plan. Bo Chen took aim at the mayor. The mayor fired back at critics.', ['weighed in → Ana Ruiz (person)', 'took aim at → Bo Chen (person)', 'fired back → The mayor (anonymous)']],
  ['"made it clear", "pointed out", "took to Twitter"', 'Ana Ruiz made it clear that she would run. Bo Chen pointed out that the bridge was old. Tom Berg took to Twitter to mock the plan.', ['made it clear → Ana Ruiz (person)', 'pointed out → Bo Chen (person)', 'took to Twitter → Tom Berg (person)']],
];

for (const [rule, text, expected] of cases) {
  test(`rule: ${rule}`, () => {
    assert.deepEqual(attributions(analyze(text)), expected);
  });
}

/** Rules checked by who each quote goes to: "quote start… → speaker". */
const quoteCases: Array<[string, string, string[]]> = [
  ['a quote with no cue goes on from the quote before it, though someone else was named since', '"We are ready," Ana Ruiz said at the dinner, where Bo Chen also spoke. "The work starts now."', ['We are ready → Ana Ruiz', 'The work sta → Ana Ruiz']],
  ['what a cue attributes ends right before its source; a clause in between holds nothing', '"We are ready," Ana Ruiz said at the dinner, where Bo Chen also spoke.', ['We are ready → Ana Ruiz']],
  ['a message noun with an owner attributes what follows its colon', 'Ana Ruiz spoke last.\n\nRuiz’s message was clear: "The budget is balanced."', ['The budget i → Ana Ruiz']],
  ['a verdict on someone\'s statement is not their statement', 'The fact-checkers said that Ana Ruiz’s statement about the budget was "mostly true."', ['mostly true. → The fact-checkers']],
  ['a role met in an apposition of a name lets "the treasurer" find the person', 'Ann Lee, the city treasurer, and Tom Berg spoke on Monday.\n\n"The budget is balanced," the treasurer said.', ['The budget i → Ann Lee']],
  ['a sentence adverb before a name and its apposition does not hide the source', 'Even Norland, the only ally of the regime and its lifeline to the world, said it was "firmly opposed" to the test.', ['firmly oppos → Norland']],
  ['the object of a preposition before a verb is no subject; the clause\'s subject is', 'Protesters marching through the streets chanted "No curfew!" until dawn.', ['No curfew! → Protesters marching through the streets']],
  ['a closing curly mark that opens a paragraph opens its quote, before an ellipsis too', 'Bo Chen wrote about the debate.\n\n” … she spoke with a calm that few could match,” Chen wrote.', [' … she spoke → Bo Chen']],
  ['quoted words in a belief or stance reported by someone are the reporter\'s', 'Ana Ruiz said Bo Chen favors a "strongman approach."', ['strongman ap → Ana Ruiz']],
  ['"he" in a sentence that opens with a man is that man, whoever spoke before', '"The vote is close," Mayor Tom Berg said.\n\nCouncilman David Ode, despite his doubts about the plan, said he would back it, and he said the "votes are there."', ['The vote is  → Tom Berg', 'votes are th → David Ode']],
  ['an inverted source set off by a comma ends its clause, however long its apposition', '"There is a desire to show progress," said Nick Ward, a fellow at the institute who ran the agency, a body whose efforts face limits.', ['There is a d → Nick Ward']],
  ['a participle opening the sentence goes with the subject of the main clause', 'Ana Ruiz spoke in May. After saying her foot was "so swollen I could barely walk," she was taken to hospital.', ['so swollen I → Ana Ruiz']],
  ['an inverted source with a role in plain words before the name', '"We waited long enough," said 2001 flood widow Kay Moreno.\n\nShe continued, "We want a hearing."', ['We waited lo → Kay Moreno', 'We want a he → Kay Moreno']],
  ['a source with an apposition after a quotation that opens the sentence', '"They would get no deal," Rep. Ann Lee (R-Ohio), an oversight panel member, said.', ['They would g → Ann Lee']],
  ['a role the article never gave by name is the person speaking of late', 'Ana Ruiz said she would run again.\n\n"We keep going," the Vermont senator said.', ['We keep goin → Ana Ruiz']],
  ['a description of one person ("the New York businessman") is the person speaking of late', 'Tom Berg said he would build hotels.\n\n"We need change," the New York businessman said.', ['We need chan → Tom Berg']],
  ['someone whose tweets are talked about ("X’s tweets", with none of their words) is not the one speaking of late', 'Mike Lund says too much is made of Tom Berg’s tweets.\n\nThe Indiana governor said the media were to blame for "every word."', ['every word. → Mike Lund']],
  ['a thing that "demands" inside what someone said voices none of their quoted words', 'Ana Ruiz said the recent spate of floods demands that all residents engage in "more listening."', ['more listeni → Ana Ruiz']],
  ['a title after a possessive is no quote, with a comma inside the marks too', 'In an interview on the Harbor Channel\'s "Morning Call," Ana Ruiz said the plan failed.', ['Morning Call → (none)']],
  ['a colon before a quotation in a sentence with no verb of saying hands it to the clause\'s subject', 'With council members worried about the cost of the new bridge across the river, Mayor Ana Ruiz is trying a new message: "It pays for itself."', ['It pays for  → Ana Ruiz']],
  ['a quote paragraph with no cue is the person the paragraph before ends on, when only the writer spoke after them', '"Costs keep rising," said Lena Ortiz, an economist.\n\nTomas Brandt, 71, has mended clocks since 1979. When I ask him why he never retired, he puts down his loupe.\n\n"Because nothing here is finished. Nothing ever is."', ['Costs keep r → Lena Ortiz', 'Because noth → Tomas Brandt']],
  ['a pronoun opening a paragraph means the person the paragraph before ended on, met after the last speaker spoke', '"Demand will fall," said Arthur Quinlan, an economist.\n\nBack in Providence, as I was leaving, Harold Baptiste held up a watch.\n\n"This has outlived everybody who owned it," he said.', ['Demand will  → Arthur Quinlan', 'This has out → Harold Baptiste']],
  ['a party tag joins the descriptor, so "the Georgia Democrat" is the senator tagged from Georgia, not the last Democrat', 'Sen. Tammy Ruiz (D-Ga.) opened the hearing. Sen. Ed Cole, D-N.Y., sat beside her.\n\n"This is a disgrace," the Georgia Democrat said. "No," the New York Democrat replied.', ['This is a di → Tammy Ruiz', 'No, → Ed Cole']],
  ['a description opening a sentence and the title of the name set off after it both describe the person; a capitalised "Al" opens a name', 'The chairman, Rep. Al Vance, called for order.\n\n"Sit down," the chairman said.', ['Sit down, → Al Vance']],
  ['a dateline with a state\'s abbreviation names no one; a nickname in quotation marks stays inside the name', 'HARLOW FALLS, Vt. — The shop smells of glue. Margaret “Peg” Thorsby has carved violins there for 43 years.\n\n“People ask me when I will retire,” she says.', ['Peg → (none)', 'People ask m → Margaret Thorsby']],
  ['an apposition after a titled and tagged name joins the descriptor, so "the chairman" finds him', '"We had four near misses," said Sen. Howard Tilman (R-Ohio), the chairman of the aviation panel, in his statement.\n\nAna Ruiz, the administrator, said staffing had improved.\n\n"We will be back," the chairman said.', ['We had four  → Howard Tilman', 'We will be b → Howard Tilman']],
  ['"the governor" is the sitting one, though a former governor was named since', 'Ohio Gov. Ray Pike spoke in Columbus, where he said the tariff plan of former Nevada Gov. Dale Harrow would raise costs.\n\n"It is a tax on the people who build things," the governor said.', ['It is a tax  → Ray Pike']],
  ['a stadium, a city and a football club are no people an age can mean; "the Brazilian" is the player quoted of late', 'Tiago Mendes scored twice as Riverside FC beat Harbor City 2-1 in front of 24,000 fans at Lakefront Stadium.\n\n“I was frustrated for 80 minutes,” the 24-year-old said.\n\n“This is for my mother,” the Brazilian added.', ['I was frustr → Tiago Mendes', 'This is for  → Tiago Mendes']],
  ['the first name a described person gave is the source, before the verb or after it', 'A neighbour who gave only her first name, Rita, said she woke at night.\n\n"I did not sleep," she said.\n\n"Everyone is buying," said a shopkeeper in Durrak who gave only his first name, Mirza.', ['I did not sl → Rita', 'Everyone is  → Mirza']],
  ['a "she" after an unnamed woman spoke, with no one named since, is her; not when a "her" since meant someone else', 'Dora Fenn, the police chief, said the man was caught.\n\nA retired teacher who asked not to be named said the arrest was a relief.\n\n"The lights stay up," she said.\n\nAs a young woman, Ingrid Sol trained as a pharmacist.\n\nShe was still training when a neighbor asked her to mend a fiddle.\n\n"I had no idea what I was doing," she recalled.', ['The lights s → A retired teacher', 'I had no ide → Ingrid Sol']],
  ['sports positions and a councillor\'s "Cllr" are titles "the goaltender" and "the councillor" find', 'Goaltender Vitaly Sorin stopped 31 shots.\n\n"I do not know what else I do there," the goaltender said.\n\nCllr Beatrice Odu, who chairs the scrutiny committee, said members would decide next month.\n\n‘We will look at this carefully,’ the councillor said.', ['I do not kno → Vitaly Sorin', 'We will look → Beatrice Odu']],
  ['an unnamed professional is a "she" once she spoke, though her description told no gender', 'Dr Rahim said the unit would stay open.\n\nOne midwife, who did not want to be named, said colleagues had learned of it late.\n\n‘Nobody came to talk to us,’ she said.', ['Nobody came  → One midwife']],
  ['"asked" right after a quotation is inverted: the one named after it asks', '“Who is this for?” asked Ana Ruiz, a tenant. “Not me.”', ['Who is this  → Ana Ruiz', 'Not me. → Ana Ruiz']],
  ['a sentence opening with an adverb and a person "of" a place is about that person; a first name of either sex ends the name before "of"', 'His spokeswoman, Kelsey Varga, told me the critics were wrong.\n\nMeanwhile, Gov. Dana Whitlow of Michigan has been testing a slogan. In a speech in Flint, she said Democrats must stop "apologizing for government."', ['apologizing  → Dana Whitlow']],
  ['asking not to be named is no cue: the quotation goes to the verb of saying after it', '"The hearing is theater," one restaurant owner, who asked not to be named, said as she left the chamber.', ['The hearing  → one restaurant owner']],
];

for (const [rule, text, expected] of quoteCases) {
  test(`rule: ${rule}`, () => {
    assert.deepEqual(speakers(analyze(text)), expected);
  });
}

test('rule: a transcript quoted turn by turn is one quote per turn, each with the speaker its label names', () => {
  const transcript = 'The exchange went as follows:\n\n"HOST: Will the senator come tonight?\n\n"MORALES: Well, look, she will not. We have work to do.\n\n"HOST: Thank you."';
  const analysis = analyze(transcript);
  assert.deepEqual(speakers(analysis), ['HOST: Will t → Host', 'MORALES: Wel → Morales', 'HOST: Thank  → Host']);
  assert.deepEqual(attributions(analysis), [': → Host (person)', ': → Morales (person)', ': → Host (person)']);
});

test('rule: where unnamed people are is their descriptor, not their name', () => {
  const analysis = analyze('A Western diplomat in Sarnavo said the recall was for show.');
  assert.deepEqual(analysis.sources.map((s) => [s.name, s.kind, s.descriptor]), [['A Western diplomat', 'anonymous', 'in Sarnavo']]);
});

test('rule: a closing curly mark that stands where a quote opens opens it', () => {
  const analysis = analyze('Readers wrote in.\n\n”Fear. I am afraid of what comes next.” ― Ana Ruiz');
  assert.deepEqual(speakers(analysis), ['Fear. I am a → Ana Ruiz']);
  assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'unbalanced-quote'), []);
});

test('rule: in a file with blank lines, a block of long lines is a paragraph per line', () => {
  const long = 'The council met on Monday to discuss the budget for the coming year, and the talks went on late.';
  const text = `Title\n\n${long}\n“We are close to a deal on the budget,” said Ana Ruiz, who chairs the council’s finance board. “But not yet.\n“The vote is on Friday, and every member will be there to cast a ballot on it,” added Bo Chen, her deputy.`;
  const analysis = analyze(text);
  assert.equal(analysis.paragraphs.length, 4);
  assert.deepEqual(speakers(analysis).map((s) => s.split(' → ')[1]), ['Ana Ruiz', 'Bo Chen']);
});

test('rule: hard-wrapped lines stay one paragraph', () => {
  const text = 'Title\n\nThe council met on Monday to discuss the budget for\nthe coming year, and the talks went on late.\n\nEnd.';
  assert.equal(analyze(text).paragraphs.length, 3);
});

test('rule: "I" and "we" outside quotes are the writer, a source that is not flagged as anonymous', () => {
  const analysis = analyze('I think the bridge will open late. "It is ready," the mayor said. We asked the council.');
  assert.deepEqual(attributions(analysis), ['think → (none)', 'said → the mayor (anonymous)', 'asked → the authors (anonymous)']);
  assert.deepEqual(analysis.diagnostics.filter((d) => d.code === 'anonymous-source').map((d) => d.message), ['Anonymous source: "the mayor" is not named.']);
});

test('rule: a share of poll respondents is a source of its own', () => {
  const analysis = analyze('While 73 percent said the same of Lee, 63 percent said Ruiz was "right" to wait.');
  assert.deepEqual(attributions(analysis), ['said → 73 percent (anonymous)', 'said → 63 percent (anonymous)']);
  assert.deepEqual(speakers(analysis), ['right → 63 percent']);
});

test('rule: what was told comes after the listener, or before the source when nothing follows', () => {
  const text = 'The budget is balanced, Ana Ruiz told The Harbor Herald on Monday. Ruiz told reporters that taxes would stay.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['The budget is balanced', 'taxes would stay']);
});

test('rule: the frame of a cue with a modifier ("in a phone interview") is not what was said', () => {
  const text = '"No deal," Ana Ruiz said in a phone interview. Bo Chen said in a written statement that the deal was off.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['"No deal,"', 'the deal was off']);
});

test('rule: "said no." ends its sentence; "No. 1" does not', () => {
  const text = 'Tom Berg said no. Bo Chen said yes. It ranked No. 1 in the state, Ana Ruiz said.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['no.', 'yes', 'It ranked No. 1 in the state']);
});

test('rule: a clause opening never starts with a preposition', () => {
  const analysis = analyze('In a message posted Friday, Ana Ruiz said she had doubts.');
  assert.deepEqual(analysis.sources.map((s) => s.name).filter((name) => /^In\b/.test(name)), []);
  assert.ok(attributions(analysis).includes('said → Ana Ruiz (person)'));
});

test('rule: a listener in plain words is no part of what was told', () => {
  const text = 'Ana Ruiz told donors the plan was dead. Bo Chen told a crowd in Ohio that it was alive.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['the plan was dead', 'it was alive']);
});

test('rule: a title in quotation marks after a possessive or a work noun quotes no one', () => {
  const text = 'Ana Ruiz told MSNBC’s “Morning Joe” that the port was safe. She said the film “Dark Water” was “a warning.”';
  const analysis = analyze(text);
  assert.deepEqual(speakers(analysis), ['Morning Joe → (none)', 'Dark Water → (none)', 'a warning. → Ana Ruiz']);
  assert.deepEqual(analysis.quotes.map((q) => q.kind), ['scare', 'scare', 'partial']);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['the port was safe', 'the film “Dark Water” was “a warning.”']);
});

test('rule: a subhead in capitals before a dash names no one', () => {
  const text = 'COUNCIL HAS ACTED — the plan earned it notice in May, when it was known for its role in promoting a "bold vision" of the port.';
  assert.deepEqual(analyze(text).sources.map((s) => s.name), []);
});

test('rule: a quotation ending in a period after its own cue ends the sentence, though a verb of saying follows', () => {
  const text = 'Ana Ruiz said, "Not yet." The council has called on the port to wait. "Why now?" Bo Chen asked.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['"Not yet."', 'the port to wait', '"Why now?"']);
  assert.deepEqual(speakers(analysis), ['Not yet. → Ana Ruiz', 'Why now? → Bo Chen']);
});

test('rule: a quotation ending in "!" stays with a verb of saying after an apposition', () => {
  const analysis = analyze('"This is our year!" Ana Ruiz’s niece, Lena Ruiz (D-Harbor), shouted to the crowd.');
  assert.deepEqual(speakers(analysis), ['This is our  → Lena Ruiz']);
});

test('rule: a second verb goes with the main clause, not with a cue inside what it reports', () => {
  const text = 'Protesters said they want justice, but pledged to stay calm.';
  const analysis = analyze(text);
  const pledged = analysis.attributions.find((a) => a.cue.text === 'pledged');
  assert.equal(pledged && pledged.mention && text.slice(pledged.mention.start, pledged.mention.end), 'Protesters');
});

test('rule: what was said ends before a conjunction and a verb in the past of the speaker\'s own', () => {
  const text = 'Ana Ruiz said the fee was fair, but added that it would rise. Bo Chen said shootings and protests demand answers.';
  const analysis = analyze(text);
  assert.deepEqual(analysis.attributions.filter((a) => a.cue.text === 'said').map((a) => (a.content ? text.slice(a.content.start, a.content.end) : null)), ['the fee was fair', 'shootings and protests demand answers']);
});
