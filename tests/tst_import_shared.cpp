// Imports the real public files in ../shared/data (see its README) and checks exact figures.
//
// The expected numbers were computed independently of the importer, with this Python 3 script
// (standard library only; `python3 expected.py` in ../shared/data). It applies the same rules
// the issue states: dates M/D/YYYY, NULL/empty are unknown, percentages are fractions, names are
// trimmed and compared case-insensitively, a row is a duplicate when company, kind, date and
// figures repeat (and the title: for funding rounds that is the round type, for layoffs it is
// made from the figures), the Crunchbase file is Mac Roman and its '#NAME?' row is rejected:
//
//   import csv, io
//   def rows(f, enc='utf-8'):
//       return list(csv.DictReader(io.StringIO(open(f, 'rb').read().decode(enc), newline='')))
//   def num(s): s = s.strip(); return None if s in ('', 'NULL') else float(s)
//   def mdy(s): m, d, y = map(int, s.split('/')); return '%04d-%02d-%02d' % (y, m, d)
//   def fix(s):  # mojibake: UTF-8 once read as Windows-1252 ("agÃ¡mi")
//       try: return s.encode('cp1252').decode('utf-8')
//       except Exception: return s
//   def layoffs(f):
//       seen, out, rejected = set(), [], 0
//       for r in rows(f):
//           if r['date'] in ('', 'NULL'): rejected += 1; continue
//           hc, pct = num(r['total_laid_off']), num(r['percentage_laid_off'])
//           k = (r['company'].strip().casefold(), mdy(r['date']), hc,
//                None if pct is None else round(pct * 100, 4))
//           if k not in seen: seen.add(k); out.append(k)
//       return out, rejected, seen
//   for f in ['layoffs_kaggle_2023-03.csv', 'layoffs_fyi_2020-2026.csv']:
//       out, rej, _ = layoffs(f); n = len(rows(f))
//       print(f, 'read', n, 'rejected', rej, 'dups', n - rej - len(out), 'imported', len(out),
//             'headcount', int(sum(k[2] or 0 for k in out)),
//             'range', min(k[1] for k in out), max(k[1] for k in out))
//       for c in ['amazon', 'google', 'meta', 'uber', 'wework']:
//           print('   ', c, len([k for k in out if k[0] == c]),
//                 int(sum(k[2] or 0 for k in out if k[0] == c)))
//   kag = layoffs('layoffs_kaggle_2023-03.csv')[2]; fyi = layoffs('layoffs_fyi_2020-2026.csv')[0]
//   print('fyi after kaggle: new', len([k for k in fyi if k not in kag]))
//   cb = rows('crunchbase_rounds_2013-10.csv', 'mac_roman')
//   seen, out, rej = set(), [], 0
//   for r in cb:
//       if r['company_name'].strip() == '#NAME?': rej += 1; continue
//       kind = 'ai_investment' if r['company_category_code'] == 'analytics' else 'investment'
//       k = (fix(r['company_name'].strip()).casefold(), r['funded_at'],
//            num(r['raised_amount_usd']), kind, r['funding_round_type'])
//       if k not in seen: seen.add(k); out.append(k)
//   print('crunchbase read', len(cb), 'rejected', rej, 'dups', len(cb) - rej - len(out),
//         'imported', len(out), 'usd', int(sum(k[2] or 0 for k in out)),
//         'ai', len([k for k in out if k[3] == 'ai_investment']),
//         'ai usd', int(sum(k[2] or 0 for k in out if k[3] == 'ai_investment')),
//         'range', min(k[1] for k in out), max(k[1] for k in out))
//   for c in ['facebook', 'twitter', 'aviir', 'agámi systems', 'miasolé']:
//       print('   ', c, len([k for k in out if k[0] == c]),
//             int(sum(k[2] or 0 for k in out if k[0] == c)))
//   ow = rows('owid_private_ai_investment_2014-2023.csv'); v = 'Estimated investment - Field: All'
//   print('owid rows', len(ow),
//         'world 2023', [r[v] for r in ow if r['Entity'] == 'World' and r['Year'] == '2023'],
//         'countries 2023', sum(int(r[v]) for r in ow
//                               if r['Entity'] != 'World' and r['Year'] == '2023'),
//         'world points', len([r for r in ow if r['Entity'] == 'World']),
//         'entities', len(set(r['Entity'] for r in ow)))
//
// Its output (the dedup key without the kind gives the same Crunchbase counts; without the round
// type there would be 79 duplicates, 16 of them rounds of one company, day and amount filed
// under two round types):
//   layoffs_kaggle_2023-03.csv read 2361 rejected 1 dups 7 imported 2353 headcount 383089
//       range 2020-03-11 2023-03-06; amazon 3 18150, google 1 12000, meta 1 11000, uber 5 7585,
//       wework 6 1150
//   layoffs_fyi_2020-2026.csv read 4277 rejected 0 dups 5 imported 4272 headcount 824721
//       range 2020-03-11 2026-01-28; amazon 18 58024, google 17 13697, meta 9 26800,
//       uber 6 7785, wework 6 1150
//   fyi after kaggle: new 1930
//   crunchbase read 31679 rejected 1 dups 63 imported 31615 usd 279741219101 ai 958
//       ai usd 5532208936 range 1960-01-01 2013-10-01; facebook 11 2425700000,
//       twitter 8 1160166511, aviir 14 71680000, agámi systems 1 50000000, miasolé 5 466000000
//   owid rows 793 world 2023 ['126779692421'] countries 2023 126779692424 world points 10
//       entities 117
// The Blackbaud row (line 2358 of the Kaggle file) has the date NULL; '#NAME?' is on line 3 of
// the Crunchbase file (awk -F, '$6=="NULL" {print NR}' and grep -n '#NAME?').

#include "FormatDetector.h"
#include "SourceReader.h"
#include "tst_import_support.h"

#include <QFileInfo>

#include <cmath>
#include <map>

using namespace techwinter;
using test::haveSharedFile;
using test::sharedFile;

namespace {

struct Totals
{
    qint64 events = 0;
    qint64 headcount = 0;
    qint64 dollars = 0;
    QDate first;
    QDate last;
};

// Sums per company (display name) and overall, over one kind or all.
std::map<QString, Totals> totalsByCompany(
    const SqliteStorage &repo, std::optional<EventKind> kind = std::nullopt)
{
    std::map<QString, Totals> totals;
    for (const Event &e : test::allEvents(repo)) {
        if (kind && e.kind != *kind)
            continue;
        for (Totals *t : { &totals[e.company], &totals[QString()] }) {
            ++t->events;
            t->headcount += e.headcount.value_or(0);
            t->dollars += std::llround(e.amountUsd.value_or(0));
            if (!t->first.isValid() || e.date < t->first)
                t->first = e.date;
            if (!t->last.isValid() || e.date > t->last)
                t->last = e.date;
        }
    }
    return totals;
}

} // namespace

TEST_CASE("layoffs.fyi, Kaggle snapshot (2020-03 to 2023-03): exact counts and sums")
{
    if (!haveSharedFile("layoffs_kaggle_2023-03.csv"))
        return;
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    const QString path = sharedFile("layoffs_kaggle_2023-03.csv");
    auto summary = test::importFile(*repo, path);
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::LayoffsFyi);
    CHECK(summary->rowsRead == 2361);
    CHECK(summary->imported == 2353);
    CHECK(summary->duplicatesSkipped == 7);
    CHECK(summary->rejected == 1);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems[0]
        == ImportProblem { 2358, QStringLiteral("date"), QStringLiteral("the date is missing") });

    auto totals = totalsByCompany(*repo);
    CHECK(totals[QString()].events == 2353);
    CHECK(totals[QString()].headcount == 383089);
    CHECK(totals[QString()].dollars == 0); // funds_raised_millions is never an event amount
    CHECK(totals[QString()].first == QDate(2020, 3, 11));
    CHECK(totals[QString()].last == QDate(2023, 3, 6));
    CHECK(totals[QStringLiteral("Amazon")].events == 3);
    CHECK(totals[QStringLiteral("Amazon")].headcount == 18150);
    CHECK(totals[QStringLiteral("Google")].headcount == 12000);
    CHECK(totals[QStringLiteral("Meta")].headcount == 11000);
    CHECK(totals[QStringLiteral("Uber")].events == 5);
    CHECK(totals[QStringLiteral("Uber")].headcount == 7585);
    CHECK(totals[QStringLiteral("WeWork")].events == 6); // "WeWork " trimmed into WeWork
    CHECK(totals[QStringLiteral("WeWork")].headcount == 1150);

    // Re-importing adds nothing.
    const QString before = test::fingerprint(*repo);
    auto again = test::importFile(*repo, path);
    REQUIRE_OK(again);
    CHECK(again->imported == 0);
    CHECK(again->duplicatesSkipped == 2360);
    CHECK(again->rejected == 1);
    CHECK(test::fingerprint(*repo) == before);

    // The newer snapshot on top: only the layoffs the older one lacks are added.
    if (!haveSharedFile("layoffs_fyi_2020-2026.csv"))
        return;
    auto newer = test::importFile(*repo, sharedFile("layoffs_fyi_2020-2026.csv"));
    REQUIRE_OK(newer);
    CHECK(newer->imported == 1930);
    // The Kaggle snapshot has no source column: the newer one's rows for the same layoffs bring
    // their URL to the stored events instead of being dropped.
    CHECK(newer->duplicatesSkipped + newer->sourcesMerged == 4277 - 1930);
    CHECK(newer->sourcesMerged == 2194);
    CHECK(repo->eventCount().value() == 2353 + 1930);
}

TEST_CASE("layoffs.fyi, newer snapshot (2020-03 to 2026-01): exact counts and sums")
{
    if (!haveSharedFile("layoffs_fyi_2020-2026.csv"))
        return;
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    auto summary = test::importFile(*repo, sharedFile("layoffs_fyi_2020-2026.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::LayoffsFyi);
    CHECK(summary->rowsRead == 4277);
    CHECK(summary->imported == 4272);
    // Five rows repeat a layoff; four of them name another outlet's report, kept as a source.
    CHECK(summary->duplicatesSkipped == 1);
    CHECK(summary->sourcesMerged == 4);
    // Lines 226 and 227: Cars24 cut 200, reported by Entrackr and by Inc42; one event keeps both.
    std::vector<Event> cars24;
    for (const Event &e : test::allEvents(*repo)) {
        if (e.company == QStringLiteral("Cars24") && e.headcount == 200)
            cars24.push_back(e);
    }
    REQUIRE(cars24.size() == 1);
    CHECK(cars24[0].sourceUrl.contains(QStringLiteral("entrackr.com")));
    CHECK(cars24[0].otherSources.contains(QStringLiteral("inc42.com")));
    CHECK(summary->rejected == 0);
    CHECK(summary->problems.empty());

    auto totals = totalsByCompany(*repo);
    CHECK(totals[QString()].headcount == 824721);
    CHECK(totals[QString()].dollars == 0);
    CHECK(totals[QString()].first == QDate(2020, 3, 11));
    CHECK(totals[QString()].last == QDate(2026, 1, 28));
    CHECK(totals[QStringLiteral("Amazon")].events == 18);
    CHECK(totals[QStringLiteral("Amazon")].headcount == 58024);
    CHECK(totals[QStringLiteral("Google")].events == 17);
    CHECK(totals[QStringLiteral("Google")].headcount == 13697);
    CHECK(totals[QStringLiteral("Meta")].events == 9);
    CHECK(totals[QStringLiteral("Meta")].headcount == 26800);
    CHECK(totals[QStringLiteral("Uber")].headcount == 7785);
    CHECK(totals[QStringLiteral("WeWork")].headcount == 1150);
}

TEST_CASE("Crunchbase rounds (October 2013): Mac Roman, CR-only, exact counts, AI option, undo")
{
    if (!haveSharedFile("crunchbase_rounds_2013-10.csv"))
        return;
    QTemporaryDir dir;
    auto repo = test::openRepository(dir);
    const QString before = test::fingerprint(*repo);
    auto summary = test::importFile(*repo, sharedFile("crunchbase_rounds_2013-10.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::FundingRounds);
    CHECK(summary->rowsRead == 31679);
    CHECK(summary->imported == 31615);
    CHECK(summary->duplicatesSkipped == 63);
    CHECK(summary->rejected == 1);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems[0].line == 3);
    CHECK(summary->problems[0].column == QStringLiteral("company_name"));

    auto totals = totalsByCompany(*repo, EventKind::Investment);
    CHECK(totals[QString()].events == 31615);
    CHECK(totals[QString()].dollars == 279741219101);
    CHECK(totals[QString()].first == QDate(1960, 1, 1));
    CHECK(totals[QString()].last == QDate(2013, 10, 1));
    CHECK(totals[QStringLiteral("Facebook")].events == 11);
    CHECK(totals[QStringLiteral("Facebook")].dollars == 2425700000);
    CHECK(totals[QStringLiteral("Twitter")].dollars == 1160166511);
    CHECK(totals[QStringLiteral("Aviir")].events == 14);
    CHECK(totals[QStringLiteral("Aviir")].dollars == 71680000);
    CHECK(totals[QStringLiteral("agámi Systems")].dollars == 50000000);
    CHECK(totals[QStringLiteral("MiaSolé")].events == 5);
    CHECK(totals[QStringLiteral("MiaSolé")].dollars == 466000000);
    // None of it is AI money unless the user says so.
    CHECK(totalsByCompany(*repo, EventKind::AiInvestment).empty());

    REQUIRE(repo->undoImport(summary->batchId).ok());
    CHECK(repo->eventCount().value() == 0);
    CHECK(repo->loadCompanies()->empty());
    CHECK(test::fingerprint(*repo) == before);

    // With the category "analytics" mapped to AI.
    auto table = SourceReader::readFile(sharedFile("crunchbase_rounds_2013-10.csv"));
    REQUIRE_OK(table);
    auto mapping = FormatDetector::detect(*table);
    REQUIRE_OK(mapping);
    mapping.value().events.aiCategoryValues = { QStringLiteral("analytics") };
    auto parsed = Importer::parse(*table, *mapping);
    REQUIRE_OK(parsed);
    auto withAi = repo->importParsed(*parsed);
    REQUIRE_OK(withAi);
    CHECK(withAi->imported == 31615);
    auto ai = totalsByCompany(*repo, EventKind::AiInvestment);
    CHECK(ai[QString()].events == 958);
    CHECK(ai[QString()].dollars == 5532208936);
}

TEST_CASE("OWID private AI investment: a context series by country and year, World apart")
{
    if (!haveSharedFile("owid_private_ai_investment_2014-2023.csv"))
        return;
    QTemporaryDir dir;
    auto repo = test::openSampleRepository(dir);
    const qint64 events = repo->eventCount().value();
    auto summary = test::importFile(*repo, sharedFile("owid_private_ai_investment_2014-2023.csv"));
    REQUIRE_OK(summary);
    CHECK(summary->format == ImportFormat::OwidSeries);
    CHECK(summary->rowsRead == 793);
    CHECK(summary->imported == 793);
    CHECK(summary->rejected == 0);
    CHECK(repo->eventCount().value() == events); // never events

    auto series = repo->loadContextSeries();
    REQUIRE_OK(series);
    REQUIRE(series->size() == 1);
    const ContextSeries &s = series->front();
    CHECK(s.points.size() == 793);
    CHECK(s.entities().size() == 117);
    const auto world = s.pointsOf(u"World");
    REQUIRE(world.size() == 10);
    for (const ContextPoint &p : world)
        CHECK(p.aggregate);
    CHECK(world.back().date == QDate(2023, 1, 1));
    CHECK(world.back().precision == DatePrecision::Year);
    CHECK(world.back().value == 126779692421.0);
    CHECK(s.countryTotals().at(QDate(2023, 1, 1)) == 126779692424.0);
    int aggregates = 0;
    for (const ContextPoint &p : s.points)
        aggregates += p.aggregate ? 1 : 0;
    CHECK(aggregates == 10);
}
