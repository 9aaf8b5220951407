#include "EventFilter.h"

#include "EventStore.h"

namespace techwinter {

EventFilter::EventFilter(QObject *parent)
    : QObject(parent)
    , m_store(std::make_shared<EventStore>())
{
}

void EventFilter::setStore(std::shared_ptr<const EventStore> store)
{
    if (!store)
        store = std::make_shared<EventStore>();
    if (m_state.companies) {
        std::set<int> remapped;
        for (int index : *m_state.companies) {
            if (index >= 0 && index < int(m_store->companies().size())) {
                if (auto found = store->findCompany(m_store->company(index).name))
                    remapped.insert(*found);
            }
        }
        m_state.companies = std::move(remapped);
    }
    Q_EMIT aboutToChange();
    m_store = std::move(store);
    m_rows = m_state.matchingRows(*m_store);
    Q_EMIT changed();
}

void EventFilter::setState(const FilterState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    recompute();
}

void EventFilter::setCompanies(std::optional<std::set<int>> companies)
{
    FilterState next = m_state;
    next.companies = std::move(companies);
    setState(next);
}

void EventFilter::setKindEnabled(EventKind kind, bool enabled)
{
    FilterState next = m_state;
    next.setKind(kind, enabled);
    setState(next);
}

void EventFilter::setDateRange(QDate from, QDate to)
{
    FilterState next = m_state;
    next.from = from;
    next.to = to;
    setState(next);
}

void EventFilter::setText(const QString &text)
{
    FilterState next = m_state;
    next.text = text;
    setState(next);
}

std::vector<Event> EventFilter::matchingEvents() const
{
    std::vector<Event> events;
    events.reserve(m_rows.size());
    for (int row : m_rows)
        events.push_back(m_store->event(row));
    return events;
}

void EventFilter::recompute()
{
    Q_EMIT aboutToChange();
    m_rows = m_state.matchingRows(*m_store);
    Q_EMIT changed();
}

} // namespace techwinter
