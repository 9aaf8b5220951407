#include "Formatting.h"

#include <array>
#include <cmath>

namespace techwinter {

namespace {

bool isKorean(const QLocale &locale)
{
    return locale.language() == QLocale::Korean;
}

struct KoreanUnit
{
    double size;
    const char16_t *name;
};

// Largest first; each shows with the next smaller unit's remainder ("1조 2,000억").
constexpr std::array<KoreanUnit, 3> koreanUnits { { { 1e12, u"조" }, { 1e8, u"억" },
    { 1e4, u"만" } } };

QString englishScaled(double amount, const QLocale &locale, const QString &symbol, bool trillions)
{
    const double size = std::abs(amount);
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    // Dollars stay in billions ("US$2,600 bn") as they always have; won reach trillions quickly.
    if (trillions && size >= 1e12)
        return QStringLiteral("%1%2%3 tn")
            .arg(sign, symbol, locale.toString(size / 1e12, 'f', size >= 1e14 ? 0 : 1));
    if (size >= 1e9)
        return QStringLiteral("%1%2%3 bn")
            .arg(sign, symbol, locale.toString(size / 1e9, 'f', size >= 1e11 ? 0 : 1));
    if (size >= 1e6)
        return QStringLiteral("%1%2%3 m")
            .arg(sign, symbol, locale.toString(size / 1e6, 'f', size >= 1e8 ? 0 : 1));
    return QStringLiteral("%1%2%3").arg(sign, symbol, locale.toString(size, 'f', 0));
}

} // namespace

QString formatKoreanUnits(double amount, const QLocale &locale)
{
    const QString sign = amount < 0 ? QStringLiteral("-") : QString();
    const double size = std::abs(amount);
    for (std::size_t u = 0; u < koreanUnits.size(); ++u) {
        const double below = u + 1 < koreanUnits.size() ? koreanUnits[u + 1].size : 1.0;
        const double rounded = std::round(size / below) * below;
        if (rounded < koreanUnits[u].size)
            continue;
        // Rounding can carry a figure up a unit (9,999억 9,999만 → 1조): the larger unit came
        // first.
        const qint64 top = qint64(std::floor(rounded / koreanUnits[u].size));
        const qint64 rest
            = qint64(std::llround((rounded - double(top) * koreanUnits[u].size) / below));
        QString text = sign + locale.toString(top) + QString::fromUtf16(koreanUnits[u].name);
        if (rest > 0) {
            text += QLatin1Char(' ') + locale.toString(rest);
            if (u + 1 < koreanUnits.size())
                text += QString::fromUtf16(koreanUnits[u + 1].name);
        }
        return text;
    }
    return sign + locale.toString(std::llround(size));
}

QString formatUsd(double usd, const QLocale &locale)
{
    return formatMoney(usd, QStringLiteral("USD"), locale);
}

QString formatMoney(double amount, const QString &currencyCode, const QLocale &locale)
{
    const bool won = currencyCode.compare(QStringLiteral("KRW"), Qt::CaseInsensitive) == 0;
    if (!isKorean(locale))
        return englishScaled(
            amount, locale, won ? QStringLiteral("₩") : QStringLiteral("US$"), won);
    const QString units = formatKoreanUnits(amount, locale);
    // A bare number takes the unit directly ("500원"); a figure in 만/억/조 is spaced ("2억 원").
    const bool bare = std::abs(amount) < 1e4 - 0.5;
    const QString unit = won ? QStringLiteral("원") : QStringLiteral("달러");
    return bare ? units + unit : units + QLatin1Char(' ') + unit;
}

QString formatKrwPerUsd(double wonPerDollar, const QLocale &locale)
{
    const QString won = locale.toString(wonPerDollar, 'f', 0);
    return isKorean(locale) ? QStringLiteral("1달러당 %1원").arg(won)
                            : QStringLiteral("₩%1/$").arg(won);
}

} // namespace techwinter
