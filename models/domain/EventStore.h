#pragma once

#include "Event.h"

#include <QByteArray>
#include <QHash>

#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace techwinter {

/// The loaded events in date order, with interned companies and a per-company row index, so a
/// filter touches only the rows of the companies it names.
///
/// Columnar: what filters and sums read (day, company, kind, figures) lives in one packed array
/// per field, about 34 bytes an event, so a million events fit in cache-friendly scans and in
/// well under 100 MiB. Text and rarely set fields are packed as UTF-8 into one byte arena and
/// decoded only for the rows a view asks for; a row with none of them costs nothing there.
class EventStore
{
public:
    /// Appends events one at a time (in any order), then sorts them and builds the indexes. Lets
    /// a loader stream rows from the database without a vector of full Event records.
    class Builder
    {
    public:
        explicit Builder(std::vector<Company> companies);
        void reserve(size_t events);
        /// Company by display name or alias (case-insensitively); unknown names are added.
        int internCompany(QStringView name);
        /// Index of the company with database id `id`, or -1.
        int companyById(qint64 id) const;
        /// The hot fields of one event; returns its (pre-sort) position for setColdFields().
        size_t addEvent(qint64 id, int julianDay, DatePrecision precision, int company,
            EventKind kind, std::optional<qint64> headcount, std::optional<double> amountUsd);
        /// The text and rarely set fields of the event at `position`; call at most once each.
        void setColdFields(size_t position, const Event &e);
        void add(const Event &e);
        /// Events added so far, and the id of the one at `position`.
        size_t size() const { return m_store->m_ids.size(); }
        qint64 idAt(size_t position) const { return m_store->m_ids[position]; }
        EventStore build() &&;

    private:
        std::unique_ptr<EventStore> m_store;
        std::vector<quint64> m_coldAt; // by position; filled on first use
    };

    EventStore() = default;
    /// Sorts `events` by date (stable), interns their companies against `companies` (by name or
    /// alias, case-insensitively) and builds the indexes.
    EventStore(std::vector<Event> events, std::vector<Company> companies);

    int size() const { return int(m_days.size()); }
    bool isEmpty() const { return m_days.empty(); }
    /// The whole event, assembled from the columns (text decoded on the way).
    Event event(int row) const;

    // Hot columns: no decoding, no allocation.
    int day(int row) const { return m_days[size_t(row)]; }
    QDate date(int row) const { return QDate::fromJulianDay(m_days[size_t(row)]); }
    int companyIndex(int row) const { return m_companyOfRow[size_t(row)]; }
    EventKind kind(int row) const { return EventKind(m_kinds[size_t(row)] & 0x0f); }
    DatePrecision precision(int row) const { return DatePrecision(m_kinds[size_t(row)] >> 4); }
    qint64 id(int row) const { return m_ids[size_t(row)]; }
    std::optional<qint64> headcount(int row) const
    {
        const qint32 v = m_headcounts[size_t(row)];
        if (v == NoHeadcount)
            return std::nullopt;
        return v == BigHeadcount ? m_bigHeadcounts.value(row) : qint64(v);
    }
    std::optional<double> amountUsd(int row) const
    {
        const double v = m_amountsUsd[size_t(row)];
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    /// Headcount, 0 when unknown; what sums add.
    qint64 headcountOrZero(int row) const
    {
        const qint32 v = m_headcounts[size_t(row)];
        return v == NoHeadcount ? 0 : v == BigHeadcount ? m_bigHeadcounts.value(row) : qint64(v);
    }
    const QString &companyName(int row) const { return company(companyIndex(row)).name; }

    // Cold columns: decoded from the arena on each call.
    QString title(int row) const;
    QString titleKo(int row) const;
    QString counterparty(int row) const;
    QString sourceUrl(int row) const;
    QString notes(int row) const;

    const std::vector<Company> &companies() const { return m_companies; }
    const Company &company(int index) const { return m_companies[size_t(index)]; }
    /// Company index for a display name or alias (case-insensitive).
    std::optional<int> findCompany(QStringView nameOrAlias) const;
    /// Company index for a database company id, or -1.
    int companyIndexOfId(qint64 id) const { return m_companyById.value(id, -1); }
    /// Rows of one company, ascending (hence in date order).
    std::span<const int> rowsOfCompany(int companyIndex) const;

    /// First row whose date is on or after `date`; size() when none.
    int lowerBound(QDate date) const;
    /// First row whose date is after `date`; size() when none.
    int upperBound(QDate date) const;

    QDate firstDate() const;
    QDate lastDate() const;

private:
    // Headcounts are never negative (the schema checks it), so one value can mean "unknown";
    // 32 bits hold every real headcount, and the rare larger figure lives in a side table.
    static constexpr qint32 NoHeadcount = std::numeric_limits<qint32>::min();
    static constexpr qint32 BigHeadcount = std::numeric_limits<qint32>::max();
    static constexpr quint64 NoColdFields = std::numeric_limits<quint64>::max();

    // Each row's cold record: two bytes of flags (which fields it has), then the texts it has
    // (varint length, UTF-8), then its numbers (raw doubles), in this order.
    enum ColdField : quint8 {
        Counterparty,
        Title,
        SourceUrl,
        Notes,
        Currency,
        TitleKo,
        OtherSources,
    };
    static constexpr int ColdTextCount = 7;
    QString coldText(int row, ColdField field) const;
    void decodeCold(int row, Event &e) const;
    void finish(std::vector<quint64> coldAtPosition);

    std::vector<qint64> m_ids;
    std::vector<int> m_days;
    std::vector<int> m_companyOfRow;
    std::vector<quint8> m_kinds; // kind in the low nibble, date precision in the high one
    std::vector<qint32> m_headcounts;
    QHash<int, qint64> m_bigHeadcounts; // by row: headcounts that do not fit in 31 bits
    std::vector<double> m_amountsUsd; // NaN = unknown
    std::vector<quint64> m_coldAt; // offset into m_cold per row; empty when no row has any
    QByteArray m_cold;

    std::vector<Company> m_companies;
    std::vector<std::vector<int>> m_rowsByCompany;
    QHash<QString, int> m_companyByKey;
    QHash<qint64, int> m_companyById;
};

} // namespace techwinter
