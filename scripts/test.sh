#!/usr/bin/env bash
# ./alerts test: installs what the tests need, runs the unit and integration suites on the real Azurite,
# maildev and Chromium, and prints "N passed, N failed" last. Exits non-zero when any test fails.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ALERTS_ROOT="$root" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
"$root/scripts/setup.sh" || exit 1

results="$root/out/test-results"
rm -rf "$results" && mkdir -p "$results"
cd "$root"
dotnet build Alerts.sln -c Release --nologo -v quiet -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
status=0
for project in tests/Alerts.Tests tests/Alerts.IntegrationTests; do
  name=$(basename "$project")
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=1
done
summary=$(python3 - "$results" <<'PY' 2>/dev/null || true
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0))
print(f"{p} passed, {f} failed, {s} skipped")
PY
)
if [ -z "$summary" ]; then
  # No python: count outcomes in the trx files directly.
  p=$(cat "$results"/*.trx 2>/dev/null | grep -o 'outcome="Passed"' | wc -l)
  f=$(cat "$results"/*.trx 2>/dev/null | grep -o 'outcome="Failed"' | wc -l)
  summary="$p passed, $f failed"
fi
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) failed.*/\1/')
[ "$failed" != "0" ] && status=1
echo "$summary"
exit $status
