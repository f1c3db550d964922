#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Held-out generator (letter a) of French civil-status person records with known duplicates.

Usage: python3 generate.py --persons N --seed S --output DIR
Writes DIR/persons.csv and DIR/truth.csv. Standard library only; deterministic for a seed.
See README.md for the model and the rates.
"""
import argparse
import bisect
import csv
import gzip
import itertools
import os
import random
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names as N  # noqa: E402

COMMUNES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tests", "Justice.Domain.Identity.Synthetic", "Data", "communes.csv.gz")
EXTRACTION_YEAR = 2024

# ============================================================ helpers
_ACC = {}
_SPECIAL = str.maketrans({"ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                          "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def strip_acc(s):
    r = _ACC.get(s)
    if r is None:
        t = unicodedata.normalize("NFD", s.translate(_SPECIAL))
        r = "".join(c for c in t if not unicodedata.combining(c))
        _ACC[s] = r
    return r


def upper(s):
    return s.translate(_SPECIAL).upper()


class Sampler:
    """Weighted sampler with precomputed cumulative weights (fast bisect)."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))
        self.tot = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def zipf_weights(n, k=6.0, a=0.75):
    return [1.0 / (r + k) ** a for r in range(1, n + 1)]


def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


PARTICLES = {"Le", "La", "Da", "Dos", "de", "De", "Du", "Van", "El", "Ben", "Aït", "Des", "Di"}


def parse_names(text):
    toks = text.split()
    out, cur = [], None
    for t in toks:
        cur = t if cur is None else cur + " " + t
        if t in PARTICLES or cur.split(" ")[-1] in PARTICLES:
            continue
        out.append(cur)
        cur = None
    return dedupe(out)


# AZERTY keyboard neighbours
_AZ = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBN"]
KEYN = defaultdict(list)
for ri, row in enumerate(_AZ):
    for ci, ch in enumerate(row):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == dc == 0:
                    continue
                r2, c2 = ri + dr, ci + dc
                if 0 <= r2 < 3 and 0 <= c2 < len(_AZ[r2]):
                    KEYN[ch].append(_AZ[r2][c2])
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def typo(s, rng):
    """One keyboard typo: insertion, deletion, substitution (neighbour key), transposition."""
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 3:
        return s
    i = letters[rng.randrange(1, len(letters))] if rng.random() < 0.85 else letters[0]
    r = rng.random()
    low = s[i].islower()
    if r < 0.22:  # insertion (often doubled letter)
        c = s[i] if rng.random() < 0.5 else rng.choice(KEYN.get(strip_acc(s[i]).upper(), ALPHA))
        c = c.lower() if low else c
        return s[:i] + c + s[i:]
    if r < 0.45:  # deletion
        return s[:i] + s[i + 1:]
    if r < 0.78:  # substitution
        base = strip_acc(s[i]).upper()
        c = rng.choice(KEYN[base]) if base in KEYN and rng.random() < 0.75 else rng.choice(ALPHA)
        c = c.lower() if low else c
        return s[:i] + c + s[i + 1:]
    j = i - 1  # transposition with previous char
    if j < 0 or not s[j].isalpha():
        return s[:i] + s[i + 1:]
    return s[:j] + s[i] + s[j] + s[i + 1:]


OCR = [("RN", "M"), ("M", "RN"), ("CL", "D"), ("D", "CL"), ("I", "L"), ("L", "I"), ("E", "F"), ("U", "V"), ("O", "0"),
       ("I", "1"), ("B", "8"), ("S", "5"), ("H", "N"), ("O", "Q"), ("G", "C"), ("rn", "m"), ("m", "rn"), ("l", "1"),
       ("e", "c"), ("o", "0")]


def ocr(s, rng):
    cands = [(a, b) for a, b in OCR if a in s]
    if not cands:
        return typo(s, rng)
    a, b = rng.choice(cands)
    idxs = [i for i in range(len(s)) if s.startswith(a, i)]
    i = rng.choice(idxs)
    return s[:i] + b + s[i + len(a):]


# French phonetic rewrites on an upper-case, accent-free name (pattern, replacement)
PHON = [("PH", "F"), ("F", "PH"), ("EAU", "O"), ("AU", "O"), ("O", "AU"), ("AI", "E"), ("AI", "AY"), ("EI", "AI"),
        ("QU", "K"), ("CK", "K"), ("C", "K"), ("K", "C"), ("Y", "I"), ("I", "Y"), ("TH", "T"), ("LL", "L"), ("TT", "T"),
        ("NN", "N"), ("SS", "S"), ("RR", "R"), ("MM", "M"), ("L", "LL"), ("T", "TT"), ("N", "NN"), ("AN", "EN"),
        ("EN", "AN"), ("IN", "AIN"), ("AIN", "IN"), ("EIN", "AIN"), ("GE", "J"), ("X", "S"), ("Z", "S"), ("W", "V"),
        ("CQ", "C"), ("ER", "EZ"), ("ET", "ER"), ("OT", "AUT"), ("AULT", "AUT"), ("AUD", "AULT"), ("S", "Z"),
        ("OUX", "OU"), ("OIS", "OIT")]


def phonetic(s, rng):
    cands = [(a, b) for a, b in PHON if a in s[1:]]
    if not cands:
        return s
    a, b = rng.choice(cands)
    idxs = [i for i in range(1, len(s)) if s.startswith(a, i)]
    i = rng.choice(idxs)
    return s[:i] + b + s[i + len(a):]


# ============================================================ origin-specific transliteration (natural case)
def _sub_one(s, pairs, rng):
    low = s.lower()
    cands = [(a, b) for a, b in pairs if a.lower() in low]
    if not cands:
        return s
    a, b = rng.choice(cands)
    i = low.find(a.lower())
    if a[:1].isupper() or i == 0:
        b = b[:1].upper() + b[1:] if i == 0 else b
    return s[:i] + b + s[i + len(a):]


MAG_PAIRS = [("Ben ", "Ben"), ("Ben ", "Ben-"), ("Ben ", "Benn "), ("Ben ", "Bin "), ("Ben", "Ben "), ("Ben", "Benn"),
             ("ou", "u"), ("ou", "o"), ("ch", "sh"), ("dj", "j"), ("kh", "k"), ("kh", "h"), ("El ", "El-"),
             ("El ", "Al-"), ("El ", ""), ("El ", "Al "), ("Aït ", "Ait "), ("Aït ", "Ait-"), ("Aït ", "Aït"),
             ("ss", "s"), ("dd", "d"), ("mm", "m"), ("s", "ss"), ("d", "dd"), ("i", "y"), ("ï", "i"), ("aa", "a"),
             ("a", "e"), ("q", "k"), ("k", "q"), ("ou", "w"), ("e", ""), ("ç", "c"), ("ed", "id"), ("Boud", "Bouj")]
WAF_PAIRS = [("ou", "u"), ("ou", "w"), ("c", "k"), ("k", "c"), ("é", "e"), ("é", "ee"), ("N'", "N"), ("N", "N'"),
             ("y", "i"), ("i", "y"), ("Dj", "J"), ("dj", "j"), ("ll", "l"), ("l", "ll"), ("ss", "s"), ("s", "ss"),
             ("tt", "t"), ("t", "tt"), ("ï", "i"), ("aï", "ai"), ("Coul", "Koul"), ("Ou", "W"), ("ff", "f")]
PT_PAIRS = [("ç", "c"), ("ç", "s"), ("ões", "oes"), ("ões", "oens"), ("ão", "ao"), ("ão", "an"), ("s", "z"),
            ("lh", "li"), ("lh", "ll"), ("nh", "gn"), ("ei", "e"), ("rr", "r"), ("r", "rr"), ("Da ", "Da"),
            ("Da ", ""), ("Dos ", "Dos"), ("Dos ", ""), ("De ", ""), ("De ", "De"), ("Da ", "De "), ("á", "a"),
            ("ú", "u"), ("ã", "a"), ("ó", "o"), ("ei", "ey"), ("qu", "k")]
TR_PAIRS = [("ı", "i"), ("ı", "e"), ("ı", ""), ("ş", "s"), ("ş", "sh"), ("ş", "ch"), ("Ş", "S"), ("Ş", "Ch"),
            ("ç", "c"), ("ç", "ch"), ("ç", "tch"), ("Ç", "C"), ("Ç", "Tch"), ("ğ", ""), ("ğ", "g"), ("ö", "o"),
            ("ö", "oe"), ("Ö", "Oe"), ("ü", "u"), ("ü", "ue"), ("İ", "I"), ("Y", "I"), ("e", "a"), ("c", "dj")]
VN_PAIRS = [("Nguy", "Ngy"), ("guyễn", "guyên"), ("guyễn", "gyuen"), ("guyễn", "guen"), ("guyễn", "guyem"),
            ("uy", "ui"), ("Đ", "D"), ("Tr", "Ch"), ("ươ", "uo"), ("Huỳnh", "Huynh"), ("Hoàng", "Hoang"),
            ("Hoàng", "Huang"), ("Võ", "Vo"), ("Vũ", "Vu"), ("Đỗ", "Do"), ("Phạm", "Pham"), ("Lê", "Le")]
ORIGIN_PAIRS = {"MAG": MAG_PAIRS, "WAF": WAF_PAIRS, "PT": PT_PAIRS, "TR": TR_PAIRS, "VN": VN_PAIRS,
                "OTH": [("ł", "l"), ("ń", "n"), ("ś", "s"), ("w", "v"), ("sz", "ch"), ("cz", "tch"), ("ov", "off"),
                        ("ov", "ow"), ("ie", "i"), ("í", "i"), ("á", "a"), ("z", "s"), ("ñ", "n"), ("ñ", "gn")],
                "FR": []}


def translit(s, origin, rng):
    pairs = ORIGIN_PAIRS[origin]
    if not pairs:
        return s
    out = _sub_one(s, pairs, rng)
    if rng.random() < 0.3:
        out = _sub_one(out, pairs, rng)
    return out


# ============================================================ geography
class Geo:
    def __init__(self):
        rows = list(csv.DictReader(gzip.open(COMMUNES, "rt", encoding="utf-8")))
        self.name = {}
        cur = [r for r in rows if r["type"] == "commune-actuelle" and r["population"]]
        self.by_code = {r["code"]: r for r in cur}
        for r in rows:
            self.name.setdefault(r["code"], r["name"])
        for r in cur:
            self.name[r["code"]] = r["name"]
        arr = defaultdict(list)
        self.arr_row = {}
        for r in rows:
            if r["type"] == "arrondissement-municipal":
                arr[r["parent_code"]].append(r)
                self.arr_row[r["code"]] = r
        self.delegated = defaultdict(list)  # current code -> [(code, name)] of former communes
        for r in rows:
            if r["type"] in ("commune-deleguee", "commune-associee") and r["parent_code"] in self.by_code:
                if r["name"] != self.by_code[r["parent_code"]]["name"]:
                    self.delegated[r["parent_code"]].append((r["code"], r["name"]))
        for r in cur:
            for fc in filter(None, r["former_codes"].split("|")):
                if fc != r["code"] and not any(fc == c for c, _ in self.delegated[r["code"]]):
                    self.delegated[r["code"]].append((fc, None))
        # births: population-weighted; PLM cities split into arrondissements
        items, w, w_urban = [], [], []
        for r in cur:
            if r["zone"] == "com":
                continue
            p = float(r["population"])
            if r["code"] in arr:
                for a in arr[r["code"]]:
                    pa = float(a["population"] or 1)
                    items.append(a["code"]); w.append(pa); w_urban.append(pa ** 1.25)
            else:
                items.append(r["code"]); w.append(p); w_urban.append(p ** 1.25)
        self.birth = Sampler(items, w)
        self.birth_urban = Sampler(items, w_urban)
        self.dep_of = {r["code"]: r["departement"] for r in rows}
        bydep = defaultdict(list)
        for r in cur:
            bydep[r["departement"]].append(r)
        self.dep_codes = {d: sorted(x["code"] for x in lst) for d, lst in bydep.items()}
        self.dep_big = {d: [x["code"] for x in sorted(lst, key=lambda x: -float(x["population"]))[:8]]
                        for d, lst in bydep.items()}
        self.postal = {r["code"]: [p for p in r["postal_codes"].split("|") if p] for r in rows if r["postal_codes"]}

    def true_place(self, rng, urban=False, year=1990):
        code = (self.birth_urban if urban else self.birth)(rng)
        name = self.name[code]
        former = self.delegated.get(code)
        # older persons more often born in a commune that has since merged
        if former and rng.random() < (0.45 if year < 1990 else 0.25):
            fc, fname = rng.choice(former)
            return {"code": fc, "name": fname or name, "cur": code, "cur_name": name}
        return {"code": code, "name": name, "cur": code, "cur_name": name}


def render_commune(name, rng):
    r = rng.random()
    s = name
    if s.startswith("Paris ") or s.startswith("Lyon ") or s.startswith("Marseille "):
        city, num = s.split(" ")[0], s.split(" ")[1]
        num = "".join(c for c in num if c.isdigit())
        s = rng.choice([f"{city} {num}e Arrondissement", f"{city.upper()} {num}E", f"{city.upper()} {num}EME",
                        f"{city.upper()} {num}E ARRONDISSEMENT", f"{city.upper()} ({num}E)", f"{city.upper()}"])
        return s
    if r < 0.55:
        s = strip_acc(s).upper()
    elif r < 0.70:
        s = s.upper()
    if "aint" in s or "AINT" in s:
        if rng.random() < 0.25:
            s = s.replace("Saint-", "St-").replace("SAINT-", "ST-").replace("Sainte-", "Ste-").replace("SAINTE-", "STE-")
    if "-" in s and rng.random() < 0.15:
        s = s.replace("-", " ")
    for art in ("Le ", "La ", "Les ", "LE ", "LA ", "LES ", "L'"):
        if s.startswith(art) and rng.random() < 0.12:
            s = s[len(art):] + " (" + art.strip() + ")"
            break
    return s


# ============================================================ persons
ORIGINS = [("FR", 0.735), ("MAG", 0.172), ("WAF", 0.038), ("PT", 0.022), ("TR", 0.013), ("VN", 0.006), ("OTH", 0.014)]
MAG_COUNTRY = Sampler(["DZ", "MA", "TN"], [0.48, 0.37, 0.15])
WAF_COUNTRY = Sampler(["SN", "ML", "CI", "GN", "CM", "CD", "MR"], [0.22, 0.25, 0.17, 0.1, 0.1, 0.1, 0.06])


def age_weight(y):
    a = EXTRACTION_YEAR - y
    for lim, w in ((17, 0.45), (25, 1.0), (35, 0.95), (45, 0.7), (55, 0.45), (65, 0.25), (75, 0.1)):
        if a <= lim:
            return w
    return 0.04


YEARS = Sampler(range(1940, 2009), [age_weight(y) for y in range(1940, 2009)])
MDAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(rng, year):
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1] if not (m == 2 and year % 4) else 28)
    return (year, m, d)


def decade_band(y):
    for b in (2000, 1990, 1980, 1970, 1960):
        if y >= b:
            return b
    return 1940


class Pools:
    def __init__(self, rng):
        # ---- French surnames: known head + generated long tail, Zipf-like
        head = parse_names(N.FR_SURNAMES)
        gen = set(h.upper() for h in head)
        tail = []
        roots = N.FR_ROOTS.split()
        target = 200000
        tries = 0
        while len(tail) < target and tries < target * 4:
            tries += 1
            r = rng.random()
            if r < 0.30:
                s = rng.choice(roots) + (rng.choice(N.FR_MIDDLES) if rng.random() < 0.12 else "") + rng.choice(N.FR_SUFFIXES)
            elif r < 0.50:  # toponymic compounds: Duchesne, Laforge, Beaufort, Delahaye, Boisvert
                pf, nn = rng.choice(N.TOPO_PREF), rng.choice(N.TOPO_NOUN)
                s = pf + nn.capitalize() if pf.endswith(" ") else pf + nn
            elif r < 0.62:  # derived from a real head name: Morel -> Morelet, Bouchet -> Boucheron
                h = rng.choice(head[:250])
                if " " in h or "-" in h:
                    continue
                h = h.rstrip("eyx") if h[-1] in "eyx" else h
                s = h + rng.choice(["et", "ot", "in", "eau", "on", "ard", "ier", "el", "aud", "elle", "illon", "ereau", "eron"])
            elif r < 0.70:
                s = "Le " + rng.choice(N.BRETON_ROOTS + roots) + ("" if rng.random() < 0.6 else rng.choice(N.FR_SUFFIXES))
            elif r < 0.76:
                s = rng.choice(N.ALSACE_ROOTS) + rng.choice(["", "e", "el", "en", "l"]) + rng.choice(N.ALSACE_SUFF)
            elif r < 0.84:
                s = rng.choice(roots) + rng.choice(N.FR_MIDDLES) + rng.choice(N.SOUTH_SUFF)
            elif r < 0.88:
                s = rng.choice(roots) + rng.choice(N.CORSE_SUFF)
            elif r < 0.92:
                pf = rng.choice(N.NORD_PREF)
                s = pf + (rng.choice(roots).capitalize() if pf.endswith(" ") else rng.choice(roots).lower()) + rng.choice(N.NORD_SUFF)
            elif r < 0.975:
                s = rng.choice(["De ", "Du ", "La ", "Des "]) + rng.choice(roots) + rng.choice(N.FR_SUFFIXES)
            else:  # double-barrelled
                a = rng.choice(head[:400]) if rng.random() < 0.7 else rng.choice(roots) + rng.choice(N.FR_SUFFIXES)
                b = rng.choice(head[:400])
                s = a + "-" + b
            s = s.replace("  ", " ")
            k = s.upper()
            if k in gen:
                continue
            gen.add(k)
            tail.append(s)
        fr = head + tail
        w = zipf_weights(len(fr), 6.0, 0.75)
        w[0] *= 1.3  # MARTIN clearly first
        self.sur = {"FR": Sampler(fr, w)}
        # ---- Maghrebi
        mag = list(N.MAG_SURNAMES)
        seen = set(m.upper() for m in mag)
        roots = N.MAG_ROOTS
        for _ in range(60000):
            r = rng.random()
            x = rng.choice(roots)
            if r < 0.55:  # pattern stems: Lahmouche, Mezrani, Ben Chaddi, Bouzerda
                x = rng.choice(N.MAG_ON) + rng.choice(N.MAG_V) + rng.choice(N.MAG_MID)
                e = rng.choice(N.MAG_END)
                pr = rng.random()
                s = ("Ben " if pr < 0.08 else "Ben" if pr < 0.16 else "Bou" if pr < 0.26 else "El " if pr < 0.31
                     else "Aït " if pr < 0.35 else "") + x + e
                s = s[0].upper() + s[1:]
                if pr < 0.26 and pr >= 0.08:
                    s = s[:3] + s[3:].lower()
            elif r < 0.65:
                s = "Ben " + x if rng.random() < 0.5 else "Ben" + x.lower()
            elif r < 0.45:
                s = "Bou" + x.lower()
            elif r < 0.75:
                s = x + ("oui" if x[-1] in "aeiou" else "i")
            elif r < 0.85:
                s = "El " + x + ("" if x[-1] in "aeiou" else "i")
            elif r < 0.93:
                s = "Aït " + x
            else:
                s = x + ("" if x[-1] in "aeiou" else rng.choice(["a", "ane", "ouche", "aoui", "ine"]))
            if s.upper() not in seen:
                seen.add(s.upper())
                mag.append(s)
        self.sur["MAG"] = Sampler(mag, zipf_weights(len(mag), 3.0, 0.8))
        waf = list(N.WAF_SURNAMES)
        seen = set(x.upper() for x in waf)
        syl = "Ka Ko Dia Ba Sa Si Tou Dou Ma Mba Nia Fo Ke Ki Sou Ta Da Ga Bo Lo Kou Ya".split()
        for _ in range(4000):
            s = rng.choice(syl) + rng.choice(syl).lower() + rng.choice(["", "ré", "té", "ra", "ko", "ssa", "ba", "llo", "ni"])
            if s.upper() not in seen:
                seen.add(s.upper())
                waf.append(s)
        self.sur["WAF"] = Sampler(waf, zipf_weights(len(waf), 2.0, 0.95))
        self.sur["PT"] = Sampler(N.PT_SURNAMES, zipf_weights(len(N.PT_SURNAMES), 1.0, 0.9))
        tr = list(N.TR_SURNAMES)
        seen = set(tr)
        for _ in range(2000):
            s = rng.choice(N.TR_ROOTS) + rng.choice(N.TR_SUFF)
            if s not in seen:
                seen.add(s)
                tr.append(s)
        self.sur["TR"] = Sampler(tr, zipf_weights(len(tr), 1.0, 1.0))
        self.sur["VN"] = Sampler(N.VN_SURNAMES, [38, 11, 10, 7, 5, 5, 4.5, 3.9, 3.9, 3, 2.5, 2.2, 2.1, 1.8, 1.5, 1.5, 1.4,
                                                 1.3, 1.0, 0.8, 0.6, 0.5, 0.5, 0.4, 0.4])
        # ---- first names by decade
        self.fr_first = {}
        for sex, table, tailn in (("M", N.FR_FIRST_M, N.FR_FIRST_TAIL_M), ("F", N.FR_FIRST_F, N.FR_FIRST_TAIL_F)):
            for b, lst in table.items():
                items = dedupe(lst) + [t for t in tailn if t not in lst]
                w = zipf_weights(len(lst), 3.0, 0.9) + [0.004] * (len(items) - len(lst))
                self.fr_first[(sex, b)] = Sampler(items, w)
        mk = lambda lst: Sampler(dedupe(lst), zipf_weights(len(dedupe(lst)), 2.0, 0.85))
        self.first = {("MAG", "M"): mk(N.MAG_FIRST_M), ("MAG", "F"): mk(N.MAG_FIRST_F),
                      ("WAF", "M"): mk(N.WAF_FIRST_M), ("WAF", "F"): mk(N.WAF_FIRST_F),
                      ("PT", "M"): mk(N.PT_FIRST_M), ("PT", "F"): mk(N.PT_FIRST_F),
                      ("TR", "M"): mk(N.TR_FIRST_M), ("TR", "F"): mk(N.TR_FIRST_F)}
        self.other = {k: (v[0], v[1], v[2], mk(v[3]), mk(v[4]), mk(v[5]), k) for k, v in N.OTHER.items()}
        self.other_pick = Sampler(list(N.OTHER), [0.3, 0.1, 0.12, 0.1, 0.2, 0.1, 0.08])
        # variants
        self.var = {}
        for line in N.FIRST_VARIANTS:
            grp = [x.replace("_", " ") for x in line.split()]
            for g in grp:
                self.var.setdefault(g, [x for x in grp if x != g])


def make_first_names(pools, rng, origin, sex, year, born_fr, sub=None):
    """Returns a list of first names (natural case)."""
    band = decade_band(year)
    frs = pools.fr_first[(sex, band)]
    if origin == "FR":
        pick = lambda: frs(rng)
    elif origin == "VN":
        if born_fr and rng.random() < 0.7:
            first = frs(rng)
            return [first] + ([rng.choice(N.VN_GIVEN_M if sex == "M" else N.VN_GIVEN_F)] if rng.random() < 0.6 else [])
        mid = rng.choice(N.VN_MIDDLE_M if sex == "M" else N.VN_MIDDLE_F)
        giv = rng.choice(N.VN_GIVEN_M if sex == "M" else N.VN_GIVEN_F)
        return [mid + " " + giv]
    elif origin == "OTH":
        s = sub[4] if sex == "M" else sub[5]
        pick = (lambda: s(rng)) if not born_fr or rng.random() < 0.5 else (lambda: frs(rng))
    else:
        s = pools.first[(origin, sex)]
        p_fr = 0.0 if not born_fr else (0.15 if year < 1985 else 0.3)
        pick = lambda: frs(rng) if rng.random() < p_fr else s(rng)
    r = rng.random()
    n = 1 if r < 0.30 else 2 if r < 0.76 else 3 if r < 0.97 else 4
    if origin not in ("FR",) and rng.random() < 0.4:
        n = 1
    out = []
    for _ in range(n * 3):
        if len(out) >= n:
            break
        x = pick() if len(out) == 0 else (pick() if rng.random() < 0.6 else pools.fr_first[(sex, 1940)](rng) if origin == "FR" else pick())
        if x not in out:
            out.append(x)
    return out


def make_person(pools, geo, rng, pid, origin=None):
    if origin is None:
        r = rng.random()
        acc = 0.0
        for o, p in ORIGINS:
            acc += p
            if r < acc:
                origin = o
                break
        else:
            origin = "FR"
    sex = "M" if rng.random() < 0.82 else "F"  # criminal chain: ~82 % men
    year = YEARS(rng)
    sub = None
    if origin == "OTH":
        sub = pools.other[pools.other_pick(rng)]
        surname = sub[3](rng)
    else:
        surname = pools.sur[origin](rng)
        if origin == "PT" and rng.random() < 0.22:  # Portuguese double surname: Da Silva Ferreira
            b = pools.sur["PT"](rng).split(" ")[-1]
            if b not in surname:
                surname = surname + " " + b
    # born abroad ?
    if origin == "FR":
        p_abroad = 0.07 if year < 1962 else 0.012
    elif origin == "OTH":
        p_abroad = 0.75 if year < 1970 else 0.6
    else:
        base = {"MAG": (0.75, 0.45, 0.24), "WAF": (0.85, 0.6, 0.45), "PT": (0.8, 0.5, 0.1), "TR": (0.85, 0.5, 0.15),
                "VN": (0.8, 0.5, 0.1)}[origin]
        p_abroad = base[0] if year < 1970 else base[1] if year < 1985 else base[2]
    born_fr = rng.random() >= p_abroad
    iso = None
    if origin == "MAG":
        iso = MAG_COUNTRY(rng)
    elif origin == "WAF":
        iso = WAF_COUNTRY(rng)
    elif origin in ("PT", "TR", "VN"):
        iso = origin
    elif origin == "OTH":
        iso = sub[6]
    if born_fr:
        place = geo.true_place(rng, urban=origin != "FR", year=year)
        country = None
    else:
        if origin == "FR":
            iso_b = rng.choice(["DZ", "DZ", "DZ", "MA", "TN"]) if year < 1962 else rng.choice(["MA", "SN", "CI", "DZ"])
            ccode, cname, cities = N.COUNTRIES[iso_b]
        elif origin == "OTH":
            ccode, cname, cities = sub[0], sub[1], sub[2]
        else:
            ccode, cname, cities = N.COUNTRIES[iso]
        place = None
        country = (ccode, cname, rng.choice(cities))
    if origin == "FR":
        nat = "FR" if born_fr or rng.random() < 0.9 else None
    elif born_fr:
        nat = "FR" if rng.random() < 0.85 else iso
    else:
        nat = iso if rng.random() < 0.55 else "FR"
    nat = nat or "FR"
    fn = make_first_names(pools, rng, origin, sex, year, born_fr, sub)
    usage = None
    if sex == "F" and EXTRACTION_YEAR - year >= 22 and rng.random() < (0.55 if year < 1975 else 0.35):
        husband_origin = origin if rng.random() < 0.75 else "FR"
        if husband_origin == "OTH":
            husband_origin = "FR"
        usage = pools.sur[husband_origin](rng)
        if rng.random() < 0.06:
            usage = usage + "-" + surname  # double usage name
    elif sex == "M" and rng.random() < 0.004:
        usage = pools.sur["FR"](rng)
    death = None
    if rng.random() < (0.12 if year < 1955 else 0.015):
        dy = rng.randint(min(max(year + 18, 1990), 2023), 2024)
        death = rand_date(rng, dy)
    return {"pid": pid, "origin": origin, "sex": sex, "surname": surname, "usage": usage, "first": fn,
            "date": rand_date(rng, year), "born_fr": born_fr, "place": place, "country": country,
            "nat": nat, "iso": iso or "FR", "sub": sub, "death": death, "hard": None}


# ============================================================ hard non-matches
def similar_first(pools, rng, p, sex):
    """A different but similar first name (twin / sibling)."""
    f = p["first"][0]
    if "-" in f and rng.random() < 0.7:
        a = f.split("-")[0]
        band = decade_band(p["date"][0])
        for _ in range(20):
            x = pools.fr_first[(sex, band)](rng)
            if x.startswith(a + "-") and x != f:
                return x
        return a + "-" + rng.choice(["Luc", "Marc", "Paul", "Louis", "Michel", "François", "Baptiste"] if sex == "M"
                                    else ["Claire", "Laure", "Anne", "Christine", "Hélène", "Pierre", "Sophie"])
    for _ in range(30):
        x = make_first_names(pools, rng, p["origin"], sex, p["date"][0], p["born_fr"], p["sub"])[0]
        if x != f and (x[0] == f[0] or rng.random() < 0.3):
            return x
    return x


def clone(p, pid, kind):
    q = dict(p)
    q["pid"] = pid
    q["first"] = list(p["first"])
    q["hard"] = kind
    q["usage"] = None
    q["death"] = None
    return q


def make_hard(pools, geo, rng, p, pid, kind):
    q = clone(p, pid, kind)
    y, m, d = p["date"]
    if kind == "twin":
        q["sex"] = p["sex"] if rng.random() < 0.65 else ("F" if p["sex"] == "M" else "M")
        f = similar_first(pools, rng, p, q["sex"]) if (q["sex"] == p["sex"] and rng.random() < 0.5) else \
            make_first_names(pools, rng, p["origin"], q["sex"], y, p["born_fr"], p["sub"])[0]
        if f == p["first"][0]:
            f = similar_first(pools, rng, p, q["sex"])
        q["first"] = [f] + [x for x in p["first"][1:] if rng.random() < 0.5]  # siblings often share 2nd names
    elif kind == "homonym":  # same surname + first name, near birth date, elsewhere
        q["date"] = rand_date(rng, min(2008, max(1940, y + rng.randint(-3, 3))))
        if p["born_fr"]:
            q["place"] = geo.true_place(rng, year=y)
        q["first"] = [p["first"][0]] + (make_first_names(pools, rng, p["origin"], p["sex"], y, p["born_fr"], p["sub"])[1:2])
    elif kind == "cousin":  # same surname, same year, same commune, other first name & date
        q["sex"] = "M" if rng.random() < 0.8 else "F"
        q["date"] = rand_date(rng, y)
        q["first"] = make_first_names(pools, rng, p["origin"], q["sex"], y, p["born_fr"], p["sub"])
        if q["first"][0] == p["first"][0]:
            q["first"][0] = similar_first(pools, rng, p, q["sex"])
    elif kind == "junior":  # son with father's first name, same surname, often same commune
        q["sex"] = "M"
        gap = rng.randint(19, 36)
        if y + gap > 2008:
            gap = -gap  # then q is the father
        q["date"] = rand_date(rng, y + gap)
        q["first"] = [p["first"][0]] + make_first_names(pools, rng, p["origin"], "M", y + gap, True, p["sub"])[:1]
        if rng.random() < 0.3 and p["born_fr"]:
            q["place"] = geo.true_place(rng, year=y)
        if p["sex"] != "M":
            q["sex"] = "F"
    elif kind == "common":  # very common name, close birth date
        q["date"] = rand_date(rng, min(2008, max(1940, y + rng.randint(-1, 1))))
        if p["born_fr"]:
            q["place"] = geo.true_place(rng, year=y)
        q["first"] = [p["first"][0]] + make_first_names(pools, rng, p["origin"], p["sex"], y, p["born_fr"], p["sub"])[1:]
    return q


# ============================================================ records
SOURCES = ["TAJ", "CASS", "GEN", "ECS"]
SRC_W = Sampler(SOURCES, [0.48, 0.29, 0.15, 0.08])
# per-source noise profile (multipliers and specific rates)
PROF = {
    "TAJ": dict(mult=1.4, date_missing=0.135, only_first=0.45, civ_empty=0.10, nat_empty=0.22, alias=0.06, name_only=0.07,
                plm_city=0.35),
    "CASS": dict(mult=1.0, date_missing=0.085, only_first=0.22, civ_empty=0.05, nat_empty=0.12, alias=0.02, name_only=0.04,
                 plm_city=0.25),
    "GEN": dict(mult=0.8, date_missing=0.045, only_first=0.10, civ_empty=0.02, nat_empty=0.05, alias=0.08, name_only=0.02,
                plm_city=0.15),
    "ECS": dict(mult=0.25, date_missing=0.01, only_first=0.0, civ_empty=0.6, nat_empty=0.5, alias=0.0, name_only=0.01,
                plm_city=0.05),
}
NREC = Sampler([1, 2, 3, 4, 5, 6, 7, 8, 10, 12], [0.675, 0.18, 0.075, 0.033, 0.016, 0.009, 0.005, 0.003, 0.0025, 0.0015])


def fmt_date(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"


class Stats(defaultdict):
    def __init__(self):
        super().__init__(int)


def noisy_date(t, rng, prof, st):
    y, m, d = t
    mu = prof["mult"]
    r = rng.random()
    if r < prof["date_missing"]:
        st["date_missing"] += 1
        return ""
    r = rng.random()
    acc = 0.0
    for kind, p in (("day_unknown", 0.018), ("day_month_unknown", 0.016), ("year_unknown", 0.003),
                    ("placeholder_0101", 0.014), ("day_month_swap", 0.016), ("digit_typo", 0.012),
                    ("year_off_by_one", 0.011), ("year_transposed", 0.006), ("impossible", 0.0025)):
        acc += p * mu
        if r < acc:
            st["date_" + kind] += 1
            if kind == "day_unknown":
                return fmt_date(y, m, 0)
            if kind == "day_month_unknown":
                return fmt_date(y, 0, 0)
            if kind == "year_unknown":
                return fmt_date(0, m, d)
            if kind == "placeholder_0101":
                return fmt_date(y, 1, 1)
            if kind == "day_month_swap":
                if d <= 12 and d != m:
                    return fmt_date(y, d, m)
                return fmt_date(y, m, (d % 10) * 10 + d // 10 if 0 < (d % 10) * 10 + d // 10 <= 28 else d - 1)
            if kind == "digit_typo":
                s = list(fmt_date(y, m, d))
                i = rng.choice([2, 3, 5, 6, 8, 9])
                s[i] = str((int(s[i]) + rng.choice([1, -1, 2, 3])) % 10)
                return "".join(s)
            if kind == "year_off_by_one":
                return fmt_date(y + rng.choice((-1, 1)), m, d)
            if kind == "year_transposed":
                yy = y // 100 * 100 + (y % 10) * 10 + (y // 10) % 10
                return fmt_date(yy if yy != y else y + 10, m, d)
            if kind == "impossible":
                if rng.random() < 0.6:
                    return fmt_date(y, 2, rng.choice((30, 31)))
                return fmt_date(y, 13 if m == 1 else 10 + m if m <= 2 else 13, d)
    return fmt_date(y, m, d)


def drop_particle(s, rng):
    """de la Fontaine -> Lafontaine / FONTAINE / La Fontaine; Le Gall -> Legall / Gall; Ben Ali -> Benali."""
    parts = s.split(" ")
    if len(parts) < 2:
        return s, False
    r = rng.random()
    if r < 0.45:
        out = parts[0] + "".join(p.lower() for p in parts[1:])
    elif r < 0.8:
        out = parts[-1]
    else:
        out = " ".join(parts[1:]) if len(parts) > 2 else parts[0] + "-" + parts[1]
    return out, True


def surname_written(p, rng, prof, st, field_usage=False):
    """The surname the clerk put in birth_surname (natural case, before case rendering)."""
    s = p["surname"]
    mu = prof["mult"]
    o = p["origin"]
    if p["usage"] and rng.random() < 0.22 * min(mu, 1.2):
        st["sn_usage_in_birth_field"] += 1
        return p["usage"], True
    if o != "FR" and rng.random() < 0.22 * mu:
        t = translit(s, o, rng)
        if t != s:
            st["sn_transliteration"] += 1
            s = t
    if o == "PT" and rng.random() < 0.3 * mu:
        words = [w for w in s.split(" ") if w not in PARTICLES]
        if len(words) >= 2:
            s = words[0] if rng.random() < 0.4 else words[-1]
            st["sn_compound_one_part"] += 1
    if (" " in s) and rng.random() < 0.18 * mu:
        s, ch = drop_particle(s, rng)
        if ch:
            st["sn_particle_dropped_or_glued"] += 1
    if "-" in s and rng.random() < 0.3 * mu:
        r = rng.random()
        a, b = s.split("-", 1)
        if r < 0.35:
            s = a + " " + b
            st["sn_hyphen_space"] += 1
        elif r < 0.6:
            s = a + b.lower()
            st["sn_hyphen_glued"] += 1
        else:
            s = a if rng.random() < 0.5 else b
            st["sn_compound_one_part"] += 1
    return s, False


CASE_SN = Sampler(["UP", "UPA", "TITLE", "TITLE_NA", "lower"], [0.66, 0.14, 0.14, 0.05, 0.01])
CASE_FN = Sampler(["TITLE", "UP", "UPA", "TITLE_NA", "lower"], [0.55, 0.28, 0.09, 0.07, 0.01])


def render(s, style):
    if style == "UP":
        return strip_acc(s).upper()
    if style == "UPA":
        return upper(s)
    if style == "TITLE":
        return s
    if style == "TITLE_NA":
        return strip_acc(s)
    return strip_acc(s).lower()


def noisy_surname_str(s, rng, mu, st, prefix="sn"):
    r = rng.random()
    if r < 0.042 * mu:
        st[prefix + "_typo"] += 1
        s = typo(s, rng)
        if rng.random() < 0.1:
            s = typo(s, rng)
            st[prefix + "_typo_double"] += 1
    elif r < (0.042 + 0.022) * mu:
        st[prefix + "_phonetic"] += 1
        up = s.isupper()
        t = phonetic(strip_acc(s).upper(), rng)
        s = t if up else t.capitalize() if " " not in t and "-" not in t else t.title()
    elif r < (0.042 + 0.022 + 0.004) * mu:
        st[prefix + "_ocr"] += 1
        s = ocr(s, rng)
    return s


def first_names_written(p, rng, prof, st, style):
    fn = list(p["first"])
    mu = prof["mult"]
    o = p["origin"]
    if len(fn) > 1 and rng.random() < prof["only_first"]:
        fn = fn[:1]
        st["fn_only_first"] += 1
    if len(fn) > 1 and rng.random() < 0.035 * mu:
        i = rng.randrange(1, len(fn))
        fn[0], fn[i] = fn[i], fn[0]
        st["fn_order_changed"] += 1
    out = []
    for k, f in enumerate(fn):
        r = rng.random()
        if r < 0.05 * mu and (f in RUN.var or (o not in ("FR",) and k == 0)):
            v = RUN.var.get(f)
            if v:
                f = rng.choice(v)
            else:
                f = translit(f, o if o != "VN" else "OTH", rng)
            st["fn_variant_translit"] += 1
        elif r < 0.07 * mu and "-" in f:
            a, b = f.split("-", 1)
            f = rng.choice([a + " " + b, a[0] + "-" + b, a + b.lower(), a + "-" + b[0] + ".", a])
            st["fn_compound_form"] += 1
        elif r < 0.075 * mu and f in N.DIMINUTIVES:
            f = N.DIMINUTIVES[f]
            st["fn_diminutive"] += 1
        out.append(render(f, style))
    sep = ","
    if len(out) > 1 and rng.random() < 0.04 * mu:
        sep = " "
        st["fn_space_separated"] += 1
    s = sep.join(out)
    r = rng.random()
    if r < 0.03 * mu:
        st["fn_typo"] += 1
        i = rng.randrange(len(out))
        out[i] = typo(out[i], rng)
        s = sep.join(out)
    return s


def make_record(p, rng, src, st, geo, pools):
    prof = PROF[src]
    mu = prof["mult"]
    st["records"] += 1
    st["src_" + src] += 1
    sn_style = CASE_SN(rng) if src != "ECS" else ("UP" if rng.random() < 0.7 else "UPA")
    fn_style = CASE_FN(rng)
    # ---- surname
    sn_nat, used_usage = surname_written(p, rng, prof, st)
    sn = noisy_surname_str(render(sn_nat, sn_style), rng, mu, st)
    # ---- usage surname
    us = ""
    if p["usage"]:
        if used_usage:
            us = render(p["usage"], sn_style) if rng.random() < 0.3 else ""
        elif rng.random() < (0.7 if src != "ECS" else 0.3):
            us = noisy_surname_str(render(p["usage"], sn_style), rng, mu * 0.7, st, "us")
        else:
            st["us_missing"] += 1
    # ---- first names
    fns = first_names_written(p, rng, prof, st, fn_style)
    # Vietnamese name order confusion
    if p["origin"] == "VN" and not p["born_fr"] and rng.random() < 0.2 * mu:
        st["vn_name_order"] += 1
        parts = p["first"][0].split(" ")
        if rng.random() < 0.5:
            sn, fns = render(parts[-1], sn_style), render(p["surname"] + " " + " ".join(parts[:-1]), fn_style)
        else:
            sn, fns = render(p["first"][0], sn_style), render(p["surname"], fn_style)
    elif rng.random() < 0.011 * mu:
        st["name_swap"] += 1
        first = fns.split(",")[0]
        sn, fns = render(strip_acc(first), sn_style), render(p["surname"], fn_style)
    if rng.random() < 0.004 * mu:
        st["both_names_typo"] += 1
        sn = typo(sn, rng)
        fns = typo(fns, rng)
    # ---- sex / civility
    sex = p["sex"]
    r = rng.random()
    if r < 0.018 * mu:
        sex = ""
        st["sex_missing"] += 1
    elif r < 0.023 * mu:
        sex = "F" if sex == "M" else "M"
        st["sex_wrong"] += 1
    if rng.random() < prof["civ_empty"]:
        civ = ""
    elif rng.random() < 0.007 * mu:
        civ = "MME" if p["sex"] == "M" else "M."
        st["civility_inconsistent"] += 1
    elif p["sex"] == "M":
        civ = "M."
    else:
        civ = "MME" if (p["usage"] or rng.random() < 0.5) else "MLLE"
    # ---- dates
    bd = noisy_date(p["date"], rng, prof, st)
    dd = ""
    if p["death"] and rng.random() < (0.9 if src == "ECS" else 0.35):
        dd = fmt_date(*p["death"]) if rng.random() < 0.9 else fmt_date(p["death"][0], p["death"][1], 0)
    # ---- birth place
    code = cname = ccode = country = ""
    if p["place"]:
        pl = p["place"]
        c, nm = pl["code"], pl["name"]
        r = rng.random()
        if pl["code"] != pl["cur"] or nm != pl["cur_name"]:
            if r < 0.4:
                c, nm = pl["cur"], pl["cur_name"]
                st["bp_merged_new_commune"] += 1
            elif r < 0.55:
                c = pl["cur"]
                st["bp_merged_new_code_old_name"] += 1
            elif r < 0.62:
                nm = pl["cur_name"]
                st["bp_merged_old_code_new_name"] += 1
        plm = c in geo.arr_row
        r = rng.random()
        if plm and r < prof["plm_city"]:
            parent = geo.arr_row[c]["parent_code"]
            c, nm = parent, geo.name[parent]
            st["bp_plm_city_code"] += 1
        elif r < 0.016 * mu and geo.postal.get(c) and geo.postal[c][0] != c:
            c = geo.postal[c][0]
            st["bp_postal_code"] += 1
        elif r < 0.031 * mu:
            dep = geo.dep_of.get(pl["cur"])
            if dep in geo.dep_codes:
                if rng.random() < 0.5:
                    c = rng.choice(geo.dep_big[dep])
                else:
                    lst = geo.dep_codes[dep]
                    i = bisect.bisect_left(lst, pl["cur"])
                    c = lst[max(0, min(len(lst) - 1, i + rng.choice((-2, -1, 1, 2))))]
                nm = geo.name[c]
                st["bp_other_commune"] += 1
        elif r < 0.041 * mu:
            s = list(c)
            i = rng.randrange(2, 5)
            s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
            c = "".join(s)
            st["bp_code_typo"] += 1
        cname = render_commune(nm, rng)
        if rng.random() < 0.02 * mu:
            cname = typo(cname, rng)
            st["bp_name_typo"] += 1
        r = rng.random()
        if r < prof["name_only"]:
            c = ""
            st["bp_name_only"] += 1
        elif r < prof["name_only"] + 0.015 * mu:
            c, cname = "", ""
            st["bp_missing"] += 1
        elif r < prof["name_only"] + 0.015 * mu + 0.004 * mu:
            cname = ""
            st["bp_code_only"] += 1
        code = c
    else:
        cc, cn, city = p["country"]
        ccode = cc
        country = rng.choice(N.COUNTRY_NAME_VARIANTS.get(cc, [cn]))
        r = rng.random()
        if r < 0.42:
            cname = ""
            st["abroad_country_only"] += 1
        else:
            cname = strip_acc(city).upper() if rng.random() < 0.7 else city
            if rng.random() < 0.05 * mu:
                cname = typo(cname, rng)
        r = rng.random()
        if r < 0.03 * mu:
            ccode = ""
            st["abroad_country_code_missing"] += 1
        elif r < 0.04 * mu:
            ccode, country = "", ""
            st["abroad_country_missing"] += 1
    # ---- nationality
    nat = p["nat"]
    if rng.random() < prof["nat_empty"]:
        nat = ""
    elif p["origin"] != "FR" and rng.random() < 0.08:
        nat = "FR" if nat != "FR" else p["iso"]
        st["nat_dual_inconsistent"] += 1
    # ---- aliases
    al = ""
    if rng.random() < prof["alias"]:
        st["alias"] += 1
        k = rng.random()
        if k < 0.4:
            al = upper(strip_acc(typo(p["surname"], rng))) + " " + p["first"][0]
        elif k < 0.7:
            al = upper(strip_acc(pools.sur["FR" if rng.random() < 0.5 else p["origin"] if p["origin"] != "OTH" else "FR"](rng))) + " " + p["first"][0]
        else:
            al = upper(strip_acc(p["surname"])) + " " + (pools.fr_first[(p["sex"], 1990)](rng))
        if rng.random() < 0.15:
            al += ";" + upper(strip_acc(p["first"][0])) + " " + upper(strip_acc(pools.sur["FR"](rng)))
    return [civ, sn, us, fns, al, sex, bd, dd, code, cname, ccode, country, nat]


RUN = None


def main():
    global RUN
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output", required=True)
    ap.add_argument("--stats", action="store_true", help="print noise counts to stderr")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    geo = Geo()
    pools = Pools(random.Random(a.seed * 7919 + 17))
    RUN = pools
    globals()["RUN"] = pools
    st = Stats()
    # ---- persons (hard non-matches spawn extra persons, counted in N)
    persons = []
    hard_p = [("twin", 0.010), ("homonym", 0.008), ("cousin", 0.005), ("junior", 0.005), ("common", 0.004)]
    common_names = set(x.upper() for x in parse_names(N.FR_SURNAMES)[:25])
    pid = 0
    while len(persons) < a.persons:
        p = make_person(pools, geo, rng, pid)
        pid += 1
        persons.append(p)
        r = rng.random()
        acc = 0.0
        for kind, pr in hard_p:
            if kind == "common" and p["surname"].upper() not in common_names:
                pr = 0.0
            elif kind == "common":
                pr = 0.25
            acc += pr
            if r < acc and len(persons) < a.persons:
                q = make_hard(pools, geo, rng, p, pid, kind)
                pid += 1
                persons.append(q)
                st["hard_" + kind] += 1
                break
    # ---- records
    os.makedirs(a.output, exist_ok=True)
    rows = []
    for p in persons:
        n = NREC(rng)
        for k in range(n):
            src = SRC_W(rng) if n > 1 or rng.random() < 0.8 else "TAJ"
            rows.append((p["pid"], make_record(p, rng, src, st, geo, pools), n))
    rng.shuffle(rows)
    ids = set()
    with open(os.path.join(a.output, "persons.csv"), "w", encoding="utf-8", newline="") as f, \
            open(os.path.join(a.output, "truth.csv"), "w", encoding="utf-8", newline="") as g:
        w = csv.writer(f, lineterminator="\r\n")
        wt = csv.writer(g, lineterminator="\r\n")
        w.writerow(["id", "civility", "birth_surname", "usage_surname", "first_names", "aliases", "sex", "birth_date",
                    "death_date", "birth_commune_code", "birth_commune_name", "birth_country_code",
                    "birth_country_name", "nationality"])
        wt.writerow(["id", "person"])
        idrng = random.Random(a.seed ^ 0x5EED)
        for pid_, rec, n in rows:
            while True:
                rid = "R%010X" % idrng.getrandbits(40)
                if rid not in ids:
                    ids.add(rid)
                    break
            w.writerow([rid] + rec)
            wt.writerow([rid, "P%07d" % pid_])
            if n > 1:
                st["dup_records"] += 1
                if rec[6] == "":
                    st["dup_records_date_missing"] += 1
    if a.stats:
        for k in sorted(st):
            print(f"{k}\t{st[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
