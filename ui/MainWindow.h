#pragma once

#include "EventDatabase.h"

#include <QMainWindow>

namespace techwinter {

class EventFilter;
class EventTableModel;
class CompanyListModel;

/// The application window: wires the shared filter, the models and the views together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EventDatabase database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the database at `path` (default location when empty), shows the window and runs the
    /// event loop; a database that cannot be opened is reported in a dialog.
    static int run(const QString &path);

private:
    EventDatabase m_database;
    EventFilter *m_filter = nullptr;
    EventTableModel *m_tableModel = nullptr;
    CompanyListModel *m_companyModel = nullptr;
};

} // namespace techwinter
