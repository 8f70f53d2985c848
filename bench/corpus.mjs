// Deterministic benchmark corpus: news-length wire stories about ISKP and the region, built from templates
// with many alternative phrasings. Plain Node ESM, no dependencies.
//
//   generateReport(seed, i)            → { name, text, meta|null }   (report i depends only on seed and i)
//   ensureCorpus({ dir, seed, reports }) → manifest; writes i.txt (+ i.meta.json for some) unless cached
//
// Same seed and GENERATOR_VERSION → byte-identical files. Bump GENERATOR_VERSION on any change to the text.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";

export const GENERATOR_VERSION = 1;
const MIN_BYTES = 2048;
const MAX_BYTES = 6144;

// ---------- PRNG and helpers ----------
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function reportSeed(seed, i, salt = 0) {
  let h = (seed ^ Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

class Gen {
  constructor(rand) {
    this.r = rand;
  }
  int(lo, hi) {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  chance(p) {
    return this.r() < p;
  }
  pick(arr) {
    return arr[Math.floor(this.r() * arr.length)];
  }
  shuffle(arr) {
    const a = arr.slice();
    for (let k = a.length - 1; k > 0; k--) {
      const j = Math.floor(this.r() * (k + 1));
      [a[k], a[j]] = [a[j], a[k]];
    }
    return a;
  }
  /** Expands "{a|b|c}" alternatives (not nested) and "$var" slots (vars: values or functions). */
  t(template, vars = {}) {
    const s = Array.isArray(template) ? this.pick(template) : template;
    return s
      .replace(/\{([^{}]*)\}/g, (_, alts) => this.pick(alts.split("|")))
      .replace(/\$([a-zA-Z_][a-zA-Z0-9_]*)/g, (m, k) => {
        const v = vars[k];
        if (v === undefined) return m;
        return typeof v === "function" ? v() : String(v);
      });
  }
}

const ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
function words(n) {
  if (n < 20) return ONES[n];
  if (n < 100) return TENS[Math.floor(n / 10)] + (n % 10 ? "-" + ONES[n % 10] : "");
  return String(n);
}
function digits(n) {
  return n.toLocaleString("en-US");
}
function cap(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------- Domain data ----------
const PLACES = [
  { city: "Kabul", up: "KABUL", country: "Afghanistan", prov: "Kabul", sites: ["a Shi'ite mosque in the Dasht-e-Barchi neighbourhood", "the gates of Hamid Karzai International Airport", "a crowded market in the west of the city", "an education centre in Dasht-e-Barchi", "the entrance of the Foreign Ministry", "a bus carrying government employees", "the Russian embassy", "a hotel frequented by Chinese businessmen", "a Sikh gurdwara in the Karte Parwan area", "a wedding hall in the west of the city"] },
  { city: "Jalalabad", alt: "Jalālābād", up: "JALALABAD", country: "Afghanistan", prov: "Nangarhar", provAlt: "Nengrehar", sites: ["a Taliban checkpoint on the city's outskirts", "the provincial prison", "a vehicle carrying Taliban fighters", "a funeral gathering", "a rickshaw near the main square", "the offices of a charity"] },
  { city: "Kunduz", up: "KUNDUZ", country: "Afghanistan", prov: "Kunduz", sites: ["a Shi'ite mosque during Friday prayers", "the Sayed Abad mosque", "a bank where soldiers were collecting salaries", "a busy bazaar"] },
  { city: "Kandahar", up: "KANDAHAR", country: "Afghanistan", prov: "Kandahar", sites: ["the Imam Bargah mosque", "a branch of the New Kabul Bank", "a crowd outside a bank", "a Taliban office"] },
  { city: "Mazar-i-Sharif", alt: "Mazar-e-Sharif", up: "MAZAR-I-SHARIF", country: "Afghanistan", prov: "Balkh", sites: ["the office of the provincial governor", "a minibus carrying Hazara passengers", "the Sai Doken mosque", "a fuel tanker"] },
  { city: "Pul-e-Khumri", up: "PUL-E-KHUMRI", country: "Afghanistan", prov: "Baghlan", sites: ["a Sufi shrine", "a Shi'ite mosque", "the provincial council building"] },
  { city: "Faizabad", up: "FAIZABAD", country: "Afghanistan", prov: "Badakhshan", sites: ["a memorial service for the deputy governor", "a police convoy"] },
  { city: "Herat", up: "HERAT", country: "Afghanistan", prov: "Herat", sites: ["the Guzargah mosque", "a Shi'ite mosque in the Jebrael area", "a passenger van"] },
  { city: "Nangarhar's Achin district", up: "JALALABAD", country: "Afghanistan", prov: "Nangarhar", sites: ["a village mosque", "a Taliban patrol", "a district checkpoint"] },
  { city: "Peshawar", up: "PESHAWAR", country: "Pakistan", prov: "Khyber Pakhtunkhwa", sites: ["a mosque inside the police lines compound", "a Shi'ite mosque in the old city", "a church in the Kohati Gate area", "a bus carrying judges"] },
  { city: "Khar", up: "KHAR", country: "Pakistan", prov: "Khyber Pakhtunkhwa", region: "Bajaur", sites: ["a political rally of the Jamiat Ulema-e-Islam-F party", "a convention of religious scholars", "a police post"] },
  { city: "Quetta", up: "QUETTA", country: "Pakistan", prov: "Balochistan", sites: ["the railway station", "a civil hospital", "a market in the Hazara Town area", "a police training college"] },
  { city: "Mastung", up: "MASTUNG", country: "Pakistan", prov: "Balochistan", sites: ["a procession marking the Prophet's birthday", "an election rally", "a mosque"] },
  { city: "Karachi", up: "KARACHI", country: "Pakistan", prov: "Sindh", sites: ["a convoy of Chinese engineers", "the Confucius Institute at Karachi University", "a police headquarters"] },
  { city: "Kerman", up: "KERMAN", country: "Iran", prov: "Kerman", sites: ["a memorial ceremony for Qassem Soleimani", "the road to the Saheb al-Zaman mosque", "the crowd near the cemetery"] },
  { city: "Shiraz", up: "SHIRAZ", country: "Iran", prov: "Fars", sites: ["the Shah Cheragh shrine", "a courtyard of the shrine"] },
  { city: "Moscow", up: "MOSCOW", country: "Russia", prov: "Moscow Oblast", sites: ["the Crocus City Hall concert venue in Krasnogorsk", "a concert hall on the city's western edge", "a shopping centre"] },
  { city: "Dushanbe", up: "DUSHANBE", country: "Tajikistan", prov: "Dushanbe", sites: ["a border post", "a prison"] },
];

const ISKP_NAMES = [
  "Islamic State Khorasan Province (ISKP)",
  "Islamic State Khorasan Province",
  "ISIS-K",
  "IS-K",
  "IS-KP",
  "the Islamic State group",
  "Islamic State",
  "the Islamic State group's regional affiliate",
  "Islamic State's Afghan affiliate",
  "the local branch of Islamic State, known as Islamic State Khorasan",
  "Daesh",
  "Islamic State-Khorasan",
  "ISKP",
];
const OTHER_GROUPS = [
  { name: "the Pakistani Taliban, or Tehrik-e-Taliban Pakistan (TTP)", short: "the TTP", cities: ["Peshawar", "Khar", "Quetta"] },
  { name: "the Baloch Liberation Army (BLA)", short: "the BLA", cities: ["Quetta", "Mastung", "Karachi"] },
  { name: "Jaish al-Adl", short: "Jaish al-Adl", cities: ["Kerman"] },
  { name: "the Taliban", short: "the Taliban", cities: ["Kabul", "Kunduz", "Kandahar", "Faizabad", "Herat"] },
  { name: "the Haqqani network", short: "the Haqqanis", cities: ["Kabul", "Jalalabad"] },
  { name: "Jamaat-ul-Ahrar, a TTP faction", short: "Jamaat-ul-Ahrar", cities: ["Peshawar", "Khar"] },
];
const OUTLETS = [
  { name: "Reuters", tag: "(Reuters)", url: "https://www.reuters.com/world/asia-pacific/" },
  { name: "AP", tag: "(AP)", url: "https://apnews.com/article/" },
  { name: "AFP", tag: "(AFP)", url: "https://www.france24.com/en/asia-pacific/" },
  { name: "Al Jazeera", tag: null, url: "https://www.aljazeera.com/news/" },
  { name: "Dawn", tag: null, url: "https://www.dawn.com/news/" },
  { name: "TOLOnews", tag: null, url: "https://tolonews.com/afghanistan/" },
  { name: "Khaama Press", tag: null, url: "https://www.khaama.com/" },
  { name: "BBC", tag: null, url: "https://www.bbc.com/news/world-asia-" },
];
const NAMES = {
  af: [["Abdul", "Mohammad", "Ahmad", "Zabihullah", "Bilal", "Qari", "Mawlawi", "Hamid", "Nasir", "Khalid", "Farid", "Rahim", "Sayed", "Najibullah", "Shafiullah", "Hafiz", "Wahidullah", "Noor", "Zia", "Abdul Nafi", "Enayatullah", "Sharafat"], ["Mateen Qani", "Mujahid", "Karimi", "Rahimi", "Zadran", "Durrani", "Popal", "Ahmadzai", "Stanekzai", "Wardak", "Hotak", "Safi", "Sultani", "Noori", "Amiri", "Hashimi", "Jalali", "Fitrat", "Takor", "Khalid", "Zaman", "Samim"]],
  pk: [["Imran", "Asif", "Faisal", "Sardar", "Ali", "Tariq", "Muhammad", "Jan", "Feroz", "Shaukat", "Akhtar", "Bilal", "Kashif", "Nadeem", "Saima", "Ayesha"], ["Khan", "Afridi", "Yousafzai", "Baloch", "Bugti", "Naqvi", "Shah", "Mehsud", "Achakzai", "Hussain", "Qureshi", "Abbasi", "Marwat", "Gandapur", "Durrani", "Raza"]],
  ir: [["Ali", "Reza", "Mehdi", "Hossein", "Ahmad", "Mohammad", "Rahman", "Babak", "Nasser"], ["Vahidi", "Mousavi", "Jalali", "Karimi", "Hosseini", "Rezaei", "Bagheri", "Jafari", "Kazemi"]],
  ru: [["Dmitry", "Sergei", "Maria", "Andrei", "Alexander", "Yelena", "Nikolai", "Igor", "Svetlana"], ["Peskov", "Zakharova", "Kabulov", "Ivanov", "Sobyanin", "Bortnikov", "Petrov", "Volkova", "Smirnov"]],
  west: [["Fiona", "Richard", "Sarah", "John", "Amina", "Roza", "Markus", "Hannah", "David", "Lucy", "Edith", "Graeme"], ["Frazer", "Watkins", "Otunbayeva", "Miller", "Bennett", "Schmidt", "Clarke", "Lederer", "Hughes", "Brooks", "Lyons", "Mendez"]],
};
const REGION = { Afghanistan: "af", Pakistan: "pk", Iran: "ir", Russia: "ru", Tajikistan: "ru" };
function personOf(g, region) {
  const [f, l] = NAMES[region];
  return `${g.pick(f)} ${g.pick(l)}`;
}
const ROLES_AF = ["Interior Ministry spokesman", "Taliban spokesman", "a spokesman for the provincial police", "the provincial governor's spokesman", "a deputy health minister", "a senior Taliban security official", "the head of the provincial information department", "a spokesman for the Kabul police"];
const ROLES_PK = ["provincial police chief", "a senior police official", "the province's caretaker information minister", "a spokesman for the provincial government", "a district administrator", "rescue service spokesman", "the deputy inspector general of police"];
const ROLES_IR = ["Interior Minister", "a provincial deputy governor", "a spokesman for the emergency services", "the head of the provincial Red Crescent"];
const ROLES_RU = ["Kremlin spokesman", "Foreign Ministry spokeswoman", "a spokesman for the Investigative Committee", "Moscow's mayor"];
const METHODS = [
  { w: "a suicide bomber", verb: "blew himself up {at|near|inside|outside} $site", kind: "suicide" },
  { w: "a suicide bomber", verb: "detonated {his|an} explosive vest {at|near|among worshippers at|outside} $site", kind: "suicide" },
  { w: "a roadside bomb", verb: "exploded {near|beside|as it passed} $site", kind: "ied" },
  { w: "a bomb hidden in a {motorbike|cart|bag|parked car}", verb: "went off {near|outside|at} $site", kind: "ied" },
  { w: "a magnetic bomb attached to a vehicle", verb: "exploded {near|outside} $site", kind: "ied" },
  { w: "gunmen", verb: "opened fire on $site", kind: "armed" },
  { w: "{several|four|three} gunmen {in camouflage|armed with automatic rifles|wearing suicide vests}", verb: "stormed $site", kind: "armed" },
  { w: "a car bomb", verb: "{tore through|ripped through|struck} $site", kind: "vbied" },
  { w: "two suicide bombers", verb: "attacked $site", kind: "suicide" },
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_REUTERS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PAST_ATTACKS = [
  "the August 2021 suicide bombing at Kabul airport that killed 13 U.S. service members and some 170 Afghans",
  "the March 2024 attack on the Crocus City Hall near Moscow, in which 145 people were killed",
  "the twin bombings in Kerman in January 2024 that killed nearly 100 people",
  "the July 2023 bombing of a political rally in Bajaur that killed 63 people",
  "the September 2022 attack on the Russian embassy in Kabul that killed two embassy staff and four Afghans",
  "the October 2021 attack on a Shi'ite mosque in Kunduz that killed dozens of worshippers",
  "the attack on a Shi'ite mosque in Kandahar a week later",
  "the March 2022 bombing of a Shi'ite mosque in Peshawar that killed more than 60 people",
  "the October 2022 shooting at the Shah Cheragh shrine in Shiraz",
  "the December 2022 attack on a Kabul hotel popular with Chinese nationals",
  "the killing of the Taliban governor of Balkh province in March 2023",
  "the bombing of an education centre in Dasht-e-Barchi in September 2022",
];

// ---------- Paragraph builders ----------
/** Tidies one generated sentence or paragraph: spaces, punctuation spacing, a capital first letter. */
function tidy(s) {
  s = s.replace(/\s+/g, " ").replace(/ ([,.;:])/g, "$1").replace(/,,/g, ",").replace(/\.\./g, ".").trim();
  s = s.replace(/(?<!U\.S)([.!?]"? )([a-z])/g, (_, p, ch) => p + ch.toUpperCase());
  return s.replace(/^(["“(]?)([a-z])/, (_, q, ch) => q + ch.toUpperCase());
}
const hasArticle = (role) => /^(a|an|the)\s/i.test(role);
/** "Interior Ministry spokesman X" or "X, a spokesman for the police," as a sentence subject. */
function subj(name, role) {
  return hasArticle(role) ? `${name}, ${role},` : `${role} ${name}`;
}
/** Trailing attribution: ", Interior Ministry spokesman X said." / ", said X, a police spokesman." */
function saidBy(g, name, role) {
  if (hasArticle(role)) return g.pick([`, ${name}, ${role}, said`, `, said ${name}, ${role}`, `, according to ${name}, ${role}`]);
  return g.pick([`, ${role} ${name} said`, `, said ${role} ${name}`, `, according to ${role} ${name}`]);
}

function makeCtx(g, i) {
  const year = g.pick([2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025]);
  const month = g.int(0, 11);
  const day = g.int(1, 28);
  const date = new Date(Date.UTC(year, month, day));
  const u = g.r();
  const kind = u < 0.55 ? "iskp" : u < 0.72 ? "other" : u < 0.88 ? "analysis" : "noise";
  let place = g.pick(PLACES);
  let group = null;
  if (kind === "other") {
    group = g.pick(OTHER_GROUPS);
    place = g.pick(PLACES.filter((p) => group.cities.includes(p.city)));
  }
  const region = REGION[place.country] ?? "af";
  const roles = place.country === "Pakistan" ? ROLES_PK : place.country === "Iran" ? ROLES_IR : place.country === "Russia" ? ROLES_RU : ROLES_AF;
  const killed = g.pick([g.int(1, 9), g.int(2, 20), g.int(5, 40), g.int(10, 80), g.int(20, 150)]);
  const injured = g.chance(0.8) ? killed + g.int(0, killed * 3 + 5) : null;
  return {
    i,
    kind,
    place,
    group,
    year,
    month,
    day,
    date,
    weekday: WEEKDAYS[date.getUTCDay()],
    outlet: g.pick(OUTLETS),
    site: g.pick(place.sites),
    method: g.pick(METHODS),
    killed,
    injured,
    finalKilled: g.chance(0.3) ? killed + g.int(2, 40) : null,
    iskp: g.pick(ISKP_NAMES),
    person: () => personOf(g, region),
    local: () => personOf(g, region),
    official: personOf(g, region),
    role: g.pick(roles),
    roles,
    used: new Set(),
    counts: new Map(),
  };
}

function placeName(g, c) {
  return c.place.alt && g.chance(0.15) ? c.place.alt : c.place.city;
}
function provName(g, c) {
  return c.place.provAlt && g.chance(0.2) ? c.place.provAlt : c.place.prov;
}
function count(g, n, noun = "people") {
  const num = n <= 20 && g.chance(0.5) ? words(n) : digits(n);
  switch (g.int(0, 6)) {
    case 0:
      return `at least ${num} ${noun}`;
    case 1:
      return `${num} ${noun}`;
    case 2:
      return n > 12 ? `more than ${digits(Math.floor(n / 10) * 10)} ${noun}` : `${num} ${noun}`;
    case 3:
      return n >= 12 && n < 40 ? `dozens of ${noun}` : `at least ${num} ${noun}`;
    case 4:
      return `some ${num} ${noun}`;
    case 5:
      return `nearly ${digits(n + g.int(1, 3))} ${noun}`;
    default:
      return `at least ${num} ${noun}`;
  }
}
function when(g, c) {
  return g.pick([`on ${c.weekday}`, `on ${c.weekday}`, `on ${MONTHS[c.month]} ${c.day}`, `on ${c.day} ${MONTHS[c.month]}`, "yesterday", `on ${c.weekday} morning`, `late on ${c.weekday}`, `on ${c.weekday} afternoon`, `during ${c.weekday} prayers`]);
}
function headline(g, c) {
  const place = placeName(g, c);
  const k = c.killed;
  const who = c.kind === "other" ? cap(c.group.short.replace(/^the /, "")) : g.pick(["Islamic State", "ISIS-K", "IS", "Islamic State Khorasan", "ISKP"]);
  if (c.kind === "analysis")
    return tidy(g.t(["{Analysis|Explainer|Insight}: {who are|what is known about|the rise of} $who {in Afghanistan|and its ambitions|beyond Afghanistan}", "$who {remains|is still} a threat in $country, {UN report says|officials warn|experts say}", "How $who {recruits|rebuilt itself|spreads} after {the Taliban takeover|the US withdrawal}", "{UN monitors|Envoys|Analysts} {see|warn of} {growing|persistent} $who threat {to Central Asia|to Europe|in the region}"], { who, country: c.place.country }));
  if (c.kind === "noise")
    return tidy(g.t(["{Afghan|Pakistani|Regional} {economy|trade|currency} {slows|recovers|steadies} as {aid falls|exports rise|talks resume}", "{UN|World Bank|IMF} {warns|says} $country {faces|needs} {more aid|reforms|a long recovery}", "{Talks|Meeting} in {Doha|Tashkent|Islamabad|Beijing} {on|over} {Afghan|regional} {trade|security|refugees}", "{Returnees|Deportees} {strain|overwhelm} {border towns|aid groups} {in $country|as winter nears}"], { country: c.place.country }));
  return tidy(
    g.t(
      ["{Blast|Explosion|Bombing|Suicide attack} {kills|leaves} $k in $place", "$who claims {deadly|} {attack|bombing} in $place", "{At least|} $k killed in {attack|blast|bombing} {in|at} $place {mosque|market|checkpoint|rally|}", "{Death toll|Toll} {from|in} $place {attack|bombing} {rises|climbs} to $k", "$place: {gunmen|bomber} {kill|target} {worshippers|police|civilians|Taliban fighters}", "{Dozens|Many} {dead|hurt} as {blast|attack} {hits|rocks} $place"],
      { k: () => (g.chance(0.5) ? digits(k) : `${digits(k)} ${g.pick(["people", "dead", "worshippers", "civilians"])}`), place, who },
    ),
  );
}
function dateline(g, c) {
  const p = c.place;
  const o = c.outlet;
  if (o.name === "Reuters") return `${p.up}, ${MONTHS_REUTERS[c.month]} ${c.day} (Reuters) - `;
  if (o.name === "AP") return `${p.up}, ${p.country} (AP) — `;
  if (o.name === "AFP") return `${cap(p.up.toLowerCase())} (AFP) - `;
  if (o.name === "Dawn" && g.chance(0.6)) return `${cap(p.up.toLowerCase())}: `;
  return "";
}
function lead(g, c) {
  const m = c.method;
  const act = g.t(m.verb, { site: c.site });
  const v = { place: placeName(g, c), prov: provName(g, c), when: () => when(g, c), killed: () => count(g, c.killed), act, who: g.t(m.w), country: c.place.country, site: c.site, by: saidBy(g, c.official, c.role), yr: c.year - 1 };
  return g.t(
    [
      "$who $act in $place $when, killing $killed$by.",
      "$who $act in {the city of|} $place $when, killing $killed and wounding {dozens|many|scores} more, officials said.",
      "$killed were killed $when when $who $act in $place, {officials|police|witnesses|local officials} said.",
      "$killed {died|were killed} and many more were wounded $when after $who $act in {$prov province|the city of $place|the northern city of $place|the eastern city of $place}.",
      "$who $act in $place $when, {officials said|according to officials|a spokesman said}, in {the latest|the deadliest|another} attack {in $country|on the country's Shi'ite minority|on the Taliban administration} {in months|this year|since $yr}.",
      "{An attack|A blast|An explosion} {at|near} $site in $place $when killed $killed$by.",
      "{Security officials|Police} said $who $act in $place $when. $killed {were killed|died}{ on the spot| at the scene|}.",
    ],
    v,
  );
}
function casualtyDetail(g, c) {
  const inj = c.injured;
  const official = c.person();
  const role = g.pick(c.roles);
  const v = {
    inj: () => (inj ? count(g, inj, g.pick(["people", "others"])) : "several people"),
    hosp: g.pick(["Emergency hospital", "the regional hospital", "Lady Reading Hospital", "the civil hospital", "a nearby clinic", "the provincial hospital", "the city's main hospital"]),
    by: saidBy(g, official, role),
    subj: subj(official, role),
    women: words(g.int(2, 9)),
    kids: words(g.int(2, 8)),
    police: words(g.int(1, 6)),
    civ: words(g.int(2, 12)),
  };
  return g.t(
    [
      "$inj were wounded and taken to $hosp$by.",
      "$hosp said it had received $inj, {including $women women and $kids children|many with shrapnel wounds|several of them in critical condition}.",
      "Among the dead were $police police officers and $civ civilians, $subj told {reporters|Reuters|AFP|local media}.",
      "The wounded, $inj, were {rushed|taken|moved} to $hosp. {Some were in critical condition.|Doctors said the toll could rise.|Blood donations were requested.}",
      "\"We have received $inj,\" said a doctor at $hosp who asked not to be named because he was not authorised to speak to the media.",
      "{Television footage|Images on social media|Photos shared by residents} showed {ambulances rushing to the scene|bodies covered in sheets|a crater in the road|shattered windows and twisted metal}. $inj were {wounded|hurt}$by.",
    ],
    v,
  );
}
function tollUpdate(g, c) {
  const official = c.person();
  const role = g.pick(c.roles);
  const v = { n: digits(c.finalKilled ?? c.killed + 3), by: saidBy(g, official, role), subj: subj(official, role), when: g.pick(["on Tuesday", "later on", "by the evening", "overnight", "the next day", "on Sunday", "by nightfall"]) };
  return g.t(
    [
      "The death toll rose to $n $when$by.",
      "The toll had {risen|climbed} to $n $when, {officials said|according to the health ministry}.",
      "{Officials later raised|Authorities later revised} the death toll to $n.",
      "The number of dead {climbed|rose} to $n as {more bodies were recovered|several of the wounded died in hospital}$by.",
      "$subj said $when that $n people had died.",
    ],
    v,
  );
}
function claim(g, c) {
  const basis = g.pick(["claimed", "claimed", "claimed", "attributed", "suspected", "none"]);
  const group = c.kind === "other" ? c.group.name : c.iskp;
  const official = c.person();
  const role = g.pick(c.roles);
  const v = { group, cgroup: cap(group), agency: c.kind === "other" ? g.pick(["a statement to reporters", "a statement on Telegram", "a message to journalists", "a statement posted online"]) : g.pick(["its Amaq news agency", "a statement on Telegram", "its Amaq outlet", "a statement posted online", "a message on a group-affiliated channel"]), by: saidBy(g, official, role), subj: subj(official, role), place: placeName(g, c) };
  if (basis === "claimed")
    return g.t(
      [
        "$group claimed responsibility for the attack in $agency{, saying it targeted \"apostates\"|, without providing evidence|}.",
        "In $agency, $group claimed responsibility{ and said one of its fighters had carried out the bombing|}.",
        "$group later claimed the attack, according to $agency.",
        "Responsibility was claimed by $group in $agency.",
        "{Hours|A day} later, $group said in $agency that it {had carried out|was behind} the attack{ and published a photograph of the attacker|}.",
      ],
      v,
    );
  if (basis === "attributed") return g.t(["The attack was carried out by $group$by.", "Officials said $group's fighters were behind the attack.", "$subj said the bombing bore the hallmarks of $group, which has carried out similar attacks in $place."], v);
  if (basis === "suspected") return g.t(["{Officials|Security sources} suspect $group {was|were} behind the attack.", "No group claimed responsibility, but {officials|analysts} blamed $group.", "Suspicion quickly fell on $group, {which has targeted|known for targeting} {Shi'ites|Taliban officials|foreigners} in the past."], v);
  return g.t(["No group {immediately|has yet} claimed responsibility{ for the attack|}.", "There was no immediate claim of responsibility.", "It was not clear who was behind the {attack|blast}."], v);
}
function quote(g, c) {
  const official = c.person();
  const role = g.pick(c.roles);
  const by = saidBy(g, official, role);
  const v = { by, byq: by.slice(2), subj: subj(official, role), place: placeName(g, c), first: g.pick(NAMES[REGION[c.place.country] ?? "af"][0]) };
  return g.t(
    [
      "\"{This is a cowardly act|The enemies of the people carried out this attack|We will find those responsible|Our forces are investigating}, {and they will be punished|and we condemn it in the strongest terms|and security has been tightened across the city},\" $byq.",
      "$subj {said|told reporters} security {had been tightened|was being reviewed} in $place and that {an investigation was under way|several suspects had been detained}.",
      "\"{It was a huge explosion|I saw bodies everywhere|People were running in all directions|The windows of our shop shattered},\" said {a witness|a shopkeeper|a resident|a survivor} named $first, who gave only one name. \"{I ran outside and saw smoke|We could not find my brother|There was blood on the street|Everyone was screaming}.\"",
      "{The United Nations mission|The European Union|The U.S. embassy|Pakistan's foreign ministry|The Russian foreign ministry} condemned the attack{ as \"heinous\"|, calling for the perpetrators to be brought to justice|}.",
      "$subj {wrote|posted} on X that {the attacker had been identified|the area had been cordoned off|rescue work was complete}.",
    ],
    v,
  );
}
function estimate(g, c) {
  const lo = g.pick([500, 1000, 1500, 2000, 3000, 4000]);
  const hi = lo + g.pick([500, 700, 1000, 2000, 3000]);
  const v = {
    lo: digits(lo),
    hi: digits(hi),
    lo2: String(lo),
    hi2: String(hi),
    one: digits(g.pick([2000, 4000, 6000, 1200, 3500, 2500])),
    grp: g.pick(["ISKP", "ISIS-K", "IS-K", "Islamic State Khorasan"]),
    yr: c.year,
    person: g.pick(["Zamir Kabulov", "Russia's special envoy Zamir Kabulov", "Roza Otunbayeva, the head of the UN mission,", personOf(g, "ru"), personOf(g, "west")]),
    mon: MONTHS[g.int(0, 11)],
    src: g.pick(["some Western and international sources", "U.S. military officials", "Pakistani intelligence officials", "analysts at the Combating Terrorism Center", "Taliban officials", "Central Asian security services"]),
  };
  return g.t(
    [
      "The UN estimates $grp has between $lo and $hi fighters{ in Afghanistan|, many of them in the east|}.",
      "$person estimated the number of $grp fighters in Afghanistan to be $one{ in $mon $yr|}.",
      "$src put the group's strength at $lo-$hi{ fighters|}{ as of $yr|}.",
      "A UN monitoring team said in a {report|July report} that the group had {from $lo2 to $hi2|between $lo and $hi|about $one} {fighters|members|militants}{ and was recruiting|, including foreign fighters|}.",
      "According to $src, the group has {about|roughly|some} $one fighters, {down from|up from|compared with} {a peak of|} $hi in {2016|2018|2020}.",
      "{Estimates of|Figures on} the group's size {vary|differ widely}: $src {put it at|cite} $lo to $hi, while the Taliban say it has been {largely defeated|reduced to a few hundred}.",
    ],
    v,
  );
}
function background(g, c) {
  const [past, past2] = g.shuffle(PAST_ATTACKS);
  const v = { iskp: c.iskp, past, past2, yr: g.pick([2015, 2014, 2016]) };
  return g.t(
    [
      "$iskp, which emerged in eastern Afghanistan in $yr, has {claimed|carried out} some of the deadliest attacks in the region, including $past.",
      "The group was also behind $past, and {officials believe it carried out|it later claimed} $past2.",
      "{Since the Taliban took over in August 2021|Since the U.S. withdrawal}, $iskp has {targeted|attacked} {Taliban officials|religious minorities|foreign diplomats|Shi'ite Hazaras} {and|as well as} {foreign nationals|Sufi shrines|Chinese interests}.",
      "{Analysts|Security experts|Western officials} say $iskp is {hostile to|at war with} the Taliban and {may|is likely to} try to {attract|recruit} {disaffected Taliban fighters|militants from Central Asia|members of the Pakistani Taliban}.",
      "The Taliban say they have {largely defeated|contained} $iskp {in Afghanistan|in Nangarhar and Kunar}, but attacks {such as $past|like this one} suggest {otherwise|the group remains capable}.",
      "$iskp {is led by|has been led since 2020 by} Sanaullah Ghafari, also known as Shahab al-Muhajir, {according to UN monitors|U.S. officials say|who the United States has offered a reward for}.",
      "The group {publishes|runs} propaganda in {Pashto, Dari, Tajik and Uzbek|several Central Asian languages|English and Russian} through its Al-Azaim {foundation|outlet}, {aimed at|seeking to attract} {recruits abroad|young men in the diaspora|disaffected Salafists}.",
    ],
    v,
  );
}
function otherBackground(g, c) {
  const v = { grp: c.group.name, sg: c.group.short, prov: provName(g, c) };
  return g.t(
    [
      "{Attacks in $prov have surged|Militant violence in $prov has risen sharply} since $sg {ended a ceasefire|stepped up its campaign} {in 2022|last year}.",
      "$grp has {fought|waged an insurgency against} the state {for years|for decades} and has {previously|frequently} targeted {police|security forces|Chinese nationals|pipelines}.",
      "{Islamabad|Tehran} accuses Kabul of {sheltering|harbouring} $sg, a charge the Taliban deny.",
      "$sg, which is separate from Islamic State, {has said|says} it does not target civilians, but {rights groups|officials} dispute that.",
    ],
    v,
  );
}
const NOISE = [
  "The {economy|afghani|rupee|rial} has {weakened|stabilised|slumped} {by $pct%|sharply} {this year|since $mon}, and {aid agencies|economists} warn that {millions face hunger|unemployment is rising|imports are falling}.",
  "{Exports|Shipments} of $crop {rose|fell} $pct% to ${$bn billion|$mn million} {last year|in the first half}, {according to|said} the {commerce ministry|chamber of commerce}.",
  "{Diplomats|Officials} from {China|Russia|Uzbekistan|Qatar|Iran|Pakistan} met {Taliban|government} representatives in $city {last week|this month} to discuss {trade|a railway project|border security|water rights|the TAPI gas pipeline}.",
  "{The UN Security Council|The European Union|The World Food Programme} said $n people {need|would need} {food aid|assistance|winter support} {this winter|by $mon}, {after|amid} {cuts in foreign funding|a drought|floods in the north}.",
  "{Some|More than} $n Afghans have {returned|been deported} from {Pakistan|Iran} since $mon, {straining|stretching} {border towns|aid services|already scarce resources}, $person of the {International Organization for Migration|UN refugee agency} said.",
  "{Separately|Elsewhere|In other news}, {the cricket board|the football federation} {announced|confirmed} a {tour|series|match} against {Bangladesh|Sri Lanka|Zimbabwe|Ireland} {in $mon|next year}.",
  "{Women remain barred from|Girls are still banned from} {secondary school|university|most jobs}, a policy that has {drawn condemnation|left the Taliban isolated} {abroad|internationally}.",
  "{Power cuts|Fuel shortages|Rising bread prices} {have hit|continue to affect} $acity{ this month|}, residents said, and {the government|local authorities} {promised|pledged} {relief|new imports|subsidies}.",
  "An earthquake of magnitude $mag struck {the west|the north-east|the border region} {in $mon|last month}, {killing|injuring} {dozens of|hundreds of|several} people, the {disaster ministry|Red Crescent} said.",
  "The Torkham border crossing {reopened|was closed again} {on $w|this week} after {clashes between border forces|a dispute over a new checkpoint|talks between tribal elders}, {stranding|freeing} {hundreds of|} trucks {loaded with|carrying} $crop.",
  "{Opium poppy cultivation|Poppy farming} {fell|dropped} by {about|nearly} $pct% {after the Taliban's 2022 ban|last season}, the UN Office on Drugs and Crime said, {leaving farmers without income|though stockpiles remain}.",
  "{Uzbekistan|Turkmenistan|Kazakhstan} and the Taliban {signed|discussed} {agreements|a memorandum} on {a trans-Afghan railway|electricity imports|a gas pipeline} worth ${$bn billion|$mn million}, $person said.",
  "{The IMF|The World Bank|The Asian Development Bank} {projected|forecast} that {Pakistan's|Afghanistan's} economy would grow {by $pct1%|by about $pct1 percent} {this year|next year}, {citing|despite} {weak remittances|high inflation|lower aid}.",
  "{Beijing|Moscow|Tehran} {has accepted|received} a Taliban {ambassador|envoy}, {a step toward|stopping short of} formal recognition of the {administration|government} in Kabul.",
  "{Flash floods|Heavy rains|A cold wave} in {Baghlan|Badakhshan|Ghor|Khyber Pakhtunkhwa|Balochistan} {killed|affected} {dozens of|hundreds of} people {this week|last month}, {officials|aid groups} said.",
  "{The Taliban|Pakistani authorities} {announced|began} a {census|polio vaccination drive|registration drive} {covering|aimed at} $n {children|households|people}{ in the south| across the country|}.",
  "{Pakistan's|Iran's} {parliament|cabinet} {approved|debated} a {budget|bill} on {fuel prices|border fencing|refugee registration} {on $w|this week}, {amid protests|with little debate}.",
];
function noise(g, c) {
  const v = {
    pct: g.int(2, 40),
    pct1: (g.int(5, 45) / 10).toFixed(1),
    bn: (g.int(11, 95) / 10).toFixed(1),
    mn: g.int(12, 950),
    city: g.pick(["Kabul", "Islamabad", "Tashkent", "Doha", "Beijing", "Tehran", "Moscow", "Geneva", "Ashgabat"]),
    acity: g.pick(["Kabul", "Herat", "Kandahar", "Peshawar", "Quetta", "Karachi", "Mazar-i-Sharif"]),
    person: personOf(g, g.pick(["af", "pk", "west"])),
    n: digits(g.int(10, 900) * 1000),
    mon: MONTHS[g.int(0, 11)],
    w: g.pick(WEEKDAYS),
    mag: `${g.int(4, 6)}.${g.int(0, 9)}`,
    crop: g.pick(["wheat", "saffron", "pomegranates", "coal", "pine nuts", "cotton", "dried fruit", "fresh grapes"]),
  };
  return g.t(NOISE, v);
}
function passing(g, c) {
  const v = { past: g.pick(PAST_ATTACKS), w: g.pick(WEEKDAYS), place: g.pick(PLACES.filter((p) => p.country !== "Russia" && p.country !== "Tajikistan")).city, k: words(g.int(2, 14)), mon: MONTHS[g.int(0, 11)], grp: g.pick(ISKP_NAMES) };
  return g.t(
    [
      "{Last week|Last month|Earlier this year}, $k people were killed {when|after} a bomb exploded in $place; $grp claimed that attack.",
      "It was the {second|third|latest} attack in $place since $mon, after $past.",
      "On $w, a separate {blast|shooting} in $place {killed|wounded} $k {people|police officers}, {officials said|police said}.",
      "The attack {recalled|came months after|echoed} $past.",
      "In $mon, {gunmen|a bomber} {killed|wounded} $k {people|worshippers|Taliban fighters} in $place in an attack {claimed by $grp|that officials blamed on $grp|for which no group claimed responsibility}.",
    ],
    v,
  );
}
const ANALYSIS = [
  "{UN monitors|Western officials|Analysts} say $iskp {remains|is} {the most serious|a persistent|a growing} threat {in the region|to the Taliban|beyond Afghanistan's borders}.",
  "{Three|Four|Nearly three} years after the Taliban returned to power, $iskp {has shifted|is shifting} its focus {abroad|to external operations|to high-profile attacks}.",
  "{Plots|Arrests} linked to the group {have been reported|were disclosed} in {Germany, Austria and Turkey|Tajikistan and Kyrgyzstan|the United States and Europe} {since 2023|over the past year}, {officials said|according to court records}.",
  "{Tajik|Uzbek|Central Asian} nationals {make up|account for} a {growing|significant} share of its recruits, {drawn by|reached through} online propaganda {in their own languages|on Telegram}.",
  "The Taliban's {intelligence service|General Directorate of Intelligence} {has raided|says it has dismantled} {cells|hideouts} in {Kabul, Nangarhar and Kunar|the north}, {killing or detaining|arresting} {dozens of|several} {suspected members|commanders}.",
  "{The group's finances rely|Its funding relies} {partly|heavily} on {transfers through hawala networks|extortion|donations from abroad}, {according to|said} a {UN monitoring report|U.S. Treasury statement}.",
];
function analysis(g, c) {
  return g.t(ANALYSIS, { iskp: c.iskp });
}

/** Adds paragraphs of sentences from builders; no sentence twice in one report. */
function para(g, c, builders, n, cap = Infinity) {
  const out = [];
  for (let k = 0, guard = 0; k < n && guard < 20; guard++) {
    const b = g.pick(builders);
    if ((c.counts.get(b) ?? 0) >= cap) continue;
    const s = tidy(b(g, c));
    if (c.used.has(s)) continue;
    c.used.add(s);
    c.counts.set(b, (c.counts.get(b) ?? 0) + 1);
    out.push(s);
    k++;
  }
  return out.join(" ");
}

function buildReport(g, c) {
  const title = headline(g, c);
  const dl = dateline(g, c);
  const paras = [];
  const p = (builders, lo = 1, hi = 2, cap = Infinity) => para(g, c, builders, g.int(lo, hi), cap);
  if (c.kind === "iskp" || c.kind === "other") {
    paras.push(dl + p([lead], 1, 1));
    const rest = [p([casualtyDetail], 1, 2), p([claim], 1, 1) + (g.chance(0.5) ? " " + p([quote], 1, 1) : "")];
    if (c.finalKilled) rest.push(p([tollUpdate], 1, 1));
    rest.push(p([quote], 1, 2));
    if (c.kind === "iskp") {
      rest.push(p([background], 1, 3));
      if (g.chance(0.6)) rest.push(p([estimate, background], 1, 2));
    } else {
      rest.push(p([otherBackground], 1, 2));
      if (g.chance(0.3)) rest.push(p([background], 1, 2));
    }
    if (g.chance(0.5)) rest.push(p([passing], 1, 2));
    paras.push(...rest.slice(0, 2), ...g.shuffle(rest.slice(2)));
  } else if (c.kind === "analysis") {
    paras.push(dl + p([analysis], 1, 2));
    paras.push(p([estimate], 1, 2), p([analysis, background], 2, 3), p([estimate, background], 1, 2));
    if (g.chance(0.7)) paras.push(p([passing, analysis], 1, 2));
  } else {
    paras.push(dl + p([noise], 1, 2), p([noise], 1, 3));
  }
  const target = g.int(MIN_BYTES + 100, MAX_BYTES - 300);
  const fillers = c.kind === "noise" ? [noise] : c.kind === "analysis" ? [analysis, background, estimate, noise, passing] : [noise, noise, background, quote, passing, estimate, casualtyDetail];
  let text = `${title}\n\n${paras.filter(Boolean).join("\n\n")}\n`;
  for (let guard = 0; Buffer.byteLength(text) < target && guard < 60; guard++) {
    const q = p(fillers, 1, 3, c.kind === "noise" ? Infinity : 4);
    if (!q) continue;
    if (Buffer.byteLength(text) + Buffer.byteLength(q) + 2 > MAX_BYTES) {
      if (Buffer.byteLength(text) >= MIN_BYTES) break;
      continue;
    }
    text += `\n${q}\n`;
  }
  if (g.chance(0.4)) text += `\n(${g.pick(["Reporting by", "Writing by", "Additional reporting by"])} ${personOf(g, g.pick(["af", "pk", "west"]))}; Editing by ${personOf(g, "west")})\n`;
  return { title, text };
}
/** Report i of the corpus for a seed: { name, text, meta } where meta (a sidecar object) or null. */
export function generateReport(seed, i, salt = 0) {
  const g = new Gen(mulberry32(reportSeed(seed, i, salt)));
  const c = makeCtx(g, i);
  const { title, text } = buildReport(g, c);
  let meta = null;
  if (g.chance(0.35)) {
    const pub = new Date(c.date.getTime() + (g.chance(0.3) ? 86400000 : 0));
    meta = { outlet: c.outlet.name, published: pub.toISOString().slice(0, 10) };
    if (g.chance(0.5)) meta.title = title;
    if (g.chance(0.5)) meta.url = `${c.outlet.url}${title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${c.year}${String(c.month + 1).padStart(2, "0")}${String(c.day).padStart(2, "0")}-${i}`;
  }
  return { name: `r${String(i).padStart(5, "0")}`, text, meta, kind: c.kind };
}

/**
 * Makes sure dir holds the corpus for (seed, reports, GENERATOR_VERSION); generates it when missing or stale.
 * Returns the manifest: { version, seed, reports, files, sidecars, bytes, sha256, kinds }.
 */
export function ensureCorpus({ dir, seed = 1, reports = 10000, log = () => {} }) {
  const manifestPath = join(dir, ".manifest.json"); // a dot-file: ingest skips it
  if (existsSync(manifestPath)) {
    try {
      const m = JSON.parse(readFileSync(manifestPath, "utf8"));
      if (m.version === GENERATOR_VERSION && m.seed === seed && m.reports === reports) return { ...m, cached: true };
    } catch {
      /* regenerate */
    }
  }
  log(`generating corpus: ${reports} reports, seed ${seed}, generator v${GENERATOR_VERSION} → ${dir}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const all = createHash("sha256");
  const seen = new Set();
  const kinds = {};
  let bytes = 0;
  let sidecars = 0;
  let minB = Infinity;
  let maxB = 0;
  for (let i = 0; i < reports; i++) {
    let r = generateReport(seed, i);
    let h = createHash("sha256").update(r.text).digest("hex");
    for (let salt = 1; seen.has(h); salt++) {
      r = generateReport(seed, i, salt); // a duplicate would be skipped by ingest: make every report unique
      h = createHash("sha256").update(r.text).digest("hex");
    }
    seen.add(h);
    all.update(h);
    const b = Buffer.byteLength(r.text);
    bytes += b;
    minB = Math.min(minB, b);
    maxB = Math.max(maxB, b);
    kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    writeFileSync(join(tmp, `${r.name}.txt`), r.text);
    if (r.meta) {
      sidecars++;
      writeFileSync(join(tmp, `${r.name}.meta.json`), JSON.stringify(r.meta, null, 2) + "\n");
    }
  }
  const manifest = { version: GENERATOR_VERSION, seed, reports, files: reports, sidecars, bytes, minBytes: minB, maxBytes: maxB, kinds, sha256: all.digest("hex") };
  writeFileSync(join(tmp, ".manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { ...manifest, cached: false };
}

// `node bench/corpus.mjs [--reports N] [--seed S] [--out DIR]`: generate only, print the manifest.
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (k, d) => {
    const i = process.argv.indexOf(k);
    return i >= 0 ? process.argv[i + 1] : d;
  };
  const reports = Number(arg("--reports", 10000));
  const seed = Number(arg("--seed", 1));
  const out = arg("--out", new URL(`./out/corpus-v${GENERATOR_VERSION}-s${seed}-n${reports}`, import.meta.url).pathname);
  const m = ensureCorpus({ dir: out, seed, reports, log: console.error });
  console.log(JSON.stringify({ dir: out, ...m }, null, 2));
}
