#!/usr/bin/env bash
# Mutation testing of the rules with Stryker.NET (local tool, .config/dotnet-tools.json).
# Usage: bash eng/mutation.sh [Deliberation|Cav|Usm|Allocation ...]   (no argument: all four)
# Each package is mutated by its test project's stryker-config.json; the reports go to
# tests/Justice.Domain.<Package>.Tests/StrykerOutput/<run>/reports/ (HTML and JSON).
# Too slow for CI (minutes per package on two cores): a command run by hand or on a schedule.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(Deliberation Cav Usm Allocation)
fi

command -v jq >/dev/null || { echo "mutation.sh: jq is required to read the Stryker JSON report" >&2; exit 2; }
dotnet tool restore --tool-manifest "$root/.config/dotnet-tools.json" >/dev/null

summary=()
for package in "${packages[@]}"; do
  tests="$root/tests/Justice.Domain.$package.Tests"
  if [ ! -f "$tests/stryker-config.json" ]; then
    echo "mutation.sh: no stryker-config.json in $tests (packages: Deliberation, Cav, Usm, Allocation)" >&2
    exit 2
  fi
  output="$tests/StrykerOutput/latest"
  rm -rf "$output"
  echo "== $package"
  (cd "$tests" && dotnet stryker --config-file stryker-config.json --output "$output")
  report="$output/reports/mutation-report.json"
  # Score as Stryker computes it: detected (killed + timeout) over valid mutants (detected + survived + no coverage).
  line=$(jq -r --arg p "$package" '
    [.files[].mutants[].status] as $s
    | ($s | map(select(. == "Killed")) | length) as $k
    | ($s | map(select(. == "Timeout")) | length) as $t
    | ($s | map(select(. == "Survived")) | length) as $sv
    | ($s | map(select(. == "NoCoverage")) | length) as $nc
    | (($k + $t) * 10000 / ($k + $t + $sv + $nc) | floor / 100) as $score
    | "\($p): \($score) % (killed \($k), timeout \($t), survived \($sv), no coverage \($nc))"' "$report")
  if [ "$package" = Allocation ]; then
    # CI runs the Allocation tests twice, the second time with AVX-512 off, so that the 256-bit paths of the
    # vectorised allocator run too; on an AVX-512 machine the first run leaves them without coverage. The second
    # run mutates the files with such a path under the same switch, and a mutant counts as detected when either run
    # detects it (eng/mutation-merge.py).
    narrow="$tests/StrykerOutput/avx512-off"
    rm -rf "$narrow"
    (cd "$tests" && DOTNET_EnableAVX512=0 dotnet stryker --config-file stryker-config.json --output "$narrow" \
      -m "**/Ranking/SeparatedLoadsAllocator.cs")
    line="$package (with the AVX-512-off run of SeparatedLoadsAllocator.cs): $(python3 "$root/eng/mutation-merge.py" \
      "$report" "$narrow/reports/mutation-report.json")"
  fi
  summary+=("$line")
done

echo
echo "Mutation score (Stryker.NET, killed + timeout over killed + timeout + survived + no coverage):"
printf '  %s\n' "${summary[@]}"
