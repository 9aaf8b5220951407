#pragma once

#include <QLocale>
#include <QString>

namespace techwinter {

/// "US$10.3 bn", "US$300 m", "US$75,000": money the way a reader scans it, in `locale`'s digits;
/// in Korean, 조/억/만 units ("103억 달러").
QString formatUsd(double usd, const QLocale &locale = QLocale());

/// Money in `currencyCode` (USD or KRW): English "₩1.2 tn", Korean "1조 2,000억 원"; negative
/// amounts keep their sign and zero reads "0원" / "US$0".
QString formatMoney(double amount, const QString &currencyCode, const QLocale &locale = QLocale());

/// A count in Korean units, without a currency: "1조 2,000억", "9억 6,380만", "7,500".
QString formatKoreanUnits(double amount, const QLocale &locale);

/// Won per dollar: "₩1,245/$" in English, "1달러당 1,245원" in Korean.
QString formatKrwPerUsd(double wonPerDollar, const QLocale &locale = QLocale());

} // namespace techwinter
