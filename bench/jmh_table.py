#!/usr/bin/env python3
"""Prints JMH JSON results as one table: each figure's median over every measured iteration of
every fork, its spread (min-max of the same iterations), bytes allocated per op, and the ratios
the performance targets are stated in. Usage: jmh_table.py RESULT.json [RESULT.json ...]"""
import json
import statistics
import sys


def iterations(metric):
    return [x for fork in metric["rawData"] for x in fork]


def load(paths):
    rows = {}
    for path in paths:
        for b in json.load(open(path)):
            cls, method = b["benchmark"].split(".")[-2:]
            params = b.get("params") or {}
            point = f"{params['facts']} facts x {params['rules']} rules" if params else "bih-nato baseline"
            times = iterations(b["primaryMetric"])
            alloc = b.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            rows[(cls, point, method)] = {
                "median": statistics.median(times), "min": min(times), "max": max(times),
                "n": len(times), "forks": b["forks"],
                "bytes": statistics.median(iterations(alloc)) if alloc else None,
            }
    return rows


def human_bytes(n):
    if n is None:
        return "-"
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1024


def ratio(rows, point, num, den, cls):
    a, b = rows.get((cls, point, num)), rows.get((cls, point, den))
    if not a or not b:
        return None
    return a["median"] / b["median"], a["min"] / b["max"], a["max"] / b["min"]


def main(paths):
    rows = load(paths)
    print(f"{'benchmark':<16} {'point':<24} {'median us/op':>13} {'spread (min-max)':>22} {'bytes/op':>12} {'samples':>8}")
    for (cls, point, method), r in rows.items():
        spread = f"{r['min']:,.1f} - {r['max']:,.1f}"
        print(f"{method:<16} {point:<24} {r['median']:>13,.1f} {spread:>22} {human_bytes(r['bytes']):>12} "
              f"{str(r['forks']) + 'x' + str(r['n'] // max(r['forks'], 1)):>8}")
    print()
    print("ratios of medians (in brackets: the lowest and highest ratio the spreads allow)")
    checks = []
    base = ratio(rows, "bih-nato baseline", "assessment", "bareExecute", "BaselineBench")
    if base:
        checks.append(("assessment / bare execute", "bih-nato baseline", base, "<= 1.5", base[0] <= 1.5))
    points = sorted({p for (c, p, _) in rows if c == "GridBench"}, key=lambda p: [int(w) for w in p.split() if w.isdigit()])
    for point in points:
        for den, label, target in (("easyRules", "Assay / Easy Rules", 1.0), ("handWritten", "Assay / hand-written", None),
                                   ("droolsExecute", "Assay / bare Drools", None)):
            r = ratio(rows, point, "assay", den, "GridBench")
            if r:
                checks.append((label, point, r, f"< {target:g}" if target else "", r[0] < target if target else None))
    for label, point, (mid, lo, hi), target, ok in checks:
        verdict = "" if ok is None else ("holds" if ok else "MISSED")
        print(f"{label:<26} {point:<24} {mid:>9.2f}x  [{lo:.2f} - {hi:.2f}]  {('target ' + target) if target else '':<14} {verdict}")


if __name__ == "__main__":
    main(sys.argv[1:])
