#!/usr/bin/env bash
# Builds and runs the benchmarks (tests/bench, Google Benchmark) and prints each one's median with the
# machine's load, the ratio of intake through the service to the bare insert of the same rows, of each queue
# and search use case to its bare SQL, and of a licence made by the renderer to the same licence by mail merge in
# LibreOffice. bench_queue makes its database of a million cases once (about half an hour on a busy 2-core
# machine) and keeps it in build/bench/queue-1m.oneseal.
# Extra arguments go to every benchmark program (e.g. --benchmark_filter=intake).
# Figures are only comparable on a quiet machine: the load average is printed with them.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${ONESEAL_BUILD_DIR:-build}
repetitions=${ONESEAL_BENCH_REPETITIONS:-5}
# Build in the existing configuration (build.sh would reconfigure when ONESEAL_WERROR differs).
if [ -f "$build_dir/CMakeCache.txt" ]; then
    cmake --build "$build_dir" --parallel 2 --target bench_intake bench_licence bench_ingest bench_queue >/dev/null
else
    scripts/build.sh bench_intake bench_licence bench_ingest bench_queue >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The licence is compared with a mail merge through LibreOffice. It is a benchmark's yardstick, not a
# dependency of OneSeal, so it is installed here (when it can be) and not by scripts/install-deps.sh.
if ! command -v soffice >/dev/null; then
    if [ "$(id -u)" = 0 ] && apt-get install -y libreoffice-writer-nogui >/dev/null 2>&1; then
        echo "installed libreoffice-writer-nogui for the mail-merge comparison"
    elif command -v sudo >/dev/null && sudo -n apt-get install -y libreoffice-writer-nogui >/dev/null 2>&1; then
        echo "installed libreoffice-writer-nogui for the mail-merge comparison"
    else
        echo "skipping the LibreOffice comparison: soffice is missing and libreoffice-writer-nogui could not be" \
            "installed (apt-get install -y libreoffice-writer-nogui as root)"
    fi
fi
# Fifty licences through one soffice process take a minute or more; fewer repetitions keep the run bearable.
lo_repetitions=${ONESEAL_BENCH_LO_REPETITIONS:-3}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for program in "$build_dir"/bin/bench_*; do
    name=$(basename "$program")
    filter=()
    [ "$name" = bench_licence ] && filter=(--benchmark_filter=-libreOffice)
    "$program" --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
        --benchmark_min_time=1 --benchmark_format=json --benchmark_out="$out/$name.json" \
        --benchmark_out_format=json "${filter[@]}" "$@" >/dev/null
done
if command -v soffice >/dev/null; then
    "$build_dir/bin/bench_licence" --benchmark_filter=libreOffice --benchmark_repetitions="$lo_repetitions" \
        --benchmark_report_aggregates_only=true --benchmark_format=json \
        --benchmark_out="$out/bench_licence_libreoffice.json" --benchmark_out_format=json "$@" >/dev/null
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$out" <<'PY'
import json, pathlib, sys
medians = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    for b in json.loads(path.read_text())["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        name = b["run_name"].split("/")[0]
        medians[name] = b
        unit = b.get("time_unit", "ms")
        print(f"{name:28} {b['real_time']:8.2f} {unit} real  {b['cpu_time']:8.2f} {unit} cpu  (median of repetitions)")
intake, bare = medians.get("intakeThroughService"), medians.get("bareInsertOfTheSameRows")
if intake and bare:
    print(f"intake / bare insert: {intake['real_time'] / bare['real_time']:.2f}x real, "
          f"{intake['cpu_time'] / bare['cpu_time']:.2f}x cpu; target under 15 ms per intake: "
          f"{'met' if intake['real_time'] < 15 else 'NOT met'}")
for name in sorted(medians):
    if not name.endswith("Service"):
        continue
    service, bare = medians[name], medians.get(name[: -len("Service")] + "BareSql")
    if bare:
        print(f"{name[: -len('Service')]:22} service / bare SQL: {service['real_time'] / bare['real_time']:.2f}x real, "
              f"{service['cpu_time'] / bare['cpu_time']:.2f}x cpu; target under 25 ms: "
              f"{'met' if service['real_time'] < 25 else 'NOT met'}")
render, batch, merge = (medians.get(n) for n in ("renderLicencePdf", "batchOf1000Pdfs", "libreOfficeMailMerge"))
to_ms = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}
def ms(b):
    return b["real_time"] * to_ms[b.get("time_unit", "ms")]
if render:
    print(f"one licence to PDF: {ms(render):.1f} ms; target under 20 ms: {'met' if ms(render) < 20 else 'NOT met'}")
if batch:
    print(f"1,000 licences to PDF: {ms(batch) / 1000:.1f} s; target under 20 s: "
          f"{'met' if ms(batch) < 20000 else 'NOT met'}")
if merge:
    per = ms(merge) / 50  # libreOfficeMailMerge converts 50 licences in one soffice process
    print(f"LibreOffice mail merge: {per:.1f} ms per licence (50 in one soffice process)")
    mine = ms(batch) / 1000 if batch else (ms(render) if render else None)
    if mine:
        print(f"LibreOffice / OneSeal per licence: {per / mine:.1f}x")
PY
