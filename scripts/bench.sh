#!/usr/bin/env bash
# Builds and runs the benchmarks (tests/bench, Google Benchmark) and prints each one's median with the
# machine's load, and the ratio of intake through the service to the bare insert of the same rows, and of each
# queue and search use case to its bare SQL. bench_queue makes its database of a million cases once (about
# half an hour on a busy 2-core machine) and keeps it in build/bench/queue-1m.oneseal.
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

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for program in "$build_dir"/bin/bench_*; do
    name=$(basename "$program")
    "$program" --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
        --benchmark_min_time=1 --benchmark_format=json --benchmark_out="$out/$name.json" \
        --benchmark_out_format=json "$@" >/dev/null
done
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
        print(f"{name:28} {b['real_time']:8.2f} ms real  {b['cpu_time']:8.2f} ms cpu  (median of repetitions)")
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
PY
