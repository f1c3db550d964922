#!/usr/bin/env python3
"""Records the public API of the locked packages after an intended change.

Usage: python3 eng/public-api.py [--breaking] [Package ...]    (e.g. Usm; default: every locked package)

Adds every public symbol that the build reports as undeclared (RS0016) to the package's PublicAPI.Unshipped.txt,
sorted, and builds again until none is left. A symbol removed or changed (RS0017) is a breaking change: its line is
removed only with --breaking (from PublicAPI.Unshipped.txt or PublicAPI.Shipped.txt), and the change belongs in
CHANGELOG.md. Run it only when the change of the public API is the one you intend; review the diff of the PublicAPI
files like code.
"""
import collections
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
breaking = "--breaking" in sys.argv[1:]
wanted = {f"Justice.Domain.{name}" for name in sys.argv[1:] if name != "--breaking"}
pattern = re.compile(r"error RS0016: Symbol '(.*?)' is not part of the declared (?:public )?API.*?\[(.*?\.csproj)\]")
removed = re.compile(r"error RS0017: Symbol '(.*?)' is part of the declared API, but is either not public or could not be found.*?\[(.*?\.csproj)\]")

for attempt in range(6):
    build = subprocess.run(["dotnet", "build", "Justice.Domain.sln", "-c", "Release"], cwd=root, capture_output=True, text=True)
    missing = collections.defaultdict(set)
    for symbol, project in pattern.findall(build.stdout):
        project = pathlib.Path(project)
        if not wanted or project.stem in wanted:
            missing[project.parent / "PublicAPI.Unshipped.txt"].add(symbol)
    gone = collections.defaultdict(set)
    for symbol, project in removed.findall(build.stdout) if breaking else []:
        project = pathlib.Path(project)
        if not wanted or project.stem in wanted:
            gone[project.parent].add(symbol)
    for folder, symbols in gone.items():
        for name in ("PublicAPI.Unshipped.txt", "PublicAPI.Shipped.txt"):
            path = folder / name
            lines = path.read_text().splitlines()
            path.write_text("\n".join(l for l in lines if l not in symbols) + "\n")
        print(f"{folder.relative_to(root)}: {len(symbols)} symbols removed")
    if not missing and not gone:
        print("public API files up to date" if build.returncode == 0 else "no undeclared symbol left; the build has other errors")
        sys.exit(build.returncode)
    for unshipped, symbols in missing.items():
        lines = unshipped.read_text().splitlines()
        header, declared = lines[:1], set(lines[1:])
        unshipped.write_text("\n".join(header + sorted(declared | symbols, key=lambda l: l.lstrip("~"))) + "\n")
        print(f"{unshipped.relative_to(root)}: {len(symbols)} symbols added")
sys.exit("still undeclared symbols after 6 builds")
