#include "CompanyListModel.h"

#include "EventFilter.h"
#include "EventStore.h"

namespace techwinter {

CompanyListModel::CompanyListModel(EventFilter *filter, QObject *parent)
    : QAbstractListModel(parent)
    , m_filter(filter)
{
    // A new store means new companies; any other change may only move the checks.
    connect(filter, &EventFilter::changed, this, [this] {
        if (int(m_eventCounts.size()) != int(m_filter->store().companies().size())
            || m_storeSeen != m_filter->sharedStore().get()) {
            reload();
        } else {
            refreshChecks();
        }
    });
    reload();
}

void CompanyListModel::reload()
{
    beginResetModel();
    const EventStore &store = m_filter->store();
    m_storeSeen = m_filter->sharedStore().get();
    m_eventCounts.assign(store.companies().size(), 0);
    for (size_t i = 0; i < m_eventCounts.size(); ++i)
        m_eventCounts[i] = int(store.rowsOfCompany(int(i)).size());
    endResetModel();
}

void CompanyListModel::refreshChecks()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { Qt::CheckStateRole });
}

void CompanyListModel::refreshNames()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
            { Qt::DisplayRole, Qt::ToolTipRole, NameRole, SearchTextRole });
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_eventCounts.size());
}

bool CompanyListModel::isChecked(int row) const
{
    const auto &companies = m_filter->state().companies;
    return !companies || companies->contains(row);
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company &company = m_filter->store().company(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return company.displayName(); // 구글 in Korean; the tooltip keeps the English name
    case NameRole:
        return company.name;
    case Qt::CheckStateRole:
        return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return company.aliases.isEmpty() && company.displayName() == company.name
            ? company.name
            : tr("%1 (also: %2)").arg(company.name, company.aliases.join(QStringLiteral(", ")));
    case AliasesRole:
        return company.aliases;
    case SearchTextRole:
        return (QStringList { company.name } + company.aliases).join(QLatin1Char('\n'));
    case EventCountRole:
        return m_eventCounts[size_t(index.row())];
    case CompanyIndexRole:
        return index.row();
    }
    return {};
}

bool CompanyListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked({ index.row() }, value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

void CompanyListModel::setChecked(const QList<int> &companyIndexes, bool checked)
{
    const int count = rowCount();
    std::set<int> chosen;
    if (const auto &current = m_filter->state().companies) {
        chosen = *current;
    } else {
        for (int i = 0; i < count; ++i)
            chosen.insert(i);
    }
    for (int index : companyIndexes) {
        if (index < 0 || index >= count)
            continue;
        if (checked)
            chosen.insert(index);
        else
            chosen.erase(index);
    }
    // Every company checked is the same as "no company filter", which stays cheap to evaluate.
    if (int(chosen.size()) == count)
        m_filter->setCompanies(std::nullopt);
    else
        m_filter->setCompanies(std::move(chosen));
}

Qt::ItemFlags CompanyListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CompanyListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(AliasesRole, "aliases");
    names.insert(SearchTextRole, "searchText");
    names.insert(EventCountRole, "eventCount");
    names.insert(CompanyIndexRole, "companyIndex");
    return names;
}

void CompanyListModel::checkAll()
{
    m_filter->setCompanies(std::nullopt);
}

void CompanyListModel::checkNone()
{
    m_filter->setCompanies(std::set<int> {});
}

} // namespace techwinter
