#!/usr/bin/env python3
"""Real CPython beside tvp-bench's emulated GIL.

Runs the suite's CPU kernel (io.tvpbench.workload.CpuKernel, the same steps and seeds, so the checksums equal the
JVM's) in batches of 256 tasks (the JVM's batch) under sequential code, threading (a thread per task), ThreadPoolExecutor,
ProcessPoolExecutor and asyncio, each task calibrated to the grain's duration (10us, 1ms) on this interpreter.
It measures on the CPUs it is given (tvp pins it with taskset, as it pins each JMH fork) and adds its rows to a
JSON file (docs/formats.md, cpython.json), so one file gathers every core count. Standard library only.
"""

import argparse
import asyncio
import concurrent.futures
import json
import multiprocessing
import os
import platform
import random
import re
import sys
import threading
import time

SCHEMA_VERSION = 1
MASK = (1 << 64) - 1
BATCH = 256
COARSE_NS = 1_000_000
GRAIN_SYNTAX = re.compile(r"(\d{1,9})\s*(ns|us|µs|ms|s)")
UNIT_NS = {"ns": 1, "us": 1_000, "µs": 1_000, "ms": 1_000_000, "s": 1_000_000_000}


class UsageError(Exception):
    """Bad input: reported as one line, exit code 2."""


def mix(x):
    """SplitMix64's finaliser on the unsigned 64-bit pattern, as io.tvpbench.workload.Checksums.mix."""
    z = (x + 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def kernel(state, iterations):
    """CpuKernel.run: multiply, add and xor-shift, modulo 2^64."""
    s = state
    for i in range(iterations):
        s = (s * 0x5DEECE66D + 0xB + i) & MASK
        s ^= s >> 29
    return s


def task(index, iterations):
    """One CPU task, seeded as the JVM seeds task `index`."""
    return kernel(mix(index), iterations)


def signed(x):
    return x - (1 << 64) if x >= 1 << 63 else x


def noop():
    return None


def parse_grain(text):
    m = GRAIN_SYNTAX.fullmatch(text.strip().lower())
    if not m:
        raise UsageError("bad grain '%s'; expected <number><ns|us|ms|s>, e.g. 10us or 1ms" % text)
    return int(m.group(1)) * UNIT_NS[m.group(2)]


def calibrate(samples=5, iterations=50_000):
    """Kernel iterations per microsecond on this interpreter: the best of a few timed runs."""
    best = min(timed(lambda: kernel(1, iterations)) for _ in range(samples))
    return iterations / (best * 1e6)


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


# --- strategies: each runs one batch of task indices and returns their checksums in order -----------------------

class Sequential:
    name = "sequential"

    def __init__(self, cores):
        pass

    def run(self, indices, iterations):
        return [task(i, iterations) for i in indices]

    def round_trip(self):
        noop()

    def close(self):
        pass


class Threading:
    """A threading.Thread per task, started then joined: the THREAD_PER_TASK analogue (coarse grains only)."""
    name = "threading"
    coarse_only = True

    def __init__(self, cores):
        pass

    def run(self, indices, iterations):
        results = [None] * len(indices)

        def body(slot, index):
            results[slot] = task(index, iterations)

        threads = [threading.Thread(target=body, args=(slot, i)) for slot, i in enumerate(indices)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return results

    def round_trip(self):
        t = threading.Thread(target=noop)
        t.start()
        t.join()

    def close(self):
        pass


class Executor:
    """An executor of `cores` workers, started before timing; every task is one submit (no chunking)."""

    def __init__(self, executor):
        self.executor = executor

    def run(self, indices, iterations):
        futures = [self.executor.submit(task, i, iterations) for i in indices]
        return [f.result() for f in futures]

    def round_trip(self):
        self.executor.submit(noop).result()

    def close(self):
        self.executor.shutdown(wait=True)


class ThreadPool(Executor):
    name = "ThreadPoolExecutor"

    def __init__(self, cores):
        super().__init__(concurrent.futures.ThreadPoolExecutor(max_workers=cores))


class ProcessPool(Executor):
    name = "ProcessPoolExecutor"

    def __init__(self, cores):
        super().__init__(concurrent.futures.ProcessPoolExecutor(max_workers=cores))


class AsyncIO:
    """Every task a coroutine on one event loop, gathered: CPU work blocks the loop, as it does in asyncio."""
    name = "asyncio"

    def __init__(self, cores):
        self.loop = asyncio.new_event_loop()

    def run(self, indices, iterations):
        async def one(index):
            return task(index, iterations)

        async def batch():
            return await asyncio.gather(*(one(i) for i in indices))

        return self.loop.run_until_complete(batch())

    def round_trip(self):
        async def empty():
            return None

        self.loop.run_until_complete(empty())

    def close(self):
        self.loop.close()


STRATEGIES = (Sequential, Threading, ThreadPool, ProcessPool, AsyncIO)


# --- measurement ---------------------------------------------------------------------------------------------------

def throughput(strategy, iterations, expected, min_time):
    """Tasks per second over whole batches for at least min_time; every checksum verified."""
    indices = range(len(expected))
    done = 0
    start = time.perf_counter()
    while True:
        if strategy.run(indices, iterations) != expected:
            raise RuntimeError("%s computed wrong checksums" % strategy.name)
        done += len(expected)
        elapsed = time.perf_counter() - start
        if elapsed >= min_time:
            return done / elapsed


def round_trip_micros(strategy, min_time):
    """Microseconds per empty task sent and its result received, one at a time."""
    count = 0
    start = time.perf_counter()
    while True:
        for _ in range(16):
            strategy.round_trip()
        count += 16
        elapsed = time.perf_counter() - start
        if elapsed >= min_time:
            return elapsed * 1e6 / count


def affinity(cores):
    """The CPUs this process may run on, checked against the core count it is measuring."""
    if not hasattr(os, "sched_getaffinity"):
        return None, cores or os.cpu_count()
    cpus = sorted(os.sched_getaffinity(0))
    if cores is not None and len(cpus) != cores:
        raise UsageError("asked to measure %d cores but this process may run on %d CPUs %s; pin it with taskset -c"
                         % (cores, len(cpus), cpus))
    return cpus, len(cpus)


def load(path):
    if path is None or not os.path.exists(path):
        return None
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise UsageError("cannot read %s: %s" % (path, e))
    if doc.get("schemaVersion") != SCHEMA_VERSION or doc.get("status") != "measured":
        raise UsageError("%s is not a cpython.json of schema %d with measurements" % (path, SCHEMA_VERSION))
    return doc


def header(grains, batch, repeats, min_time):
    per_us = calibrate()
    return {
        "schemaVersion": SCHEMA_VERSION,
        "status": "measured",
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "executable": sys.executable,
            "switchIntervalSeconds": sys.getswitchinterval(),
            "startMethod": multiprocessing.get_start_method(),
        },
        "batch": batch,
        "repeats": repeats,
        "minTimeSeconds": min_time,
        "iterationsPerMicrosecond": round(per_us, 3),
        "grains": [{"grain": g, "iterations": max(1, round(parse_grain(g) / 1000 * per_us))} for g in grains],
        "throughput": [],
        "dispatch": [],
    }


def measure(doc, cores, cpus, repeats, min_time, seed):
    """Adds this core count's rows: strategies in a shuffled order per repeat, so drift spreads over all of them."""
    configs = []
    for g in doc["grains"]:
        expected = [task(i, g["iterations"]) for i in range(doc["batch"])]
        for s in STRATEGIES:
            if getattr(s, "coarse_only", False) and parse_grain(g["grain"]) < COARSE_NS:
                continue
            configs.append((s, g, expected))
    runners = {s: s(cores) for s in STRATEGIES}
    try:
        rows = {}
        trips = {s: [] for s in STRATEGIES if s is not Sequential}
        for s, g, expected in configs:
            throughput(runners[s], g["iterations"], expected, 0)
            rows[(s, g["grain"])] = []
        rng = random.Random(seed)
        for _ in range(repeats):
            rng.shuffle(configs)
            for s, g, expected in configs:
                rows[(s, g["grain"])].append(throughput(runners[s], g["iterations"], expected, min_time))
            for s in trips:
                trips[s].append(round_trip_micros(runners[s], min_time / 4))
    finally:
        for r in runners.values():
            r.close()
    for (s, grain), values in rows.items():
        doc["throughput"].append({"strategy": s.name, "grain": grain, "cores": cores, "cpus": cpus,
                                  "tasksPerSecond": [round(v, 3) for v in values]})
    for s, values in trips.items():
        doc["dispatch"].append({"strategy": s.name, "cores": cores, "cpus": cpus,
                                "microseconds": [round(v, 3) for v in values]})


def write(doc, path):
    text = json.dumps(doc, indent=2) + "\n"
    if path is None:
        sys.stdout.write(text)
        return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, help="the core count measured; must equal the CPUs this process may use")
    parser.add_argument("--grains", default="10us,1ms", help="task grains, comma-separated (default: %(default)s)")
    parser.add_argument("--batch", type=int, default=BATCH, help="tasks per batch, as the JVM's (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=5, help="measurements per configuration (default: %(default)s)")
    parser.add_argument("--min-time", type=float, default=0.25, help="seconds per measurement (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=11, help="seed of the shuffled order")
    parser.add_argument("--out", help="cpython.json to create or add this core count to (default: stdout)")
    parser.add_argument("--task", nargs=2, type=int, metavar=("INDEX", "ITERATIONS"),
                        help="print one task's checksum as a signed 64-bit number, as the JVM computes it, and exit")
    try:
        args = parser.parse_args(argv)
        if args.task:
            print(signed(task(args.task[0], args.task[1])))
            return 0
        if args.repeats < 1 or args.batch < 1 or args.min_time < 0 or (args.cores is not None and args.cores < 1):
            raise UsageError("--repeats, --batch and --cores must be positive, --min-time not negative")
        grains = [g.strip() for g in args.grains.split(",") if g.strip()]
        for g in grains:
            parse_grain(g)
        cpus, cores = affinity(args.cores)
        doc = load(args.out)
        if doc is None:
            doc = header(grains, args.batch, args.repeats, args.min_time)
        elif [g["grain"] for g in doc["grains"]] != grains:
            raise UsageError("%s was calibrated for grains %s, not %s" % (args.out, [g["grain"] for g in doc["grains"]], grains))
        if any(r["cores"] == cores for r in doc["throughput"]):
            raise UsageError("%s already holds cores=%d" % (args.out, cores))
        measure(doc, cores, cpus, args.repeats, args.min_time, args.seed + cores)
        write(doc, args.out)
        return 0
    except UsageError as e:
        print("tvp_cpython: " + str(e), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
