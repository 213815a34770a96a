import { fold } from "../../text/fold.ts";

/**
 * Common short forms of given names, German (with Austrian, Bavarian and Swiss pet forms) and
 * English: each line is a full name, a colon, and its short forms. Compiled by hand for Emma from
 * everyday usage (the pet forms a Sachbearbeiter reads in an e-mail signature or a Facebook name);
 * not exhaustive, so add a line when support staff meet a missing one. A short form may belong to
 * several full names (Alex: Alexander, Alexandra; Chris: Christian, Christina, Christoph). Variant
 * spellings (Elisabeth/Elizabeth, Philipp/Filip) are left to the typo and sound-alike rules, and
 * names that merely look alike (Katharina/Katrin, Stefan/Steffen) are deliberately absent.
 */
const SHORT_FORM_LINES = `
Alexander: Alex Alexa Sascha Xander Sandro Sandy Lex
Alexandra: Alex Alexa Sandra Sandy Sascha Xandra
Andreas: Andi Andy Anderl Res
Andrea: Andi Andy
Andrew: Andy Drew
Angelika: Angie Geli
Anna: Anni Annie Anja Anne Ann Nannerl
Annemarie: Anne Annemie Marie
Anton: Toni Tony
Antonia: Toni Tonia
Anthony: Tony Ant
Barbara: Babsi Babs Barbie Bärbel
Benjamin: Ben Benny Benji
Benedikt: Ben Beni
Bernhard: Bernd Berni Hardy
Bartholomäus: Bartl
Brigitte: Gitti Biggi Britta
Caroline: Caro Carrie Lina Line
Carolin: Caro
Catherine: Cathy Cate Kate Katie Kitty
Charles: Charlie Chuck Chaz
Charlotte: Lotte Lotti Charlie Lola
Christian: Chris Christl Krischan
Christina: Chris Tina Christl Kiki
Christine: Chris Tine Tina Christl
Christoph: Chris Christl Stoffel
Christopher: Chris Kit Topher
Cornelia: Conny Nele
Cornelius: Conny Neil
Daniel: Dani Danny Dan
Daniela: Dani Ella
David: Dave Davy
Dominik: Dome Domi Nik
Dorothea: Dora Doris Thea Dorle
Dorothy: Dot Dottie Dolly
Eberhard: Ebi Eberl
Edward: Ed Eddie Ted Ned
Eleonore: Lore Lorle Elli Nora
Elisabeth: Elli Ella Else Elsa Elise Lisa Liesl Lisi Liesel Sissi Sisi Betty Bettina Ilse
Elizabeth: Liz Lizzie Liza Beth Betty Bess Eliza Libby Ellie Lisa
Emanuel: Manu Mane
Emilia: Emmi Mila Emmy
Ernst: Erni
Eva: Evi
Felicitas: Feli Fee
Ferdinand: Ferdl Ferdi Nandl
Florian: Flo Flori
Franziska: Franzi Fanny Ziska
Franz: Franzl Franzi
Friedrich: Fritz Friedl Fred Fredi
Gabriele: Gabi Gaby Jella
Georg: Schorsch Jörg Girgl Schorschi
Gerhard: Gerd Gert Hardy
Gertrud: Gertrude Trude Trudi Gerti
Gottfried: Friedl Götz
Gregor: Gregerl
Gustav: Gustl Gus
Heinrich: Heinz Heini Hein Henning
Helene: Lene Leni Ella Helli
Helmut: Helmi
Henry: Harry Hank Hal
Herbert: Herbie Bert
Hubert: Hubsi Hubi Bert
Ignaz: Naz Nazl
Irmgard: Irmi Irma
Isabella: Isa Bella Ella Izzy
Jakob: Jake Jockel Köbi
Jacob: Jake Jack Jay
James: Jim Jimmy Jamie
Jennifer: Jenny Jenni Jen
Jessica: Jessi Jess Jessie
Joachim: Achim Jochen Jo
Johannes: Hannes Hans Jan Jo Johann Hansi
Johann: Hans Hansi Jo
John: Johnny Jack Jon
Johanna: Hanna Hanne Jo Hanni Jojo
Jonathan: Jon Jonny Nathan Jo
Josef: Sepp Seppi Sepperl Joschi Jupp Beppo Joe
Joseph: Joe Joey Jo
Josefine: Fini Josi Josie Pepi
Josephine: Josie Jo Fifi Posy
Julia: Jule Juli Julchen
Julius: Jules Juli
Jürgen: Jü Jörg
Karl: Kalle Kari Charly
Katharina: Kathi Kati Katja Käthe Trina Ina Tina Kat
Katherine: Kathy Kate Katie Kat Kitty Kay
Konrad: Konny Conny Kurt
Konstantin: Konsti Kosta Tino
Kristina: Tina Kristin Kiki
Laurentius: Lorenz Lenz
Leonhard: Leo Leon Lenz Hardy
Leopold: Leo Poldi Poldl
Lorenz: Lenz Enzo
Ludwig: Lutz Wiggerl Lu
Lucia: Lucy Luzi
Magdalena: Lena Leni Magda Lenchen Madl
Margarete: Grete Gretel Gretl Greta Margot Marga Meta Rita Maggie
Margaret: Peggy Maggie Meg Madge Marge Margie Greta Rita Daisy
Maria: Mia Mimi Ria Mizzi Marie Mariele
Marianne: Mia Anne Marie
Martin: Martl Tino Marti
Martina: Tina Tini Marti
Matthias: Matze Hias Hiasl Matti Matt Thias
Matthew: Matt Matty
Maximilian: Max Maxi Maxl Mäx Milian
Maxine: Max Maxi
Melanie: Mel Melli
Michael: Michi Micha Mike Michel Mick Mickey Mischa
Michaela: Michi Micha Ela Kaela
Monika: Moni Nicki
Nicholas: Nick Nicky Nico
Nikolaus: Klaus Niko Nico Nick Niki Claus Klausi
Nicole: Niki Nicki Nico Cole
Oliver: Olli Ollie
Patricia: Patty Pat Tricia Trish Patrizia
Patrick: Pat Paddy Rick
Peter: Pit Piet Peterle Pete
Philipp: Phil Flip Fips
Rebecca: Becky Becca Becki
Regina: Gina Reggie
Reinhard: Reini Reinhold
Richard: Rick Ricky Rich Dick Richie Ricci
Robert: Rob Robbie Bob Bobby Bert Robby
Roberta: Bobbie Berta
Rudolf: Rudi Rolf Dolf
Samuel: Sam Sammy Sami
Samantha: Sam Sammy
Sebastian: Basti Wastl Sebi Bastian
Simone: Simi Moni
Sophia: Sophie Sofie Sofia Fia
Stefan: Steffi Stef
Stephanie: Steffi Steph Stephi Fanny
Stephen: Steve Stevie
Steven: Steve Stevie
Susanne: Susi Sanne Suse Susa Su
Susan: Sue Susie Suzy
Theodor: Theo Teddy Dore
Theresia: Resi Reserl Thesi Theres Resl Tessa
Therese: Resi Thesi Tessa
Thomas: Tom Tommy Thommy Tommi Thomi
Timotheus: Tim Timo Timmy
Timothy: Tim Timmy
Tobias: Tobi Toby
Ulrich: Uli Ulli Utz
Ursula: Uschi Ulla Ursel Uschl
Valentin: Valle Vale Valti
Veronika: Vroni Vroni Roni Vera Nika
Victoria: Vicky Tori Vicki
Viktoria: Vicky Viki Tori
Vincent: Vince Vinny Vinz
Walter: Walti Wal
Werner: Werni
Wilhelm: Willi Willy Helm Wim Helmi
Wilhelmine: Mina Minna Helmi Willa
William: Bill Billy Will Willy Liam
Wolfgang: Wolf Wolfi Wolle
Xaver: Xaverl Vere
Zacharias: Zach Sacha
Elena: Lena Ella
Helena: Lena Leni Ella
Adelheid: Heidi Adele
Agnes: Nessi Agi
Alfred: Fred Freddy Alf
Albert: Bert Albi Al
Annabelle: Anna Belle Bella
Arnold: Arno Noldi
Bernadette: Berni Detta
Constanze: Conny Stanzi
Dietrich: Dieter Didi
Eduard: Edi Ede
Emil: Mile
Erich: Eric
Eugen: Geni
Frederick: Fred Freddie Rick
Friederike: Rike Frieda Fritzi
Gisela: Gisi Gila
Hildegard: Hilde Hildi
Ingeborg: Inge Ingi
Joanna: Jo Jojo Joey
Karoline: Karo Lina Line
Leonie: Leo Loni
Ludovica: Lu
Manfred: Manni Fred
Marlene: Leni Marle
Marcus: Marc Mark
Markus: Marc Mark
Mathilde: Tilde Tilly Hilde
Nathalie: Nati Natty
Norbert: Norbi Bert
Ottilie: Tilli Otti
Raphael: Rafi Raffi
Sabine: Bine Biene Sabse
Siegfried: Siggi Fried
Sigrid: Siggi
Silvia: Silvi
Sylvester: Sly Vester
Valerie: Vali Vale
Wolfram: Wolf Wolfi
Zita: Zitzi
`;

/** A folded name and the folded full names it is a short form of (a full name maps to itself). */
const FULL_NAMES_OF = new Map<string, Set<string>>();
/** The full names listed, folded: a full name paired with its own short form. */
const FULL_NAMES = new Set<string>();

for (const line of SHORT_FORM_LINES.split("\n")) {
  const [full, shorts] = line.split(":");
  if (!full || shorts === undefined) continue;
  const fullFolded = fold(full.trim());
  FULL_NAMES.add(fullFolded);
  for (const name of [fullFolded, ...shorts.trim().split(/\s+/).map(fold)]) {
    const set = FULL_NAMES_OF.get(name) ?? new Set<string>();
    set.add(fullFolded);
    FULL_NAMES_OF.set(name, set);
  }
}

const NONE: ReadonlySet<string> = new Set();

/** The full names a folded given name stands for (itself when it is a listed full name). */
export function fullNamesOf(folded: string): ReadonlySet<string> {
  return FULL_NAMES_OF.get(folded) ?? NONE;
}

/**
 * How two different folded given names relate as short forms: "full" when one is a full name and
 * the other its short form (Johannes/Hans), "sibling" when both are short forms of one full name
 * (Hannes/Hans: usually, not always, one person), null when neither.
 */
export function shortFormRelation(a: string, b: string): "full" | "sibling" | null {
  const ofA = fullNamesOf(a);
  const ofB = fullNamesOf(b);
  if ((FULL_NAMES.has(a) && ofB.has(a)) || (FULL_NAMES.has(b) && ofA.has(b))) return "full";
  for (const full of ofA) if (ofB.has(full)) return "sibling";
  return null;
}
