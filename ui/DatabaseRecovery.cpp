#include "DatabaseRecovery.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace techwinter {

std::optional<EventDatabase> DatabaseRecovery::recover(
    const DatabaseLocation &location, const Error &error)
{
    // The user's file is never touched here: they choose another one or a new empty dataset.
    QMessageBox box(QMessageBox::Warning, tr("TechWinter"),
        tr("TechWinter could not open the database %1.").arg(location.description()));
    box.setInformativeText(tr(
        "%1\n\nThe file has not been changed. You can open another database or start a fresh one.")
                               .arg(error.toString()));
    QPushButton *other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(tr("Start Fresh…"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    QString next;
    bool seed = true;
    if (box.clickedButton() == other) {
        next = QFileDialog::getOpenFileName(nullptr, tr("Open Database"), location.folder(),
            tr("TechWinter databases (*.sqlite *.db);;All files (*)"));
        seed = false;
    } else if (box.clickedButton() == fresh) {
        next = QFileDialog::getSaveFileName(nullptr,
            tr("New Database (filled with the bundled dataset)"),
            QDir(location.folder()).filePath(QStringLiteral("techwinter-new.sqlite")),
            tr("TechWinter databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (QFileInfo::exists(next))
            return recover(DatabaseLocation::sqliteFile(next),
                Error { tr("this file exists already; a fresh database needs a new name") });
    }
    if (next.isEmpty())
        return std::nullopt;
    const DatabaseLocation chosen = DatabaseLocation::sqliteFile(next);
    auto opened = EventDatabase::open(chosen, { .seedBundled = seed });
    if (!opened)
        return recover(chosen, opened.error());
    return std::move(opened).value();
}

} // namespace techwinter
