#include "FilterState.h"

#include "EventStore.h"

#include <algorithm>

namespace techwinter {

namespace {

bool textMatches(const Event &e, const QString &text)
{
    return e.title.contains(text, Qt::CaseInsensitive)
        || e.company.contains(text, Qt::CaseInsensitive)
        || e.counterparty.contains(text, Qt::CaseInsensitive)
        || e.notes.contains(text, Qt::CaseInsensitive);
}

} // namespace

std::vector<int> FilterState::matchingRows(const EventStore &store) const
{
    std::vector<int> rows;
    const int first = from.isValid() ? store.lowerBound(from) : 0;
    const int last = to.isValid() ? store.upperBound(to) : store.size();
    if (first >= last || kinds.none())
        return rows;
    const bool allKinds = kinds.all();
    const QString needle = text.trimmed();
    const auto accept = [&](int row) {
        if (!allKinds && !acceptsKind(store.kind(row)))
            return false;
        return needle.isEmpty() || textMatches(store.event(row), needle);
    };

    if (!companies) {
        rows.reserve(size_t(last - first));
        for (int row = first; row < last; ++row) {
            if (accept(row))
                rows.push_back(row);
        }
        return rows;
    }
    for (int company : *companies) {
        const std::span<const int> own = store.rowsOfCompany(company);
        // Rows of one company are ascending, hence date-ordered: the range is a binary search.
        auto begin = std::lower_bound(own.begin(), own.end(), first);
        auto end = std::lower_bound(begin, own.end(), last);
        const size_t mid = rows.size();
        for (auto it = begin; it != end; ++it) {
            if (accept(*it))
                rows.push_back(*it);
        }
        std::inplace_merge(rows.begin(), rows.begin() + std::ptrdiff_t(mid), rows.end());
    }
    return rows;
}

} // namespace techwinter
