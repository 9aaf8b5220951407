#include "FilterState.h"

#include "EventStore.h"

#include <algorithm>
#include <span>

namespace techwinter {

namespace {

bool textMatches(const EventStore &store, int row, const QString &text)
{
    // Cheapest first: the company name is already decoded; the rest come from the text arena.
    return store.companyName(row).contains(text, Qt::CaseInsensitive)
        || store.title(row).contains(text, Qt::CaseInsensitive)
        || store.counterparty(row).contains(text, Qt::CaseInsensitive)
        || store.notes(row).contains(text, Qt::CaseInsensitive);
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
        return needle.isEmpty() || textMatches(store, row, needle);
    };

    if (!companies) {
        rows.reserve(size_t(last - first));
        for (int row = first; row < last; ++row) {
            if (accept(row))
                rows.push_back(row);
        }
        return rows;
    }
    // Each company's rows in the range are one ascending run (binary search on its index).
    std::vector<std::span<const int>> runs;
    size_t total = 0;
    for (int company : *companies) {
        const std::span<const int> own = store.rowsOfCompany(company);
        auto begin = std::lower_bound(own.begin(), own.end(), first);
        auto end = std::lower_bound(begin, own.end(), last);
        if (begin == end)
            continue;
        runs.push_back(own.subspan(size_t(begin - own.begin()), size_t(end - begin)));
        total += size_t(end - begin);
    }
    if (total > size_t(last - first) / 8) {
        // Many rows chosen: one sequential pass over the range with a company mask reads memory
        // in order and needs no merging, which beats gathering the runs.
        std::vector<char> chosen(store.companies().size(), 0);
        for (int company : *companies) {
            if (company >= 0 && company < int(chosen.size()))
                chosen[size_t(company)] = 1;
        }
        if (allKinds && needle.isEmpty()) {
            // Branch-free: with about half the rows chosen at random, a branch per row would
            // mispredict half the time and cost more than the scan itself.
            rows.resize(total + 1); // the last store lands one past the chosen rows
            size_t n = 0;
            for (int row = first; row < last; ++row) {
                rows[n] = row;
                n += size_t(chosen[size_t(store.companyIndex(row))]);
            }
            rows.resize(n);
            return rows;
        }
        rows.reserve(total);
        for (int row = first; row < last; ++row) {
            if (chosen[size_t(store.companyIndex(row))] && accept(row))
                rows.push_back(row);
        }
        return rows;
    }
    rows.reserve(total);
    std::vector<size_t> bounds { 0 };
    for (std::span<const int> run : runs) {
        for (int row : run) {
            if (accept(row))
                rows.push_back(row);
        }
        bounds.push_back(rows.size());
    }
    // Merge neighbouring runs pairwise, log(runs) passes, rather than one merge per company.
    while (bounds.size() > 2) {
        std::vector<size_t> merged { 0 };
        for (size_t i = 0; i + 1 < bounds.size(); i += 2) {
            if (i + 2 < bounds.size()) {
                std::inplace_merge(rows.begin() + std::ptrdiff_t(bounds[i]),
                    rows.begin() + std::ptrdiff_t(bounds[i + 1]),
                    rows.begin() + std::ptrdiff_t(bounds[i + 2]));
                merged.push_back(bounds[i + 2]);
            } else {
                merged.push_back(bounds[i + 1]);
            }
        }
        bounds = std::move(merged);
    }
    return rows;
}

} // namespace techwinter
