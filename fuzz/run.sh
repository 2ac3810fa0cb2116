#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with AFL++ and SharpFuzz-instrumented assemblies.
#
#   fuzz/run.sh TARGET SECONDS        TARGET: feed | extract | payload
#
# Installs what is missing (afl++ from Debian, the SharpFuzz instrumenter as a dotnet tool), publishes the
# harness, instruments Alerts.Shared (and Alerts.Functions for payload), seeds from our own test data and runs
# afl-fuzz for SECONDS. Prints executions, paths and crashes; exits 1 when a crash was found, with the
# crashing inputs copied to out/fuzz/crashes/TARGET/. Findings accumulate: a later run resumes the corpus.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

target=${1:-}
seconds=${2:-}
case "$target" in
  feed|extract|payload) ;;
  *) echo "usage: fuzz/run.sh {feed|extract|payload} SECONDS" >&2; exit 2 ;;
esac
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then echo "SECONDS must be a positive whole number, got '$seconds'" >&2; exit 2; fi

work=$root/out/fuzz
tools=$work/tools
sharpfuzz_version=2.3.0   # the SharpFuzz package version the harness references
mkdir -p "$work"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++ (Debian package)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "== installing SharpFuzz.CommandLine $sharpfuzz_version"
  dotnet tool install SharpFuzz.CommandLine --version "$sharpfuzz_version" --tool-path "$tools" >/dev/null
fi

echo "== publishing the harness"
dotnet publish fuzz/Alerts.Fuzz -c Release -o "$work/publish" --nologo -v quiet >/dev/null
# Instrument a fresh copy each run: the instrumenter rewrites the assembly in place and refuses a second pass.
app=$work/app-$target
rm -rf "$app"
cp -r "$work/publish" "$app"
"$tools/sharpfuzz" "$app/Alerts.Shared.dll"
if [ "$target" = payload ]; then "$tools/sharpfuzz" "$app/Alerts.Functions.dll"; fi

# Seeds: our own fixtures, each small enough for AFL to mutate quickly.
seeds=$work/seeds-$target
rm -rf "$seeds"; mkdir -p "$seeds"
case "$target" in
  feed) srcs=(tests/Alerts.Tests/Feeds/testdata demo/site) ; pattern='.*\.\(xml\|rss\|atom\|json\)' ;;
  extract) srcs=(tests/Alerts.Tests/Extract/testdata demo/site) ; pattern='.*\.html' ;;
  payload) srcs=(fuzz/seeds/payload) ; pattern='.*\.json' ;;
esac
# Named after their path: two fixtures may share a file name.
find "${srcs[@]}" -type f -regex "$pattern" -size -64k -print0 | while IFS= read -r -d '' f; do cp "$f" "$seeds/${f//\//_}"; done
echo "== $(ls "$seeds" | wc -l) seed(s) for '$target'"

findings=$work/findings-$target

export AFL_SKIP_BIN_CHECK=1                     # the target is `dotnet`, the instrumentation is in the assemblies
export AFL_NO_UI=1
export AFL_SKIP_CPUFREQ=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1  # no root-owned core_pattern change needed
export AFL_NO_AFFINITY=1                        # shared machines: do not pin a core
export AFL_AUTORESUME=1                      # an existing findings folder is resumed, not refused
export DOTNET_TieredPGO=0

echo "== fuzzing '$target' for $seconds s"
log=$work/afl-$target.log
set +e
afl-fuzz -V "$seconds" -i "$seeds" -o "$findings" -t 10000 -m none -- dotnet "$app/Alerts.Fuzz.dll" "$target" --afl >"$log" 2>&1
rc=$?
set -e
stats=$findings/default/fuzzer_stats
if [ ! -f "$stats" ]; then
  echo "afl-fuzz did not start (exit $rc); last lines of $log:" >&2
  tail -n 25 "$log" >&2
  exit 3
fi

stat() { awk -v k="$1" -F' *: *' '$1 == k { print $2 }' "$stats"; }
crashes=$(stat saved_crashes); hangs=$(stat saved_hangs)
echo "target=$target seconds=$(stat run_time) execs=$(stat execs_done) execs_per_sec=$(stat execs_per_sec)" \
     "paths=$(stat corpus_count) edges=$(stat edges_found) crashes=$crashes hangs=$hangs"

if [ "${crashes:-0}" != 0 ]; then
  saved=$work/crashes/$target
  mkdir -p "$saved"
  find "$findings/default/crashes" -type f -name 'id:*' -exec cp -t "$saved" {} +
  echo "CRASH: $crashes input(s) saved in $saved; reproduce one with:" >&2
  echo "  dotnet $work/publish/Alerts.Fuzz.dll $target '$saved/<file>'" >&2
  exit 1
fi
