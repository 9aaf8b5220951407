#pragma once

#include "FilterState.h"

#include <QObject>

#include <memory>
#include <vector>

namespace techwinter {

class EventStore;

/// The one filter that the table, the chart and the exporters share: holds the FilterState and
/// the matching rows, recomputed once per change, and announces each change around the update.
class EventFilter : public QObject
{
    Q_OBJECT
public:
    explicit EventFilter(QObject *parent = nullptr);

    /// Replaces the data; the state is kept, except that company indexes are mapped by name.
    void setStore(std::shared_ptr<const EventStore> store);
    const EventStore &store() const { return *m_store; }
    std::shared_ptr<const EventStore> sharedStore() const { return m_store; }

    const FilterState &state() const { return m_state; }
    void setState(const FilterState &state);

    void setCompanies(std::optional<std::set<int>> companies);
    void setKindEnabled(EventKind kind, bool enabled);
    void setDateRange(QDate from, QDate to);
    void setText(const QString &text);

    /// Store rows that match the current state, in date order.
    const std::vector<int> &rows() const { return m_rows; }
    /// The matching events as values, for exports.
    std::vector<Event> matchingEvents() const;

Q_SIGNALS:
    /// Emitted just before rows() changes (models begin their reset here).
    void aboutToChange();
    /// Emitted after rows() changed.
    void changed();

private:
    void recompute();

    std::shared_ptr<const EventStore> m_store;
    FilterState m_state;
    std::vector<int> m_rows;
};

} // namespace techwinter
