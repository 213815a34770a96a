import type { Random } from "./random.ts";

export type Gender = "f" | "m";
export type NameOrigin = "german" | "turkish" | "polish" | "southern" | "english";

interface NamePool {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

// Space-separated so the lists stay compact under prettier; no name here contains a space.
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const POOLS: Readonly<Record<NameOrigin, NamePool>> = {
  german: {
    female: words(`Anna Maria Sophie Lena Julia Katharina Sabine Petra Ursula Monika Claudia Stefanie Jana Lea
      Hannah Emma Mia Laura Sarah Jutta Gisela Heike Birgit Renate Käthe Jördis Annegret Bärbel Marie-Luise
      Franziska Nele Svenja Doris`),
    male: words(`Jürgen Thomas Michael Andreas Stefan Frank Peter Klaus Wolfgang Uwe Björn Lukas Jonas Leon Felix
      Maximilian Paul Tobias Sebastian Jörg Günter Horst Dieter Matthias Florian Jens Sören Hans-Peter
      Karl-Heinz Moritz Niklas Rüdiger`),
    last: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
      Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner
      Schmitz Krause Meier Lehmann Schulze Maier Köhler Herrmann König Walter Huber Kaiser Fuchs Peters Scholz
      Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Berger Roth Beck Lorenz Baumann Albrecht Schuster
      Ludwig Böhm Winter Krämer Vogt Jäger Sommer Groß Seidel Brandt Haas Graf Dietrich Kühn Engel Pfeiffer
      Große-Wilde Schmidt-Rüdiger Nußbaum Bäcker Thölke Düring Heß Strauß Lüders`),
  },
  turkish: {
    female: words("Aylin Elif Zeynep Ayşe Fatma Derya Selin Büşra Gül Özlem"),
    male: words("Mehmet Mustafa Ahmet Emre Can Murat Özgür Burak Hakan Serkan"),
    last: words("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç"),
  },
  polish: {
    female: words("Katarzyna Agnieszka Małgorzata Joanna Ewa"),
    male: words("Piotr Tomasz Łukasz Paweł Krzysztof"),
    last: words("Nowak Wójcik Kaczmarek Mazur Krawczyk Zając Wróbel"),
  },
  southern: {
    female: words("Giulia Francesca Eleni Lucía Olga Layla Ana"),
    male: words("Marco Luca Nikolaos José Dmitri Omar João"),
    last: words("Rossi Bianchi Esposito Papadopoulos García Iwanow Haddad Nguyen Silva"),
  },
  english: {
    female: words("Emily Sarah Olivia Charlotte Jessica Hannah Priya Chloe"),
    male: words("James Oliver Daniel Michael William Jack Raj Liam"),
    last: words("Smith Jones Taylor Brown Williams Wilson Johnson Carter O'Connor Murphy Patel"),
  },
};

const ORIGINS: readonly (readonly [NameOrigin, number])[] = [
  ["german", 70],
  ["turkish", 9],
  ["polish", 4],
  ["southern", 5],
  ["english", 12],
];

export interface PersonName {
  first: string;
  last: string;
  gender: Gender;
  origin: NameOrigin;
}

export function pickName(random: Random): PersonName {
  const origin = random.weighted(ORIGINS);
  const pool = POOLS[origin];
  const gender: Gender = random.chance(0.5) ? "f" : "m";
  return {
    first: random.pick(gender === "f" ? pool.female : pool.male),
    last: random.pick(pool.last),
    gender,
    origin,
  };
}

/** A first name for a household partner who shares `origin` (and the last name). */
export function pickFirstName(random: Random, origin: NameOrigin, gender: Gender): string {
  const pool = POOLS[origin];
  return random.pick(gender === "f" ? pool.female : pool.male);
}
