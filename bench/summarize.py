#!/usr/bin/env python3
"""Medians of bench/run.sh's runs, ours beside the peer, as a Markdown table.

Usage: summarize.py RESULTS.TXT [CORES]
Each input line: "RESULT SCENARIO ours|peer {json from imagechat-loadgen}".
"""
import json
import statistics
import sys
from collections import defaultdict

COLUMNS = [
    # key, heading, format
    ("deliveriesPerSecond", "deliveries/s", "{:,.0f}"),
    ("p50Ms", "p50 ms", "{:.2f}"),
    ("p99Ms", "p99 ms", "{:.2f}"),
    ("maxMs", "max ms", "{:.1f}"),
    ("bytesPerDelivery", "B/delivery", "{:.0f}"),
    ("serverCpuPer1000", "server CPU s/1k deliveries", "{:.4f}"),
    ("serverBusy", "server busy", "{:.0%}"),
    ("serverPeakMiB", "server peak MiB", "{:.1f}"),
    ("kibPerIdleConnection", "KiB/idle conn", "{:.1f}"),
    ("generatorBusy", "generator busy", "{:.0%}"),
]


def main():
    runs = defaultdict(list)
    order = []
    with open(sys.argv[1]) as f:
        for line in f:
            parts = line.split(" ", 3)
            if len(parts) < 4 or parts[0] != "RESULT":
                continue
            scenario, which = parts[1], parts[2]
            if scenario not in order:
                order.append(scenario)
            runs[(scenario, which)].append(json.loads(parts[3]))
    cores = sys.argv[2] if len(sys.argv) > 2 else "?"
    print(f"Medians of {max((len(v) for v in runs.values()), default=0)} runs each, "
          f"{cores} cores; server on core 0, generator on core 1.\n")
    print("| scenario | server | " + " | ".join(c[1] for c in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for scenario in order:
        medians = {}
        for which in ("ours", "peer"):
            rs = runs.get((scenario, which), [])
            if not rs:
                continue
            medians[which] = {k: statistics.median(r.get(k, 0) for r in rs) for k, _, _ in COLUMNS}
            incomplete = sum(1 for r in rs if r.get("deliveries") != r.get("expected"))
            cells = []
            for key, _, fmt in COLUMNS:
                value = medians[which][key]
                cells.append(fmt.format(value) if value else "–")
            note = f" ({incomplete} incomplete)" if incomplete else ""
            print(f"| {scenario} | {which}{note} | " + " | ".join(cells) + " |")
        if "ours" in medians and "peer" in medians:
            cells = []
            for key, _, _ in COLUMNS:
                a, b = medians["ours"][key], medians["peer"][key]
                cells.append(f"{a / b:.2f}×" if a and b else "–")
            print(f"| {scenario} | ours/peer | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
