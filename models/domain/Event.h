#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace techwinter {

/// What kind of thing happened; the lower-case names are the words used in files and exports.
enum class EventKind : std::uint8_t {
    Layoff,
    AiInvestment,
    Investment,
    Acquisition,
    Restructuring,
    Launch,
    /// Money that is not an equity stake or a funding round: compute purchase commitments,
    /// data-centre and capex plans, chip-supply deals. Never summed as AI investment.
    AiInfrastructure,
};

inline constexpr int EventKindCount = 7;
inline constexpr std::array<EventKind, EventKindCount> AllEventKinds {
    EventKind::Layoff,
    EventKind::AiInvestment,
    EventKind::Investment,
    EventKind::Acquisition,
    EventKind::Restructuring,
    EventKind::Launch,
    EventKind::AiInfrastructure,
};

/// The file/export word for a kind, e.g. "ai_investment".
QString eventKindName(EventKind kind);
/// A human label for a kind, translatable, e.g. "AI investment".
QString eventKindLabel(EventKind kind);
/// Parses the file word (case-insensitive, '-' and ' ' accepted for '_').
std::optional<EventKind> eventKindFromName(QStringView name);

/// How much of an event's date is known.
enum class DatePrecision : std::uint8_t {
    Day,
    Month,
    Year,
};

/// "day", "month" or "year", as stored in the database.
QString datePrecisionName(DatePrecision precision);

/// One dated event in the tech industry: a layoff, an investment, an acquisition, a launch.
struct Event
{
    qint64 id = 0;
    QDate date;
    DatePrecision precision = DatePrecision::Day;
    QString company;
    EventKind kind = EventKind::Layoff;
    QString counterparty;
    QString title;
    std::optional<qint64> headcount;
    std::optional<double> workforcePct;
    std::optional<double> amount;
    QString currency;
    std::optional<double> amountUsd;
    std::optional<double> usdRate;
    QString sourceUrl;
    QString notes;
    QString titleKo; ///< the title written for Korean readers; '' where there is none
    QString otherSources; ///< further reports of the event, URLs joined by " | "; '' when none

    /// "2023-01-20", "2023-01" when only the month is known, "2023" when only the year is.
    QString dateText() const;
    /// The URLs of otherSources, in their order, without empty entries.
    QStringList otherSourceUrls() const;
    /// Sets otherSources from `urls`, joined as they are stored and exported.
    void setOtherSourceUrls(const QStringList &urls);

    bool operator==(const Event &) const = default;
};

/// A firm with the other names it is known by (including Korean names).
struct Company
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    QString nameKo; ///< the Korean name in common use (구글, 카카오); empty where none is

    /// The name a reader of `locale` knows: the Korean name in Korean where there is one.
    QString displayName(const QLocale &locale = QLocale()) const;

    bool operator==(const Company &) const = default;
};

} // namespace techwinter
