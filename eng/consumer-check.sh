#!/usr/bin/env bash
# Restores and runs eng/consumer-check, a console project that uses the Justice.Domain packages by
# PackageReference, from artifacts/packages (run `dotnet pack Justice.Domain.sln -c Release -o artifacts/packages` first).
# A fresh package folder makes sure the Justice.Domain packages come from the local feed, not from a cache.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
feed="$root/artifacts/packages"
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)"
ls "$feed"/Justice.Domain.Core."$version".nupkg >/dev/null
cache="$root/artifacts/consumer-check-packages"
rm -rf "$cache"
dotnet restore eng/consumer-check/ConsumerCheck.csproj --packages "$cache" -p:JusticeDomainVersion="$version" --nologo -v q
# Each Justice.Domain package restored must be the very file in the local feed.
for id in $(sed -n 's:.*PackageReference Include="\(Justice\.Domain\.[A-Za-z.]*\)".*:\1:p' eng/consumer-check/ConsumerCheck.csproj); do
  lower="$(echo "$id" | tr '[:upper:]' '[:lower:]')"
  expected="$(openssl dgst -sha512 -binary "$feed/$id.$version.nupkg" | base64 -w0)"
  actual="$(cat "$cache/$lower/$version/$lower.$version.nupkg.sha512")"
  if [ "$expected" != "$actual" ]; then
    echo "consumer check: $id was not restored from artifacts/packages" >&2
    exit 1
  fi
  echo "consumer check: $id $version restored from artifacts/packages"
done
dotnet run --project eng/consumer-check/ConsumerCheck.csproj --no-restore -p:JusticeDomainVersion="$version" --nologo
