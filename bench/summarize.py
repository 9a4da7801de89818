#!/usr/bin/env python3
"""Medians of bench/run.sh's runs, ours beside the peers, as Markdown tables,
then the targets of the benchmark with what this invocation measured.

Usage: summarize.py RESULTS.TXT [CORES]
Each input line: "RESULT SCENARIO SERVER {json from imagechat-loadgen}",
SERVER being ours, ws or uws (older files: peer, read as ws).
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

CLUSTER_COLUMNS = [
    ("deliveriesPerSecond", "deliveries/s", "{:,.0f}"),
    ("crossP50Ms", "cross-node p50 ms", "{:.2f}"),
    ("crossP99Ms", "cross-node p99 ms", "{:.2f}"),
    ("p99Ms", "p99 ms (all)", "{:.2f}"),
    ("maxMs", "max ms", "{:.1f}"),
    ("serverCpuPer1000", "nodes' CPU s/1k deliveries", "{:.4f}"),
    ("backendCpuPer1000", "PostgreSQL+Redis CPU s/1k", "{:.4f}"),
    ("serverBusy", "nodes busy", "{:.0%}"),
    ("generatorBusy", "generator busy", "{:.0%}"),
]

SERVERS = ("ours", "ws", "uws")


def table(scenarios, runs, columns):
    print("| scenario | server | " + " | ".join(c[1] for c in columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    medians = {}
    for scenario in scenarios:
        for which in SERVERS:
            rs = runs.get((scenario, which), [])
            if not rs:
                continue
            m = {k: statistics.median(r.get(k, 0) for r in rs) for k, _, _ in columns}
            medians[(scenario, which)] = m
            incomplete = sum(1 for r in rs if r.get("deliveries") != r.get("expected"))
            cells = [fmt.format(m[key]) if m[key] else "–" for key, _, fmt in columns]
            note = f" ({incomplete} incomplete)" if incomplete else ""
            print(f"| {scenario} | {which}{note} | " + " | ".join(cells) + " |")
        ours = medians.get((scenario, "ours"))
        for peer in SERVERS[1:]:
            other = medians.get((scenario, peer))
            if not ours or not other:
                continue
            cells = []
            for key, _, _ in columns:
                a, b = ours[key], other[key]
                cells.append(f"{a / b:.2f}×" if a and b else "–")
            print(f"| {scenario} | ours/{peer} | " + " | ".join(cells) + " |")
    print()
    return medians


def main():
    runs = defaultdict(list)
    order = []
    with open(sys.argv[1]) as f:
        for line in f:
            parts = line.split(" ", 3)
            if len(parts) < 4 or parts[0] != "RESULT":
                continue
            scenario, which = parts[1], parts[2]
            which = "ws" if which == "peer" else which
            if scenario not in order:
                order.append(scenario)
            runs[(scenario, which)].append(json.loads(parts[3]))
    cores = sys.argv[2] if len(sys.argv) > 2 else "?"
    print(f"Medians of {max((len(v) for v in runs.values()), default=0)} runs each, "
          f"{cores} cores; servers on core 0, generator on core 1.\n")
    single = [s for s in order if not s.startswith("cluster-")]
    cluster = [s for s in order if s.startswith("cluster-")]
    medians = {}
    if single:
        medians.update(table(single, runs, COLUMNS))
    if cluster:
        print("Cluster: two nodes on core 0 with PostgreSQL and Redis, clients dealt out over "
              "both, one sender on the first; cross-node = at the clients of the second node. "
              "CPU per delivery: both nodes together.\n")
        medians.update(table(cluster, runs, CLUSTER_COLUMNS))

    def get(scenario, which, key):
        return medians.get((scenario, which), {}).get(key, 0)

    targets = []
    p99 = get("cluster-500", "ours", "crossP99Ms")
    if p99:
        targets.append(("cross-node p99 at 500 clients ≤ 15 ms", f"{p99:.2f} ms",
                        "met" if p99 <= 15 else "not met"))
    tls, plain = get("tls-500", "ours", "serverCpuPer1000"), get("plain-500", "ours",
                                                                  "serverCpuPer1000")
    if tls and plain:
        ratio = tls / plain
        peer = ""
        ptls, pplain = get("tls-500", "ws", "serverCpuPer1000"), get("plain-500", "ws",
                                                                      "serverCpuPer1000")
        if ptls and pplain:
            peer = f" (ws peer: {ptls / pplain:.2f}×)"
        targets.append(("TLS CPU per delivery ≤ 1.5× plain (500 clients)",
                        f"{ratio:.2f}×{peer}", "met" if ratio <= 1.5 else "not met"))
    burst = get("burst-500", "ours", "deliveriesPerSecond")
    peers = {p: get("burst-500", p, "deliveriesPerSecond") for p in SERVERS[1:]}
    peers = {p: v for p, v in peers.items() if v}
    if burst and peers:
        best = max(peers, key=peers.get)
        ratio = burst / peers[best]
        targets.append(("burst throughput ≥ 2× the best peer's",
                        f"{ratio:.2f}× ({best})", "met" if ratio >= 2 else "not met"))
    ours_idle, ws_idle = (get("idle-2000", "ours", "kibPerIdleConnection"),
                          get("idle-2000", "ws", "kibPerIdleConnection"))
    if ours_idle and ws_idle:
        ratio = ours_idle / ws_idle
        targets.append(("memory per idle connection ≤ the ws peer's", f"{ratio:.2f}×",
                        "met" if ratio <= 1 else "not met"))
    if targets:
        print("| target | measured | |")
        print("|---|---|---|")
        for name, value, verdict in targets:
            print(f"| {name} | {value} | {verdict} |")
        print("\n(Node loss: tst_cluster's nodeKilledMidBurst prints the time until every "
              "client of the killed node is live and caught up again.)")


if __name__ == "__main__":
    main()
