#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

namespace techwinter {

class EventFilter;

/// The companies of the loaded data with their event counts, checkable: checking and unchecking
/// edits the shared EventFilter's company set, and the checks follow the filter when it changes.
class CompanyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< display name
        AliasesRole, ///< QStringList of other names (Korean names among them)
        SearchTextRole, ///< name and aliases in one string, for a search box to match
        EventCountRole, ///< int, events of this company in the whole dataset
        CompanyIndexRole, ///< int index into the EventStore's companies
    };
    Q_ENUM(Role)

    explicit CompanyListModel(EventFilter *filter, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Show every company / no company.
    void checkAll();
    void checkNone();
    /// Checks or unchecks several companies (store indexes) in one filter change.
    void setChecked(const QList<int> &companyIndexes, bool checked);
    bool isChecked(int row) const;
    /// After a change of the default locale: names (구글 / Google) and their order follow it.
    void refreshNames();

private:
    void reload();
    void refreshChecks();

    QPointer<EventFilter> m_filter;
    std::vector<int> m_eventCounts; // per company index
    const void *m_storeSeen = nullptr; // identity only, never dereferenced
};

} // namespace techwinter
