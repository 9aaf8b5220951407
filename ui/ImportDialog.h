#pragma once

#include "ColumnMapping.h"
#include "DatabaseLocation.h"
#include "ImportTypes.h"
#include "SourceTable.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <map>
#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;
QT_END_NAMESPACE

namespace techwinter {

class ImportPreviewModel;

/// What reading and recognising the file produced: the table (or why it is unusable) and the
/// detected mapping (or why none was recognised: the user may still map columns by hand).
struct ReadOutcome
{
    std::optional<SourceTable> table;
    Error readError;
    std::optional<ColumnMapping> mapping;
    Error detectError;
};

/// What the background import produced: a summary, or why nothing was stored.
struct ImportOutcome
{
    std::optional<ImportSummary> summary;
    Error error;
};

/// Import with a preview: reads and recognises the file off the GUI thread, shows the detected
/// format, an editable column mapping, the first rows as they will be imported and the problems
/// found; then parses and stores the whole file on a worker thread (its own database connection)
/// with progress and Cancel. All or nothing: cancel or failure leaves the database as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(
        const QString &filePath, const DatabaseLocation &database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Set once the import has been stored.
    const std::optional<ImportSummary> &summary() const { return m_summary; }
    /// What the stored import did, with its first problems and the figures to check.
    QString summaryMessage() const;
    const ColumnMapping &mapping() const { return m_mapping; }
    /// The preview's rows (for tests).
    const ImportPreviewModel *previewModel() const { return m_preview; }
    /// Starts storing with the current mapping, as the Import button does.
    void startImport();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The file has been read and recognised (or not); the preview is filled.
    void ready();
    /// The background import ended, stored or not.
    void finished(bool stored);

protected:
    void reject() override;

private:
    void onRead();
    void onImported();
    void buildMappingEditor();
    void refreshPreview();
    void setBusy(bool busy, const QString &status);

    QString m_filePath;
    DatabaseLocation m_database;
    SourceTable m_table;
    QStringList m_header;
    ColumnMapping m_mapping;
    std::optional<ImportSummary> m_summary;
    std::atomic_bool m_cancel { false };
    bool m_busy = false;

    QFutureWatcher<ReadOutcome> m_readWatcher;
    QFutureWatcher<ImportOutcome> m_importWatcher;

    QLabel *m_format;
    QLabel *m_status;
    QWidget *m_mappingArea;
    std::map<ImportField, QComboBox *> m_fieldBoxes;
    QComboBox *m_defaultKind = nullptr;
    QComboBox *m_aiColumn = nullptr;
    QLineEdit *m_aiValues = nullptr;
    ImportPreviewModel *m_preview;
    QTableView *m_previewView;
    QPlainTextEdit *m_problems;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace techwinter
