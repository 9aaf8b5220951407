#pragma once

#include "TimelineSeries.h"

#include <QString>

#include <span>
#include <vector>

namespace techwinter {

class EventStore;

/// One company's sums per bucket in compare mode (or the "Other" group of the rest).
struct CompanyTrack
{
    int company = -1; ///< store company index; -1 for the "Other" group
    QString name; ///< the company's name (its colour and order); empty for "Other"
    int otherCompanies = 0; ///< how many companies the "Other" group holds; 0 for a company
    /// Palette slot 0..PaletteSize-1 from the company's name, so a company keeps its colour
    /// whatever else is selected; OtherSlot for the "Other" group.
    int colourSlot = 0;
    std::vector<qint64> layoffHeadcount; ///< one per bucket of the timeline series
    std::vector<qint64> aiInvestmentCents; ///< one per bucket; ai_investment only
    /// The name its reader knows (구글 in Korean), for the legend; empty for "Other".
    QString label;

    qint64 totalLayoffHeadcount() const;
    qint64 totalAiInvestmentCents() const;
    bool operator==(const CompanyTrack &) const = default;
};

/// Per-company bucket sums for compare mode: up to MaxTracks companies with the most jobs cut
/// (then AI money) get their own track, any beyond are summed into one "Other" track.
class CompareSeries
{
public:
    static constexpr int MaxTracks = 8;
    static constexpr int PaletteSize = 8;
    static constexpr int OtherSlot = PaletteSize;

    /// Sums `rows` (date-ordered store rows) into the buckets of `timeline`. Costs one pass over
    /// the rows plus a sort of the companies present.
    static CompareSeries compute(
        const EventStore &store, std::span<const int> rows, const TimelineSeries &timeline);

    /// The slot a company's name prefers: a hash of its lower-cased name, stable across runs.
    static int preferredSlot(const QString &name);

    const std::vector<CompanyTrack> &tracks() const { return m_tracks; }
    bool isEmpty() const { return m_tracks.empty(); }
    /// Running totals per track.
    CompareSeries cumulative() const;

    bool operator==(const CompareSeries &) const = default;

private:
    std::vector<CompanyTrack> m_tracks; // companies by name, then "Other" last
};

} // namespace techwinter
