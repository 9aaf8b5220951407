-- Schema version 1: companies with aliases, and dated events.
CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- Every other name a company is known by ("Alphabet", "구글"); the display name is not repeated.
CREATE TABLE company_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    date_precision TEXT NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year')),
    company_id INTEGER NOT NULL REFERENCES companies(id),
    kind TEXT NOT NULL CHECK (kind IN ('layoff', 'ai_investment', 'investment', 'acquisition',
                                       'restructuring', 'launch')),
    counterparty TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    workforce_pct REAL,
    amount REAL,
    currency TEXT,
    amount_usd REAL,
    usd_rate REAL,
    source_url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE INDEX events_date ON events(date);
CREATE INDEX events_company_date ON events(company_id, date);
