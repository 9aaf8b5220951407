#!/usr/bin/env python3
"""Derives the bundled rate and CPI tables from the shared public-domain files.

Usage: python3 resources/data/build-rates.py [SHARED_DATA_DIR]   (default ../shared/data)
Writes resources/data/exchange-rates-monthly.csv and resources/data/us-cpi-monthly.csv.
"""
import csv
import pathlib
import sys

# FRED/H.10 country name -> ISO 4217 code; only the currencies the dataset and likely imports use.
CURRENCIES = {
    "South Korea": "KRW", "Euro": "EUR", "United Kingdom": "GBP", "Japan": "JPY",
    "China": "CNY", "India": "INR", "Canada": "CAD", "Switzerland": "CHF",
    "Sweden": "SEK", "Hong Kong": "HKD",
}

here = pathlib.Path(__file__).resolve().parent
shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parents[2] / "shared" / "data"

rates = {}
with open(shared / "fred_exchange_rates_monthly.csv", newline="") as f:
    for row in csv.DictReader(f):
        code = CURRENCIES.get(row["Country"])
        if code and row["Exchange rate"].strip():
            rates.setdefault(row["Date"][:7], {})[code] = row["Exchange rate"].strip()
codes = sorted(CURRENCIES.values())
with open(here / "exchange-rates-monthly.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["month"] + codes)
    for month in sorted(rates):
        out.writerow([month] + [rates[month].get(c, "") for c in codes])

with open(shared / "us_cpi_monthly.csv", newline="") as f, \
        open(here / "us-cpi-monthly.csv", "w", newline="") as o:
    out = csv.writer(o, lineterminator="\n")
    out.writerow(["month", "cpi_u"])
    for row in csv.DictReader(f):
        if row["Index"].strip():
            out.writerow([row["Date"][:7], row["Index"].strip()])
