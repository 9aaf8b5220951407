#include "tst_scale_support.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

namespace techwinter::scale {

QString companyName(int i)
{
    return QStringLiteral("Firm%1").arg(i, 2, 10, QLatin1Char('0'));
}

// Random events with everything the sums must cope with: every kind, unknown figures, cents
// and sub-cent amounts, negative and huge amounts, month and year precision, titles.
std::vector<Event> randomEvents(std::mt19937_64 &rng, int count)
{
    std::vector<Event> events;
    const qint64 first = QDate(2019, 1, 1).toJulianDay();
    const qint64 days = QDate(2024, 12, 31).toJulianDay() - first + 1;
    for (int i = 0; i < count; ++i) {
        Event e;
        e.date = QDate::fromJulianDay(first + qint64(rng() % quint64(days)));
        e.precision = DatePrecision(rng() % 8 == 0 ? 1 + rng() % 2 : 0);
        e.company = companyName(int(rng() % Companies));
        e.kind = AllEventKinds[size_t(rng() % 8 < 3 ? 0 : rng() % 8 < 6 ? 1 : rng() % 6)];
        if (rng() % 5 != 0)
            e.headcount = qint64(rng() % 30000);
        switch (rng() % 6) {
        case 0:
            break; // unknown
        case 1:
            e.amountUsd = double(rng() % 100000) / 100.0; // whole cents
            break;
        case 2:
            e.amountUsd = std::ldexp(double(rng() % (1ull << 40)), -10); // sub-cent fractions
            break;
        case 3:
            e.amountUsd = -double(rng() % 1000000) / 8.0;
            break;
        case 4:
            e.amountUsd = 1e12 * double(1 + rng() % 50); // clamped at 10^13
            break;
        default:
            e.amountUsd = std::pow(10.0, 5.0 + 5.0 * double(rng() % 10000) / 10000.0);
        }
        if (rng() % 3 == 0)
            e.title = QStringLiteral("Event %1 — 구조조정").arg(i);
        if (rng() % 7 == 0)
            e.counterparty = QStringLiteral("Partner %1").arg(rng() % 5);
        events.push_back(std::move(e));
    }
    return events;
}

// US dollars as whole cents, written here again rather than taken from Money.h: rounded half
// away from zero (std::round), clamped to ±10^13 dollars, NaN as nothing.
qint64 expectedCents(double usd)
{
    if (std::isnan(usd))
        return 0;
    return qint64(std::round(std::clamp(usd, -1e13, 1e13) * 100.0));
}

// The store index of the company named `name` (the events carry the stored name).
int companyIndexNamed(const EventStore &store, const QString &name)
{
    for (int i = 0; i < int(store.companies().size()); ++i) {
        if (store.company(i).name == name)
            return i;
    }
    FAIL("no company " << name.toStdString());
    return -1;
}

QByteArray nativeCsv(const std::vector<Event> &events)
{
    QByteArray csv("date,company,kind,title,headcount,amount_usd,counterparty,source_url\n");
    for (const Event &e : events) {
        csv += e.date.toString(Qt::ISODate).toUtf8() + ',' + e.company.toUtf8() + ','
            + eventKindName(e.kind).toUtf8() + ",\"" + e.title.toUtf8() + "\","
            + (e.headcount ? QByteArray::number(*e.headcount) : QByteArray()) + ','
            + (e.amountUsd ? QByteArray::number(*e.amountUsd, 'f', 2) : QByteArray()) + ",,\n";
    }
    return csv;
}

} // namespace techwinter::scale
