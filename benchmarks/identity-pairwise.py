#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a clustering (id,cluster_id) against a truth (id,person).

Usage: identity-pairwise.py clusters.csv truth.csv  -> prints one JSON object.
A predicted pair is two records in one cluster; a true pair is two records of one person. Counted without
listing pairs: sum over groups of n*(n-1)/2.
"""
import csv
import json
import sys
from collections import Counter


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return {r[0]: r[1] for r in rows if len(r) >= 2}


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


clusters, truth = read(sys.argv[1]), read(sys.argv[2])
ids = [i for i in clusters if i in truth]
predicted = pairs(Counter(clusters[i] for i in ids))
actual = pairs(Counter(truth[i] for i in ids))
both = pairs(Counter((clusters[i], truth[i]) for i in ids))
precision = both / predicted if predicted else 1.0
recall = both / actual if actual else 1.0
f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
print(json.dumps({"records": len(ids), "missing_from_output": len(truth) - len(ids), "predicted_pairs": predicted,
                  "true_pairs": actual, "true_positives": both, "precision": round(precision, 4),
                  "recall": round(recall, 4), "f1": round(f1, 4)}))
