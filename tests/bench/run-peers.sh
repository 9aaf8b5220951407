#!/usr/bin/env bash
# The peers of techwinter-bench (tests/bench/README.md), on the same generated data: what an
# analyst would run instead. Prints lines in the bench's format, `<figure> <N> <median> <unit>`:
#   sqlite3_import N ms         sqlite3 CLI `.import` of the CSV into a bare table
#   sqlite3_groupby N ms        sqlite3 CLI monthly GROUP BY of the 10 largest companies
#   pandas_csv_png N ms         pandas read_csv + filter + monthly sums + matplotlib 1600x900 PNG
#   pandas_sqlite_png N ms      the same from the TechWinter database (read_sql)
#   pandas_peak_rss N MiB       peak RSS of the pandas-from-CSV run
#   python_executemany N ms     Python csv + sqlite3 executemany of the CSV into TechWinter's
#                               schema (taken from the bench's database: indexes, sums triggers),
#                               one transaction
# Each peer is skipped, with a note on stderr, when its tool is not installed (python3-pandas,
# python3-matplotlib and sqlite3 are not build dependencies).
#
# usage: tests/bench/run-peers.sh BENCH_BINARY [N...]   (default N: 10000 100000 1000000)
# Uses the CSV and database techwinter-bench left in $TECHWINTER_BENCH_WORK
# (default /tmp/techwinter-bench); writes the CSV itself when missing.
set -euo pipefail
bench=${1:?usage: run-peers.sh path/to/techwinter-bench [N...]}
shift
sizes=("${@:-10000 100000 1000000}")
read -r -a sizes <<<"${sizes[*]}"
work=${TECHWINTER_BENCH_WORK:-/tmp/techwinter-bench}
runs=${RUNS:-3}
mkdir -p "$work"

python=
for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null \
        && "$candidate" -c 'import pandas, matplotlib' 2>/dev/null; then
        python=$candidate
        break
    fi
done
[[ -n $python ]] || echo "run-peers: pandas/matplotlib not installed; skipping the pandas peers" >&2
plain_python=$(command -v /usr/bin/python3 || command -v python3 || true)
[[ -n $plain_python ]] || echo "run-peers: python3 not installed; skipping python_executemany" >&2
command -v sqlite3 >/dev/null || echo "run-peers: sqlite3 not installed; skipping its peers" >&2

top10="'Company000','Company001','Company002','Company003','Company004',"
top10+="'Company005','Company006','Company007','Company008','Company009'"

now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1e6 }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
                                                else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
timed() { # prints the wall time of "$@" in ms
    local start end
    start=$(now_ms)
    "$@" >/dev/null
    end=$(now_ms)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }'
}

pandas_script=$(mktemp --suffix=.py)
executemany_script=$(mktemp --suffix=.py)
trap 'rm -f "$pandas_script" "$executemany_script"' EXIT
cat >"$executemany_script" <<'EOF'
# What a Python programmer writes to load the CSV into the same schema: csv module, one
# transaction, executemany. The schema (tables, indexes, triggers) is copied from `schema_db`.
import csv, sqlite3, sys

schema_db, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
with sqlite3.connect(schema_db) as src:
    schema = [r[0] for r in src.execute(
        "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY type <> 'table', rowid")]
con = sqlite3.connect(out, isolation_level=None)
for sql in schema:
    con.execute(sql)
con.execute("BEGIN")
batch = con.execute("INSERT INTO import_batches (source, imported_at, format) "
                    "VALUES ('peer', '2026-01-01T00:00:00Z', 'techwinter')").lastrowid
companies = {}
def rows():
    with open(path, newline="", encoding="utf-8") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            name = r["company"]
            cid = companies.get(name)
            if cid is None:
                cid = con.execute("INSERT INTO companies (name) VALUES (?)", (name,)).lastrowid
                companies[name] = cid
            yield (r["date"], cid, r["kind"], r["title"],
                   int(r["headcount"]) if r["headcount"] else None,
                   float(r["amount_usd"]) if r["amount_usd"] else None,
                   r["counterparty"], r["source_url"], batch, line)
con.executemany("INSERT INTO events (date, company_id, kind, title, headcount, amount_usd, "
                "counterparty, source_url, batch_id, source_row) VALUES (?,?,?,?,?,?,?,?,?,?)",
                rows())
con.execute("COMMIT")
EOF
cat >"$pandas_script" <<'EOF'
# What an analyst writes: load, keep ten companies, monthly sums, one chart, PNG.
import resource, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

source, path, out = sys.argv[1], sys.argv[2], sys.argv[3]
top10 = [f"Company{i:03d}" for i in range(10)]
if source == "csv":
    df = pd.read_csv(path, usecols=["date", "company", "kind", "headcount", "amount_usd"],
                     parse_dates=["date"])
else:
    import sqlite3
    with sqlite3.connect(path) as con:
        df = pd.read_sql("SELECT e.date, c.name AS company, e.kind, e.headcount, e.amount_usd "
                         "FROM events e JOIN companies c ON c.id = e.company_id", con,
                         parse_dates=["date"])
df = df[df.company.isin(top10)]
month = df.date.dt.to_period("M")
layoffs = df[df.kind == "layoff"].groupby(month[df.kind == "layoff"]).headcount.sum()
ai = df[df.kind == "ai_investment"].groupby(month[df.kind == "ai_investment"]).amount_usd.sum()
fig, ax = plt.subplots(figsize=(16, 9), dpi=100)
ax.bar(layoffs.index.to_timestamp(), layoffs.values, width=20)
ax2 = ax.twinx()
ax2.plot(ai.index.to_timestamp(), ai.values / 1e9, color="tab:orange")
ax.set_title("Layoffs vs AI investment")
fig.savefig(out)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0)
EOF

for n in "${sizes[@]}"; do
    csv=$work/events-$n.csv
    db=$work/events-$n.sqlite
    [[ -f $csv ]] || "$bench" --generate "$n" "$csv"
    if command -v sqlite3 >/dev/null; then
        for _ in $(seq "$runs"); do
            rm -f "$work/bare.sqlite"
            timed sqlite3 "$work/bare.sqlite" \
                "CREATE TABLE raw (date, company, kind, title, headcount, amount_usd, counterparty, source_url);" \
                ".mode csv" ".import --skip 1 $csv raw"
        done | median | sed "s/^/sqlite3_import $n /; s/$/ ms/"
        for _ in $(seq "$runs"); do
            timed sqlite3 "$work/bare.sqlite" \
                "SELECT substr(date, 1, 7) AS month,
                        sum(CASE WHEN kind = 'layoff' THEN headcount END),
                        sum(CASE WHEN kind = 'ai_investment' THEN amount_usd END)
                 FROM raw WHERE company IN ($top10) GROUP BY month;"
        done | median | sed "s/^/sqlite3_groupby $n /; s/$/ ms/"
        rm -f "$work/bare.sqlite"
    fi
    if [[ -n $plain_python && -f $db ]]; then
        for _ in $(seq "$runs"); do
            rm -f "$work/peer.sqlite"
            timed "$plain_python" "$executemany_script" "$db" "$csv" "$work/peer.sqlite"
        done | median | sed "s/^/python_executemany $n /; s/$/ ms/"
        rm -f "$work/peer.sqlite"
    elif [[ -n $plain_python ]]; then
        echo "run-peers: no $db (run techwinter-bench first); skipping python_executemany" >&2
    fi
    if [[ -n $python ]]; then
        rss=()
        for _ in $(seq "$runs"); do
            start=$(now_ms)
            rss+=("$("$python" "$pandas_script" csv "$csv" "$work/pandas-$n.png")")
            end=$(now_ms)
            awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", b - a }' >>"$work/pandas-csv.$$"
        done
        median <"$work/pandas-csv.$$" | sed "s/^/pandas_csv_png $n /; s/$/ ms/"
        rm -f "$work/pandas-csv.$$"
        if [[ -f $db ]]; then
            for _ in $(seq "$runs"); do
                timed "$python" "$pandas_script" sqlite "$db" "$work/pandas-$n.png"
            done | median | sed "s/^/pandas_sqlite_png $n /; s/$/ ms/"
        else
            echo "run-peers: no $db (run techwinter-bench first); skipping pandas_sqlite_png" >&2
        fi
        printf '%s\n' "${rss[@]}" | median | awk -v n="$n" '{ printf "pandas_peak_rss %s %.1f MiB\n", n, $1 }'
    fi
done
