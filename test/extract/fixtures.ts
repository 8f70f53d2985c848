// Realistic news-style paragraphs (written for these tests, in the style of wire stories) used to check that the
// extractor reads news prose in general, not the seed reports.
export const RUSSIAN_EMBASSY = `KABUL, Sept 5 (Reuters) - Two Russian embassy staff and four Afghans were killed when a suicide bomber blew himself up near the entrance of the Russian embassy in the Afghan capital Kabul on Monday, officials said.
The attacker was shot by armed guards as he approached the gate, police said. At least 10 people were wounded.
The Islamic State group claimed responsibility for the attack in a statement on its Amaq news agency.
Russia was one of the few countries to keep an embassy open after the Taliban seized power in August 2021.`;

export const KUNDUZ_MOSQUE = `By Staff Writer
KUNDUZ, Afghanistan (AP) — A suicide bomber targeted a Shiite mosque packed with worshippers at Friday prayers in northern Kunduz province, killing at least 46 people and wounding dozens, officials said.
The Islamic State group's regional affiliate, known as IS-K, claimed responsibility for the bombing, saying the attacker was a Uyghur.
Later, a Taliban spokesman said the death toll had risen to 72.
The attack was the deadliest since U.S. and NATO forces left Afghanistan at the end of August.`;

export const PESHAWAR_2023 = `PESHAWAR, Pakistan — A suicide bomber struck a crowded mosque inside a police compound in the northwestern city of Peshawar on Monday, killing at least 59 people, officials said.
The blast in the Police Lines area wounded more than 150 others. Pakistani Taliban commander Sarbakaf Mohmand claimed responsibility for the attack, but the TTP later distanced itself from the bombing.
The death toll rose to 100 on Tuesday as rescuers pulled more bodies from the rubble.`;

export const KERMAN = `Two explosions ripped through a crowd marking the anniversary of the killing of General Qassem Soleimani in the southern Iranian city of Kerman on Wednesday, killing 84 people and wounding 284, state media reported.
The Islamic State group claimed responsibility for the twin bombings on Thursday, saying two of its members had detonated explosive belts.
Iran's interior minister said the death toll had been revised to 89.`;

export const CROCUS = `Gunmen opened fire on concertgoers at the Crocus City Hall near Moscow on Friday night, killing at least 133 people in the deadliest attack in Russia in two decades.
Islamic State claimed responsibility for the attack, and U.S. officials said they had intelligence pointing to ISIS-K.
The group also claimed a 2021 attack on Kabul airport that killed 170 people.`;

export const BALOCH = `QUETTA, Pakistan (Reuters) - Separatist militants attacked a train in Pakistan's southwestern Balochistan province on Tuesday, killing 26 people, the military said.
The Baloch Liberation Army (BLA) claimed responsibility for the attack in a statement.`;

export const ANALYSIS = `ISKP attacks have become more geographically dispersed since 2021. The group threatened to attack humanitarian organizations and foreign embassies.
According to the UN monitoring team, ISKP has between 4,000 and 6,000 fighters in Afghanistan.
The group claimed dozens of attacks in 2021-22, and carried out 77 attacks in the first four months of 2021.
The Taliban will probably not be able to defeat ISKP in the near term.`;

export const BAJAUR = `KHAR, Pakistan (AP) — A suicide bombing at a political rally of the Jamiat Ulema-e-Islam party in Pakistan's Bajaur district on Sunday killed 54 people, police said, and the Islamic State group claimed the attack on Monday.
Officials blamed the Islamic State group's local affiliate.`;

export const BALKH_GOVERNOR = `MAZAR-I-SHARIF, Afghanistan, March 9 (Reuters) - The Taliban governor of Afghanistan's northern Balkh province, Mohammad Dawood Muzammil, was killed on Thursday in an explosion at his office, a spokesman for the provincial police said.
Two other people were killed in the blast, he said. Islamic State has claimed responsibility for the attack, according to a statement by the group's Amaq news agency.`;

export const KABUL_HOTEL = `Gunmen stormed a hotel popular with Chinese nationals in central Kabul on Monday, Taliban officials said, with three attackers killed and two foreign guests injured as they tried to escape.
Islamic State Khorasan Province (ISKP) claimed responsibility for the assault on the Kabul Longan Hotel.
The attack came a week after an assault on Pakistan's embassy in Kabul, which was also claimed by the group.`;

export const BAMIYAN = `Gunmen opened fire on a group of foreign tourists in the central Afghan province of Bamiyan on Friday, killing three Spaniards and three Afghans, Taliban officials said.
Seven people, including four foreigners, were wounded. No group immediately claimed responsibility, but Islamic State has carried out attacks on foreigners before.`;
