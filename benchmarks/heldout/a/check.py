#!/usr/bin/env python3
"""Validate a generated dataset: python3 check.py DIR"""
import csv, sys, os, unicodedata
from collections import Counter

HEADER = ["id", "civility", "birth_surname", "usage_surname", "first_names", "aliases", "sex", "birth_date",
          "death_date", "birth_commune_code", "birth_commune_name", "birth_country_code", "birth_country_name",
          "nationality"]
d = sys.argv[1]
raw = open(os.path.join(d, "persons.csv"), "rb").read(3)
assert raw != b"\xef\xbb\xbf", "BOM present"
with open(os.path.join(d, "persons.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    hdr = next(r)
    assert hdr == HEADER, hdr
    rows = list(r)
assert all(len(x) == len(HEADER) for x in rows), "bad field count"
with open(os.path.join(d, "truth.csv"), encoding="utf-8", newline="") as f:
    r = csv.reader(f)
    assert next(r) == ["id", "person"]
    truth = dict((a, b) for a, b in r)
ids = [x[0] for x in rows]
assert len(set(ids)) == len(ids), "duplicate ids"
assert set(ids) == set(truth), "truth/persons id mismatch"
cnt = Counter(truth.values())
pairs = sum(n * (n - 1) // 2 for n in cnt.values())
dup = [x for x in rows if cnt[truth[x[0]]] > 1]
miss = sum(1 for x in dup if x[7] == "")
part = sum(1 for x in dup if x[7] and ("-00" in x[7] or x[7].startswith("0000")))
print(f"records={len(rows)} persons={len(cnt)} true_pairs={pairs} max_cluster={max(cnt.values())}")
print(f"persons with >1 record={sum(1 for n in cnt.values() if n > 1)}; duplicate records={len(dup)}; "
      f"their birth_date empty={miss} ({100*miss/len(dup):.1f} %), partial={part} ({100*part/len(dup):.1f} %)")
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(c))
# surname frequencies over persons (first record of each person)
seen, sn = set(), Counter()
for x in rows:
    p = truth[x[0]]
    if p not in seen:
        seen.add(p)
        sn[norm(x[2])] += 1
print(f"distinct birth_surname strings (records): {len(set(norm(x[2]) for x in rows))}")
print("top surnames (% of persons):", ", ".join(f"{k} {100*v/len(cnt):.2f}" for k, v in sn.most_common(12)))
for col, name in ((11, "birth_country_code"), (13, "nationality"), (6, "sex"), (1, "civility")):
    c = Counter(x[col] for x in rows)
    print(name, ", ".join(f"{k or '<empty>'} {100*v/len(rows):.1f}%" for k, v in c.most_common(10)))
print("usage_surname non-empty: %.1f %%" % (100 * sum(1 for x in rows if x[3]) / len(rows)))
print("aliases non-empty: %.1f %%" % (100 * sum(1 for x in rows if x[5]) / len(rows)))
print("death_date non-empty: %.2f %%" % (100 * sum(1 for x in rows if x[8]) / len(rows)))
print("birth_commune_code empty while born in France (no country): %.1f %%" % (
    100 * sum(1 for x in rows if not x[9] and not x[11] and not x[12]) / len(rows)))
print("OK")
