#!/usr/bin/env bash
# Identity at scale: generates synthetic French civil-status records with the project's generator (once per
# size), runs `justice identity dedupe` and the Splink-style DuckDB peer on the same files under
# /usr/bin/time -v, evaluates both against truth.csv (pairwise precision/recall/F1) and prints one table.
#
# Usage: benchmarks/identity-scale.sh [people] [extra dedupe options...]
#   people: persons to generate (default 561000, about 1,000,000 records with ~40 % of persons duplicated)
# Env: DATA (default /tmp/identity-scale), PEER_DIR (node_modules with @duckdb/node-api, default /tmp/peer).
# Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-561000}"; shift || true
DATA="${DATA:-/tmp/identity-scale}/$PEOPLE"
PEER_DIR="${PEER_DIR:-/tmp/peer}"
mkdir -p "$DATA"

dotnet build -c Release samples/Justice.Samples -v q -nologo >/dev/null
JUSTICE=samples/Justice.Samples/bin/Release/net10.0/justice

if [ ! -s "$DATA/persons.csv" ]; then
  "$JUSTICE" identity generate --people "$PEOPLE" --output "$DATA" >/dev/null
fi
RECORDS=$(($(wc -l < "$DATA/persons.csv") - 1))

# Ours: process start to output written.
/usr/bin/time -v "$JUSTICE" identity dedupe --input "$DATA/persons.csv" --output "$DATA/ours.csv" --quiet --json "$@" \
  > "$DATA/ours.json" 2> "$DATA/ours.time"
# The peer (m/u from the truth: its accuracy is an upper bound for its model).
if [ ! -d "$PEER_DIR/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$PEER_DIR" && (cd "$PEER_DIR" && npm init -y >/dev/null && npm install @duckdb/node-api >/dev/null)
fi
PEER_DIR="$PEER_DIR" /usr/bin/time -v node ../shared/peers/splink-style-duckdb.mjs "$DATA/persons.csv" "$DATA/truth.csv" "$DATA/peer.csv" \
  > "$DATA/peer.json" 2> "$DATA/peer.time"

wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
OURS=$(python3 benchmarks/identity-pairwise.py "$DATA/ours.csv" "$DATA/truth.csv")
PEER=$(python3 benchmarks/identity-pairwise.py "$DATA/peer.csv" "$DATA/truth.csv")
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
OW=$(wall "$DATA/ours.time"); PW=$(wall "$DATA/peer.time")
echo "records: $RECORDS ($PEOPLE persons), data: $DATA, $(nproc) cores, $(date -u +%FT%TZ)"
printf '| %-36s | %8s | %12s | %9s | %6s | %6s |\n' "Run" "Wall (s)" "Peak (MiB)" "Precision" "Recall" "F1"
printf '|%s|%s|%s|%s|%s|%s|\n' "--------------------------------------" "----------" "--------------" "-----------" "--------" "--------"
printf '| %-36s | %8s | %12s | %9s | %6s | %6s |\n' "justice identity dedupe $*" "$OW" "$(peak "$DATA/ours.time")" "$(field "$OURS" precision)" "$(field "$OURS" recall)" "$(field "$OURS" f1)"
printf '| %-36s | %8s | %12s | %9s | %6s | %6s |\n' "Splink-style DuckDB peer" "$PW" "$(peak "$DATA/peer.time")" "$(field "$PEER" precision)" "$(field "$PEER" recall)" "$(field "$PEER" f1)"
python3 -c "import sys; print(f'time ratio ours/peer: {float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$OW" "$PW"
echo "ours: $(cat "$DATA/ours.json")"
