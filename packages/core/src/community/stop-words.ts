import { fold } from "../text/fold.ts";

/**
 * Words that say nothing about what a customer asks, in both languages the desk works in: function
 * words, greetings and sign-offs, politeness, and the words every question has ("Problem", "Frage",
 * "help"). Kept folded, as question terms are compared folded. PostgreSQL's own German list would
 * drop only German ones, and English questions are searched through the German configuration too.
 */
const GERMAN = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
bei beim bin bis bist bitte bzw da dabei dadurch dafür dagegen daher damit dann darauf darf darum das dass
dein deine dem den denn der des deshalb dessen dich die dies diese diesem diesen dieser dieses dir doch dort
du durch eigentlich ein eine einem einen einer eines einfach einige einmal er es etwa etwas euch euer eure
für gab gibt ging habe haben hat hatte hätte heute hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren
ihrer im immer in ins ist ja jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner könnte
können leider machen macht man manche mehr mein meine meinem meinen meiner meines mich mir mit muss musste
möchte nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen seiner seit sich sie
sind so soll sollte sondern sonst über um und uns unser unsere unter viel vom von vor war waren warum was
weil weiß welche welchem welchen welcher wenn wer werde werden wie wieder wieso will wir wird wo wollte
wurde würde zu zum zur zwar zwischen
hallo hi hey moin servus liebe lieber liebes sehr geehrte geehrter geehrtes damen herren team zusammen
danke dank vielen besten beste gruß grüße gruss grusse freundlichen freundliche mfg lg vg viele
frage fragen problem probleme hilfe helfen weiterhelfen jemand irgendwie irgendwas tipp tipps ahnung
`;

const ENGLISH = `
a about above after again all am an and any anyone anything are as at be because been before being below
between both but by can cannot could did do does doing done down during each even ever every few for from
further get gets got had has have having he her here hers him his how i if in into is it its just me
more most my myself no nor not now of off on once only or other our ours out over own same she should so
some still such than that the their them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would yet you your yours
hello hi hey dear all folks everyone team thanks thank cheers regards best kind sincerely please
question questions problem problems issue issues help anybody somebody someone tried trying try
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${GERMAN} ${ENGLISH}`
    .split(/\s+/)
    .filter((word) => word !== "")
    .map(fold),
);
