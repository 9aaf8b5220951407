#include "ImportPreviewModel.h"

#include "Formatting.h"

#include <QLocale>

namespace techwinter {

void ImportPreviewModel::setEvents(std::vector<ImportedEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportedEvent &row = m_events[size_t(index.row())];
    const Event &e = row.event;
    if (role == LineRole)
        return row.line;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == LineColumn || index.column() == HeadcountColumn
            || index.column() == AmountUsdColumn;
        return number ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    const QLocale locale;
    switch (index.column()) {
    case LineColumn:
        return row.line;
    case DateColumn:
        return raw ? QVariant(e.date) : QVariant(e.dateText());
    case CompanyColumn:
        return e.company;
    case KindColumn:
        return raw ? eventKindName(e.kind) : eventKindLabel(e.kind);
    case TitleColumn:
        return e.title;
    case HeadcountColumn:
        if (!e.headcount)
            return {};
        return raw ? QVariant(*e.headcount) : QVariant(locale.toString(*e.headcount));
    case AmountUsdColumn:
        if (!e.amountUsd)
            return {};
        return raw ? QVariant(*e.amountUsd) : QVariant(formatUsd(*e.amountUsd, locale));
    case CounterpartyColumn:
        return e.counterparty;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case DateColumn:
        return tr("Date");
    case CompanyColumn:
        return tr("Company");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Event");
    case HeadcountColumn:
        return tr("Jobs cut");
    case AmountUsdColumn:
        return tr("Amount (USD)");
    case CounterpartyColumn:
        return tr("Counterparty");
    }
    return {};
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace techwinter
