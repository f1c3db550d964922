# Builds the embedded resources from the INSEE communes file (code,name,type,parent_code,departement,...,postal_codes):
# communes.txt, each line code;canonical;departement (canonical = the current commune the code designates today, empty
# when the code itself), and commune-names.txt.gz, each line code;name;postal codes (|-separated) for every code.
# Run from the repository root: python3 src/Justice.Domain.Identity/Places/Resources/make-communes.py
import csv, sys
src = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/insee/communes.csv'
rows = list(csv.DictReader(open(src, encoding='utf-8')))
out = {}
for r in rows:
    if r['type'] == 'commune-actuelle':
        out[r['code']] = (r['code'], r['departement'])
for r in rows:
    if r['type'] == 'commune-actuelle':
        for f in filter(None, r['former_codes'].split('|')):
            out.setdefault(f, (r['code'], r['departement']))
    else:
        parent = r['parent_code'] or r['code']
        dep = r['departement']
        out.setdefault(r['code'], (parent, dep))
with open('src/Justice.Domain.Identity/Places/Resources/communes.txt', 'w', encoding='utf-8', newline='\n') as f:
    for code in sorted(out):
        canon, dep = out[code]
        f.write(f"{code};{'' if canon == code else canon};{dep}\n")
with open('src/Justice.Domain.Identity/Places/Resources/commune-names.txt', 'w', encoding='utf-8', newline='\n') as f:
    for r in sorted(rows, key=lambda r: r['code']):
        f.write(f"{r['code']};{r['name']};{r['postal_codes']}\n")
import gzip, shutil
with open('src/Justice.Domain.Identity/Places/Resources/commune-names.txt', 'rb') as i, gzip.GzipFile('src/Justice.Domain.Identity/Places/Resources/commune-names.txt.gz', 'wb', 9, mtime=0) as o:
    shutil.copyfileobj(i, o)
import os
os.remove('src/Justice.Domain.Identity/Places/Resources/commune-names.txt')
print(len(out))
