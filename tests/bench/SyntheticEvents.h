#pragma once

#include <QString>

namespace techwinter::bench {

/// Writes `count` synthetic events as a native TechWinter CSV (issue 5's generator): seed 42;
/// companies Company000..Company499 with Zipf-like frequencies (s = 1.1); dates uniform over
/// 2010-01-01..2025-12-31; 60% layoffs with headcount 10..20000, 40% ai_investment with
/// amount_usd log-uniform over 1e5..1e10; other columns empty. Returns false when the file
/// cannot be written.
bool writeSyntheticCsv(const QString &path, qint64 count);

/// The name of the company of rank `rank` (0 = most frequent): "Company000".
QString syntheticCompany(int rank);

inline constexpr int SyntheticCompanyCount = 500;

} // namespace techwinter::bench
