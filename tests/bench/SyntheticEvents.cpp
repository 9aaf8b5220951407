#include "SyntheticEvents.h"

#include <QDate>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace techwinter::bench {

QString syntheticCompany(int rank)
{
    return QStringLiteral("Company%1").arg(rank, 3, 10, QLatin1Char('0'));
}

bool writeSyntheticCsv(const QString &path, qint64 count)
{
    // mt19937_64's output is fixed by the standard; the distributions are not, so the uniform
    // draws are made by hand and the file is the same with any standard library.
    std::mt19937_64 rng(42);
    const auto uniform = [&] {
        return double(rng() >> 11) * 0x1.0p-53;
    };

    std::vector<double> cumulative(SyntheticCompanyCount);
    double total = 0;
    for (int k = 0; k < SyntheticCompanyCount; ++k) {
        total += 1.0 / std::pow(double(k + 1), 1.1);
        cumulative[size_t(k)] = total;
    }
    const qint64 firstDay = QDate(2010, 1, 1).toJulianDay();
    const qint64 days = QDate(2025, 12, 31).toJulianDay() - firstDay + 1;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out("date,company,kind,title,headcount,amount_usd,counterparty,source_url\n");
    out.reserve(1 << 20);
    char line[160];
    for (qint64 i = 0; i < count; ++i) {
        const double pick = uniform() * total;
        const int company = std::min(SyntheticCompanyCount - 1,
            int(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin()));
        const QDate date = QDate::fromJulianDay(firstDay + qint64(rng() % quint64(days)));
        int n = 0;
        if (uniform() < 0.6) {
            const qint64 headcount = 10 + qint64(rng() % 19991);
            n = std::snprintf(line, sizeof line, "%04d-%02d-%02d,Company%03d,layoff,,%lld,,,\n",
                date.year(), date.month(), date.day(), company, static_cast<long long>(headcount));
        } else {
            const double usd = std::pow(10.0, 5.0 + 5.0 * uniform());
            n = std::snprintf(line, sizeof line,
                "%04d-%02d-%02d,Company%03d,ai_investment,,,%.2f,,\n", date.year(), date.month(),
                date.day(), company, usd);
        }
        out.append(line, n);
        if (out.size() > (1 << 20) - 256) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return false;
    return file.commit();
}

} // namespace techwinter::bench
