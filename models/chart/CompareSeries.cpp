#include "CompareSeries.h"

#include "EventStore.h"
#include "Money.h"

#include <algorithm>
#include <numeric>

namespace techwinter {

qint64 CompanyTrack::totalLayoffHeadcount() const
{
    return std::accumulate(layoffHeadcount.begin(), layoffHeadcount.end(), qint64(0));
}

qint64 CompanyTrack::totalAiInvestmentCents() const
{
    return std::accumulate(aiInvestmentCents.begin(), aiInvestmentCents.end(), qint64(0));
}

int CompareSeries::preferredSlot(const QString &name)
{
    // FNV-1a over the lower-cased UTF-16 name: qHash is seeded per process, and a colour must
    // not change between runs, exports and machines.
    quint32 hash = 2166136261u;
    for (QChar c : name.toLower()) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return int(hash % quint32(PaletteSize));
}

CompareSeries CompareSeries::compute(
    const EventStore &store, std::span<const int> rows, const TimelineSeries &timeline)
{
    CompareSeries result;
    const auto &buckets = timeline.buckets();
    if (buckets.empty())
        return result;
    std::vector<CompanyTrack> found;
    std::vector<int> trackOf(store.companies().size(), -1);
    BucketCursor cursor(buckets);
    for (int row : rows) {
        const EventKind kind = store.kind(row);
        if (kind != EventKind::Layoff && kind != EventKind::AiInvestment)
            continue;
        const auto at = cursor.find(store.day(row));
        if (!at)
            continue;
        const size_t b = *at;
        const int company = store.companyIndex(row);
        int &track = trackOf[size_t(company)];
        if (track < 0) {
            track = int(found.size());
            found.push_back(CompanyTrack { company, store.company(company).name, 0, 0,
                std::vector<qint64>(buckets.size()), std::vector<qint64>(buckets.size()),
                store.company(company).displayName() });
        }
        CompanyTrack &t = found[size_t(track)];
        if (kind == EventKind::Layoff)
            t.layoffHeadcount[b] += store.headcountOrZero(row);
        else if (const auto usd = store.amountUsd(row))
            t.aiInvestmentCents[b] += usdCents(*usd);
    }

    // The largest companies keep their own track: most jobs cut, then most AI money.
    std::vector<std::pair<qint64, qint64>> totals;
    for (const CompanyTrack &t : found)
        totals.emplace_back(t.totalLayoffHeadcount(), t.totalAiInvestmentCents());
    std::vector<size_t> order(found.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t l, size_t r) {
        if (totals[l] != totals[r])
            return totals[l] > totals[r];
        return found[l].name < found[r].name;
    });
    const bool grouped = int(found.size()) > MaxTracks;
    const size_t own = grouped ? size_t(MaxTracks) : found.size();
    for (size_t i = 0; i < own; ++i)
        result.m_tracks.push_back(std::move(found[order[i]]));
    std::sort(result.m_tracks.begin(), result.m_tracks.end(),
        [](const CompanyTrack &l, const CompanyTrack &r) { return l.name < r.name; });

    // Colours: a company takes the slot its name prefers; where two prefer one slot the first
    // by name keeps it and the other takes the next free slot. Only a company sharing a
    // preference with another one shown ever moves, never because of the order of selection.
    std::vector<bool> taken(PaletteSize, false);
    std::vector<CompanyTrack *> moved;
    for (CompanyTrack &t : result.m_tracks) {
        t.colourSlot = preferredSlot(t.name);
        if (taken[size_t(t.colourSlot)])
            moved.push_back(&t);
        taken[size_t(t.colourSlot)] = true;
    }
    for (CompanyTrack *t : moved) {
        while (taken[size_t(t->colourSlot)])
            t->colourSlot = (t->colourSlot + 1) % PaletteSize;
        taken[size_t(t->colourSlot)] = true;
    }

    if (grouped) {
        CompanyTrack other { -1, QString(), int(found.size() - own), OtherSlot,
            std::vector<qint64>(buckets.size()), std::vector<qint64>(buckets.size()), QString() };
        for (size_t i = own; i < found.size(); ++i) {
            const CompanyTrack &t = found[order[i]];
            for (size_t k = 0; k < buckets.size(); ++k) {
                other.layoffHeadcount[k] += t.layoffHeadcount[k];
                other.aiInvestmentCents[k] += t.aiInvestmentCents[k];
            }
        }
        result.m_tracks.push_back(std::move(other));
    }
    return result;
}

CompareSeries CompareSeries::cumulative() const
{
    CompareSeries result = *this;
    for (CompanyTrack &t : result.m_tracks) {
        std::partial_sum(
            t.layoffHeadcount.begin(), t.layoffHeadcount.end(), t.layoffHeadcount.begin());
        std::partial_sum(
            t.aiInvestmentCents.begin(), t.aiInvestmentCents.end(), t.aiInvestmentCents.begin());
    }
    return result;
}

} // namespace techwinter
