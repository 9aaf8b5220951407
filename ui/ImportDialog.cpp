#include "ImportDialog.h"

#include "FormatDetector.h"
#include "ImportPreviewModel.h"
#include "ImportService.h"
#include "Importer.h"
#include "SourceReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace techwinter {

namespace {

ImportOutcome runImport(const SourceTable &table, const ColumnMapping &mapping,
    const DatabaseLocation &database, const ImportControl &control)
{
    ImportOutcome outcome;
    // A Qt SQL connection belongs to the thread that opened it: this worker opens its own.
    auto storage = EventStorage::open(database);
    if (!storage) {
        outcome.error = storage.error();
        return outcome;
    }
    auto stored = ImportService::importTable(*storage.value(), table, mapping, control);
    if (!stored)
        outcome.error = stored.error();
    else
        outcome.summary = std::move(stored).value();
    return outcome;
}

} // namespace

ImportDialog::ImportDialog(
    const QString &filePath, const DatabaseLocation &database, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_database(database)
    , m_format(new QLabel(this))
    , m_status(new QLabel(this))
    , m_mappingArea(new QWidget(this))
    , m_preview(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_problems(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    setObjectName(QStringLiteral("importDialog"));
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    m_format->setWordWrap(true);
    m_format->setTextFormat(Qt::RichText);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_previewView->setModel(m_preview);
    m_previewView->verticalHeader()->setVisible(false);
    m_previewView->setWordWrap(false);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("No problems in the rows shown."));
    m_problems->setMaximumBlockCount(2000);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_progress->setVisible(false);

    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mappingArea);
    auto *previewBox = new QGroupBox(tr("First rows as they will be imported"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewView);
    auto *problemBox = new QGroupBox(tr("Problems (line, column, reason)"), this);
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->addWidget(m_problems);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(previewBox);
    right->addWidget(problemBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(mappingBox);
    body->addWidget(right);
    body->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addWidget(body, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(1100, 700);

    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &ImportDialog::onRead);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, &ImportDialog::onImported);
    setBusy(true, tr("Reading %1…").arg(QFileInfo(filePath).fileName()));
    m_readWatcher.setFuture(QtConcurrent::run([path = filePath] {
        ReadOutcome outcome;
        auto table = SourceReader::readFile(path);
        if (!table) {
            outcome.readError = table.error();
            return outcome;
        }
        auto mapping = FormatDetector::detect(table.value());
        if (mapping)
            outcome.mapping = mapping.value();
        else
            outcome.detectError = mapping.error();
        outcome.table = std::move(table).value();
        return outcome;
    }));
}

ImportDialog::~ImportDialog()
{
    // Never leave a worker writing after the dialog is gone: ask it to stop and wait.
    m_cancel = true;
    m_readWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ImportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_status->setText(status);
    m_progress->setVisible(busy);
    m_importButton->setEnabled(!busy && m_mapping.validate(m_header, m_filePath, 1).ok());
    m_mappingArea->setEnabled(!busy);
}

void ImportDialog::onRead()
{
    ReadOutcome outcome = m_readWatcher.result();
    if (!outcome.table) {
        setBusy(false, QString());
        m_status->setText(tr("This file cannot be imported: %1").arg(outcome.readError.toString()));
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        Q_EMIT ready();
        return;
    }
    m_table = std::move(*outcome.table);
    if (outcome.mapping) {
        m_mapping = *outcome.mapping;
    } else {
        // Nothing recognised: offer the first record as the header and let the user map columns.
        m_mapping = ColumnMapping {};
        m_mapping.format = ImportFormat::Custom;
    }
    if (size_t(m_mapping.headerRecord) < m_table.records.size())
        m_header = m_table.records[size_t(m_mapping.headerRecord)].fields;

    const QString target = m_mapping.target == ImportTarget::ContextSeries
        ? tr("a country-year series, kept as context for the chart and never added to company "
             "events")
        : tr("events");
    m_format->setText(
        tr("<b>%1</b> — %2 · detected as <b>%3</b>, read as %4 · %5 records")
            .arg(QFileInfo(m_filePath).fileName().toHtmlEscaped(), m_table.encoding.toHtmlEscaped(),
                importFormatLabel(m_mapping.format).toHtmlEscaped(), target)
            .arg(m_table.records.size()));
    buildMappingEditor();
    setBusy(false,
        outcome.mapping ? tr("Check the columns and the preview, then Import.")
                        : tr("The header was not recognised (%1). Choose which column holds what.")
                              .arg(outcome.detectError.toString()));
    refreshPreview();
    Q_EMIT ready();
}

void ImportDialog::buildMappingEditor()
{
    auto *form = new QFormLayout(m_mappingArea);
    if (m_mapping.target == ImportTarget::ContextSeries) {
        auto *note
            = new QLabel(tr("Entity: %1\nPeriod: %2\nValues: %3\n\nAggregates such as World are "
                            "kept apart from countries.")
                             .arg(m_mapping.series.entity, m_mapping.series.period,
                                 m_mapping.series.values.join(QStringLiteral(", "))),
                m_mappingArea);
        note->setWordWrap(true);
        form->addRow(note);
        return;
    }
    for (int f = 0; f < ImportFieldCount; ++f) {
        const auto field = ImportField(f);
        auto *box = new QComboBox(m_mappingArea);
        box->addItem(tr("(not in this file)"), QString());
        for (const QString &column : m_header)
            box->addItem(column, column);
        const int current
            = box->findData(m_mapping.events.column(field), Qt::UserRole, Qt::MatchFixedString);
        box->setCurrentIndex(std::max(0, current));
        box->setObjectName(QStringLiteral("map_") + importFieldName(field));
        connect(box, &QComboBox::currentIndexChanged, this, [this, field, box] {
            m_mapping.events.column(field) = box->currentData().toString();
            refreshPreview();
        });
        form->addRow(importFieldLabel(field), box);
        m_fieldBoxes[field] = box;
    }
    m_defaultKind = new QComboBox(m_mappingArea);
    for (EventKind kind : AllEventKinds)
        m_defaultKind->addItem(eventKindLabel(kind), int(kind));
    m_defaultKind->setCurrentIndex(m_defaultKind->findData(int(m_mapping.events.defaultKind)));
    m_defaultKind->setToolTip(tr("The kind of every row when no column gives it"));
    connect(m_defaultKind, &QComboBox::currentIndexChanged, this, [this] {
        m_mapping.events.defaultKind = EventKind(m_defaultKind->currentData().toInt());
        refreshPreview();
    });
    form->addRow(tr("Kind when not given"), m_defaultKind);

    // Funding rounds are general investments unless a category says AI: the user decides which.
    m_aiColumn = new QComboBox(m_mappingArea);
    m_aiColumn->addItem(tr("(none: no round counts as AI)"), QString());
    for (const QString &column : m_header)
        m_aiColumn->addItem(column, column);
    m_aiColumn->setCurrentIndex(
        std::max(0, m_aiColumn->findData(m_mapping.events.aiCategoryColumn)));
    m_aiColumn->setObjectName(QStringLiteral("aiCategoryColumn"));
    m_aiValues = new QLineEdit(
        m_mapping.events.aiCategoryValues.join(QStringLiteral(", ")), m_mappingArea);
    m_aiValues->setPlaceholderText(tr("category values that mean AI, comma-separated"));
    m_aiValues->setObjectName(QStringLiteral("aiCategoryValues"));
    const auto applyAi = [this] {
        m_mapping.events.aiCategoryColumn = m_aiColumn->currentData().toString();
        QStringList values;
        for (const QString &v : m_aiValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            values << v.trimmed();
        m_mapping.events.aiCategoryValues = values;
        refreshPreview();
    };
    connect(m_aiColumn, &QComboBox::currentIndexChanged, this, applyAi);
    connect(m_aiValues, &QLineEdit::editingFinished, this, applyAi);
    form->addRow(tr("AI category column"), m_aiColumn);
    form->addRow(tr("AI categories"), m_aiValues);
}

void ImportDialog::refreshPreview()
{
    m_problems->clear();
    const Status valid = m_mapping.validate(m_header, m_filePath, m_mapping.headerRecord + 1);
    if (!valid) {
        m_preview->setEvents({});
        m_problems->setPlainText(valid.error().toString());
        m_importButton->setEnabled(false);
        return;
    }
    auto preview = Importer::preview(m_table, m_mapping, 200);
    if (!preview) {
        m_preview->setEvents({});
        m_problems->setPlainText(preview.error().toString());
        m_importButton->setEnabled(false);
        return;
    }
    const QString file = QFileInfo(m_filePath).fileName();
    QStringList lines;
    for (const ImportProblem &p : preview->problems)
        lines << p.toString(file);
    for (const ImportProblem &p : preview->warnings)
        lines << tr("%1 (imported as read)").arg(p.toString(file));
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
    if (m_mapping.target == ImportTarget::ContextSeries) {
        m_preview->setEvents({});
        m_status->setText(
            tr("%1 series points in the first rows.").arg(preview->contextPoints.size()));
    } else {
        m_preview->setEvents(preview->events);
    }
    m_importButton->setEnabled(!m_busy);
}

void ImportDialog::startImport()
{
    if (m_busy || !m_mapping.validate(m_header, m_filePath, 1).ok())
        return;
    m_cancel = false;
    setBusy(true, tr("Importing… (Cancel leaves the database exactly as it was)"));
    m_progress->setRange(0, 0);
    QPointer<ImportDialog> self(this);
    ImportControl control;
    control.cancel = &m_cancel;
    control.progress = [self](ImportStage stage, qint64 done, qint64 total) {
        // Called on the worker thread: hand the numbers to the GUI thread.
        QMetaObject::invokeMethod(
            qApp,
            [self, stage, done, total] {
                if (!self)
                    return;
                // Every row stored, the index and sums still to write: a busy bar, not a full one.
                const bool finishing = stage == ImportStage::Storing && done >= total;
                self->m_progress->setRange(
                    0, finishing ? 0 : int(std::min<qint64>(total, INT_MAX)));
                self->m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
                self->m_progress->setFormat(
                    stage == ImportStage::Mapping ? tr("Reading rows: %p%") : tr("Storing: %p%"));
            },
            Qt::QueuedConnection);
    };
    m_importWatcher.setFuture(
        QtConcurrent::run([table = m_table, mapping = m_mapping, database = m_database, control] {
            return runImport(table, mapping, database, control);
        }));
}

void ImportDialog::onImported()
{
    const ImportOutcome outcome = m_importWatcher.result();
    if (!outcome.summary) {
        setBusy(false,
            m_cancel ? tr("Import cancelled. Nothing was changed.")
                     : tr("Nothing was imported: %1").arg(outcome.error.toString()));
        Q_EMIT finished(false);
        return;
    }
    m_summary = outcome.summary;
    setBusy(false, m_summary->toText());
    Q_EMIT finished(true);
    accept();
}

QString ImportDialog::summaryMessage() const
{
    if (!m_summary)
        return {};
    const ImportSummary &summary = *m_summary;
    QString text = summary.toText();
    if (!summary.problems.empty()) {
        text += QStringLiteral("\n\n") + tr("First problems:");
        for (size_t i = 0; i < summary.problems.size() && i < 10; ++i)
            text += QStringLiteral("\n") + summary.problems[i].toString(summary.sourceName);
    }
    if (!summary.warnings.empty()) {
        text += QStringLiteral("\n\n") + tr("Figures to check (imported as read):");
        for (size_t i = 0; i < summary.warnings.size() && i < 10; ++i)
            text += QStringLiteral("\n") + summary.warnings[i].toString(summary.sourceName);
    }
    return text;
}

void ImportDialog::reject()
{
    if (m_busy && m_importWatcher.isRunning()) {
        // First Cancel stops the import; the dialog stays to say that nothing changed.
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace techwinter
