#!/usr/bin/env python3
"""Validate a generated dataset: python3 check.py DIR"""
import csv, re, sys, collections
d = sys.argv[1]
HEADER = ['id', 'civility', 'birth_surname', 'usage_surname', 'first_names', 'aliases', 'sex', 'birth_date', 'death_date',
          'birth_commune_code', 'birth_commune_name', 'birth_country_code', 'birth_country_name', 'nationality']
raw = open(d + '/persons.csv', 'rb').read()
assert not raw.startswith(b'\xef\xbb\xbf'), 'BOM'
raw.decode('utf-8')
with open(d + '/persons.csv', encoding='utf-8', newline='') as f:
    r = csv.reader(f)
    assert next(r) == HEADER
    rows = list(r)
assert all(len(x) == len(HEADER) for x in rows), 'field count'
ids = [x[0] for x in rows]
assert len(set(ids)) == len(ids), 'duplicate ids'
with open(d + '/truth.csv', encoding='utf-8', newline='') as f:
    r = csv.reader(f)
    assert next(r) == ['id', 'person']
    truth = dict(r)
assert set(truth) == set(ids), 'truth/persons id mismatch'
date_re = re.compile(r'^$|^\d{4}-\d{2}-\d{2}$')
bad = collections.Counter()
for x in rows:
    if not date_re.match(x[7]): bad['birth_date_format'] += 1
    if not date_re.match(x[8]): bad['death_date_format'] += 1
    if x[9] and not re.match(r'^(\d{5}|2[AB]\d{3})$', x[9]): bad['commune_code_format'] += 1
    if x[11] and not re.match(r'^99\d{3}$', x[11]): bad['country_code_format'] += 1
    if x[1] not in ('', 'M.', 'MME', 'MLLE'): bad['civility'] += 1
    if x[6] not in ('', 'M', 'F'): bad['sex'] += 1
    if not x[2]: bad['empty_surname'] += 1
assert not any(v for k, v in bad.items() if k != 'empty_surname'), bad
size = collections.Counter(truth.values())
pairs = sum(n * (n - 1) // 2 for n in size.values())
# look-alike check: different persons sharing (birth_surname, first first name, birth_date) in at least one record pair
key = collections.defaultdict(set)
for x in rows:
    fn = x[4].split(',')[0].strip().upper()
    if x[7] and '00' not in x[7][5:]:
        key[(x[2].upper(), fn, x[7])].add(truth[x[0]])
collide = sum(1 for v in key.values() if len(v) > 1)
print('%s: records=%d persons=%d true_pairs=%d max_records_per_person=%d empty_surname=%d '
      'keys(surname,first,dob)_shared_by_different_persons=%d OK' %
      (d, len(rows), len(size), pairs, max(size.values()), bad['empty_surname'], collide))
