#!/usr/bin/env python3
"""Combines two Stryker.NET JSON reports of the same sources into one score.

Usage: python3 eng/mutation-merge.py FULL.json PARTIAL.json

FULL is a run of a package's whole scope; PARTIAL is a run of some of its files under another test configuration
(Allocation: AVX-512 off, so that the 256-bit paths run, as CI runs the Allocation tests twice). A mutant is matched
across the reports by its file (relative to the repository), location, mutator and replacement. It counts as detected
when either run detects it (killed or timeout), as surviving when a run covered it without detecting it, and as
without coverage only when no run covered it. Mutants of PARTIAL's files that FULL does not have are an error: the two
runs must mutate the same sources.
"""

import argparse
import math
import json
import sys

DETECTED = ("Killed", "Timeout")
VALID = ("Killed", "Timeout", "Survived", "NoCoverage")


def relative(path, marker="/src/"):
    index = path.find(marker)
    return path[index + 1:] if index >= 0 else path


def mutants(report_path):
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    result = {}
    for path, entry in report["files"].items():
        for mutant in entry["mutants"]:
            start, end = mutant["location"]["start"], mutant["location"]["end"]
            key = (relative(path), start["line"], start["column"], end["line"], end["column"],
                   mutant["mutatorName"], mutant.get("replacement", ""))
            result[key] = mutant["status"]
    return result


def combine(first, second):
    if first in DETECTED or second in DETECTED:
        return "Killed" if "Killed" in (first, second) else "Timeout"
    if first == "Survived" or second == "Survived":
        return "Survived"
    if first == "NoCoverage" or second == "NoCoverage":
        return "NoCoverage"
    return first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("full")
    parser.add_argument("partial")
    args = parser.parse_args()

    full = mutants(args.full)
    partial = {k: v for k, v in mutants(args.partial).items() if v != "Ignored"}
    unknown = [k for k in partial if k not in full]
    if unknown:
        print(f"mutation-merge: {len(unknown)} mutants of the partial run are not in the full run "
              f"(first: {unknown[0][0]} line {unknown[0][1]}); the runs did not mutate the same sources",
              file=sys.stderr)
        return 2

    merged = dict(full)
    changed = 0
    for key, status in partial.items():
        before = merged[key]
        merged[key] = combine(before, status)
        changed += merged[key] != before

    counts = {s: sum(1 for v in merged.values() if v == s) for s in VALID}
    valid = sum(counts.values())
    detected = counts["Killed"] + counts["Timeout"]
    score = 0.0 if valid == 0 else math.floor(detected * 10000 / valid) / 100
    print(f"{score:.2f} % (killed {counts['Killed']}, timeout {counts['Timeout']}, survived {counts['Survived']}, "
          f"no coverage {counts['NoCoverage']}); {len(partial)} mutants in the partial run, {changed} changed status")
    return 0


if __name__ == "__main__":
    sys.exit(main())
