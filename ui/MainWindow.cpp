#include "MainWindow.h"

#include "CompanyListModel.h"
#include "EventFilter.h"
#include "EventTableModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>

namespace techwinter {

MainWindow::MainWindow(EventDatabase database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_filter(new EventFilter(this))
{
    m_filter->setStore(m_database.store);
    m_tableModel = new EventTableModel(m_filter, this);
    m_companyModel = new CompanyListModel(m_filter, this);

    auto *splitter = new QSplitter(this);
    auto *companies = new QListView(splitter);
    companies->setModel(m_companyModel);
    auto *table = new QTableView(splitter);
    table->setModel(m_tableModel);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setStretchLastSection(true);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    setWindowTitle(
        QStringLiteral("TechWinter — %1").arg(QFileInfo(m_database.repository->path()).fileName()));
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

int MainWindow::run(const QString &path)
{
    auto database = EventDatabase::open(path.isEmpty() ? EventDatabase::defaultPath() : path);
    if (!database) {
        QMessageBox::critical(nullptr, tr("TechWinter"),
            tr("The database could not be opened.\n\n%1").arg(database.error().toString()));
        return 1;
    }
    MainWindow window(std::move(database).value());
    window.show();
    return QApplication::exec();
}

} // namespace techwinter
