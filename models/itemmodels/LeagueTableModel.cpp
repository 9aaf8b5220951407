#include "LeagueTableModel.h"

#include "EventFilter.h"
#include "Formatting.h"

#include <QLocale>

#include <algorithm>

namespace techwinter {

LeagueTableModel::LeagueTableModel(EventFilter *filter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_filter(filter)
{
    if (m_filter) {
        connect(m_filter, &EventFilter::aboutToChange, this, &LeagueTableModel::beginResetModel);
        connect(m_filter, &EventFilter::changed, this, [this] {
            reload();
            endResetModel();
        });
    }
    reload();
}

void LeagueTableModel::reload()
{
    if (!m_filter || !m_filter->sharedStore()) {
        m_rows.clear();
        return;
    }
    m_rows = LeagueTable::compute(m_filter->store(), m_filter->rows());
    if (m_sortColumn >= 0) {
        const int column = m_sortColumn;
        const bool ascending = m_sortOrder == Qt::AscendingOrder;
        std::stable_sort(m_rows.begin(), m_rows.end(),
            [this, column, ascending](const LeagueRow &a, const LeagueRow &b) {
                const QVariant va = valueOf(a, column), vb = valueOf(b, column);
                const auto order = QVariant::compare(va, vb);
                // Undefined values (no ratio) sort last either way.
                if (!va.isValid() || !vb.isValid())
                    return va.isValid() && !vb.isValid();
                return ascending ? order == QPartialOrdering::Less
                                 : order == QPartialOrdering::Greater;
            });
    }
}

int LeagueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeagueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeagueTableModel::valueOf(const LeagueRow &row, int column) const
{
    switch (column) {
    case CompanyColumn:
        return row.name.toCaseFolded();
    case JobsCutColumn:
        return row.jobsCut;
    case LayoffEventsColumn:
        return row.layoffEvents;
    case AiUsdColumn:
        return row.aiUsd;
    case AiUsdPerJobCutColumn:
        if (const auto v = row.aiUsdPerJobCut())
            return *v;
        return {};
    case AcquisitionsColumn:
        return row.acquisitions;
    case AcquisitionUsdColumn:
        return row.acquisitionUsd;
    case FirstEventColumn:
        return row.firstEvent;
    case LastEventColumn:
        return row.lastEvent;
    default:
        return {};
    }
}

QVariant LeagueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeagueRow &row = m_rows[size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CompanyColumn:
            return row.name;
        case JobsCutColumn:
            return locale.toString(row.jobsCut);
        case LayoffEventsColumn:
            return locale.toString(row.layoffEvents);
        case AiUsdColumn:
            return row.aiUsd > 0 ? formatUsd(row.aiUsd) : QString();
        case AiUsdPerJobCutColumn:
            if (const auto v = row.aiUsdPerJobCut(); v && *v > 0)
                return formatUsd(*v);
            return QString();
        case AcquisitionsColumn:
            return locale.toString(row.acquisitions);
        case AcquisitionUsdColumn:
            return row.acquisitionUsd > 0 ? formatUsd(row.acquisitionUsd) : QString();
        case FirstEventColumn:
            return row.firstEvent.toString(Qt::ISODate);
        case LastEventColumn:
            return row.lastEvent.toString(Qt::ISODate);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == CompanyColumn ? QVariant()
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return valueOf(row, index.column());
    case CompanyRole:
        return row.name;
    case CompanyIndexRole:
        return row.company;
    case JobsCutRole:
        return row.jobsCut;
    case LayoffEventsRole:
        return row.layoffEvents;
    case AiUsdRole:
        return row.aiUsd;
    case AiUsdPerJobCutRole:
        return valueOf(row, AiUsdPerJobCutColumn);
    case AcquisitionsRole:
        return row.acquisitions;
    case AcquisitionUsdRole:
        return row.acquisitionUsd;
    case FirstEventRole:
        return row.firstEvent;
    case LastEventRole:
        return row.lastEvent;
    default:
        return {};
    }
}

QVariant LeagueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn:
        return tr("Company");
    case JobsCutColumn:
        return tr("Jobs cut");
    case LayoffEventsColumn:
        return tr("Layoffs");
    case AiUsdColumn:
        return tr("AI investment");
    case AiUsdPerJobCutColumn:
        return tr("AI $ per job cut");
    case AcquisitionsColumn:
        return tr("Acquisitions");
    case AcquisitionUsdColumn:
        return tr("Acquisition value");
    case FirstEventColumn:
        return tr("First event");
    case LastEventColumn:
        return tr("Last event");
    default:
        return {};
    }
}

QHash<int, QByteArray> LeagueTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CompanyRole, "company");
    names.insert(CompanyIndexRole, "companyIndex");
    names.insert(JobsCutRole, "jobsCut");
    names.insert(LayoffEventsRole, "layoffEvents");
    names.insert(AiUsdRole, "aiUsd");
    names.insert(AiUsdPerJobCutRole, "aiUsdPerJobCut");
    names.insert(AcquisitionsRole, "acquisitions");
    names.insert(AcquisitionUsdRole, "acquisitionUsd");
    names.insert(FirstEventRole, "firstEvent");
    names.insert(LastEventRole, "lastEvent");
    names.insert(SortRole, "sortValue");
    return names;
}

void LeagueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // A reset, not a layout change: the rows are few and a view keeps no persistent indexes here.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
    endResetModel();
}

} // namespace techwinter
