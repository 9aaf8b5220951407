#include "BundledDataset.h"

#include "CsvReader.h"
#include "EventStorage.h"
#include "Importer.h"
#include "Resources.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

namespace techwinter {

namespace {

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("cannot read: %1").arg(file.errorString()), path };
    return CsvReader::decode(file.readAll());
}

Result<std::vector<Company>> parseCompanies(const QString &text, const QString &path)
{
    auto records = CsvReader::parse(text, path);
    if (!records)
        return records.error();
    std::vector<Company> companies;
    const auto &rows = records.value();
    // Columns by header name: name (required), name_ko, aliases.
    const QStringList header = rows.empty() ? QStringList {} : rows.front().fields;
    const auto column = [&](QLatin1String name) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i].trimmed() == name)
                return int(i);
        }
        return -1;
    };
    const int nameColumn = column(QLatin1String("name"));
    const int koreanColumn = column(QLatin1String("name_ko"));
    const int aliasColumn = column(QLatin1String("aliases"));
    if (nameColumn < 0)
        return Error { QStringLiteral("expected a header with 'name' (and 'name_ko', 'aliases')"),
            path, 1 };
    for (size_t i = 1; i < rows.size(); ++i) {
        const CsvRecord &r = rows[i];
        Company c;
        c.name = r.fields.value(nameColumn).trimmed();
        if (c.name.isEmpty())
            return Error { QStringLiteral("a company without a name"), path, r.line };
        if (koreanColumn >= 0)
            c.nameKo = r.fields.value(koreanColumn).trimmed();
        if (aliasColumn >= 0) {
            for (const QString &alias :
                r.fields.value(aliasColumn).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                c.aliases << alias.trimmed();
        }
        companies.push_back(std::move(c));
    }
    return companies;
}

Result<std::vector<BundleKey>> parseKeys(const QString &text, const QString &path)
{
    auto records = CsvReader::parse(text, path);
    if (!records)
        return records.error();
    std::vector<BundleKey> keys;
    for (size_t i = 1; i < records->size(); ++i) {
        const QStringList &f = (*records)[i].fields;
        if (f.size() < 6)
            return Error { QStringLiteral("expected bundle_id,date,date_precision,company,kind,"
                                          "title"),
                path, (*records)[i].line };
        keys.push_back(BundleKey { f[0], f[1], f[2], f[3], f[4], f[5] });
    }
    return keys;
}

// The bundle_id cell of each data row, by the row's line in the file.
Result<QHash<qint64, QString>> bundleIdsByLine(const QString &text, const QString &path)
{
    auto records = CsvReader::parse(text, path);
    if (!records)
        return records.error();
    QHash<qint64, QString> ids;
    if (records->empty())
        return ids;
    const int column = int(records->front().fields.indexOf(QStringLiteral("bundle_id")));
    if (column < 0)
        return ids;
    for (size_t i = 1; i < records->size(); ++i)
        ids.insert((*records)[i].line, (*records)[i].fields.value(column).trimmed());
    return ids;
}

} // namespace

namespace {
// What an update did, shown in the status bar and on the command line.
class DatasetUpdateText
{
    Q_DECLARE_TR_FUNCTIONS(DatasetUpdate)
};
} // namespace

QString DatasetUpdateSummary::toText() const
{
    switch (outcome) {
    case Outcome::NotBundled:
        return DatasetUpdateText::tr(
            "this database was not made from the bundled dataset: nothing to update");
    case Outcome::UpToDate:
        return DatasetUpdateText::tr("the bundled dataset is up to date (version %1)")
            .arg(fromVersion);
    case Outcome::Updated:
        break;
    }
    return DatasetUpdateText::tr(
        "bundled dataset updated from version %1 to %2: %3 events added, %4 "
        "corrected, %5 unchanged, %6 kept as you edited them")
        .arg(fromVersion)
        .arg(toVersion)
        .arg(added)
        .arg(corrected)
        .arg(unchanged)
        .arg(keptEdited);
}

namespace {

const QString compiledVersionPath = QStringLiteral(":/data/dataset-version.txt");

Result<int> readVersion(const QString &path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    bool ok = false;
    const int version = text->trimmed().toInt(&ok);
    if (!ok || version < 1)
        return Error { QStringLiteral("the dataset version is not a whole number"), path, 1 };
    return version;
}

} // namespace

Result<int> BundledDataset::compiledVersion()
{
    ensureResources();
    return readVersion(compiledVersionPath);
}

Result<BundledDataset> BundledDataset::load()
{
    ensureResources();
    return loadFrom(QStringLiteral(":/data/events.csv"), QStringLiteral(":/data/companies.csv"),
        compiledVersionPath, QStringLiteral(":/data/bundled-2025-keys.csv"));
}

Result<BundledDataset> BundledDataset::loadFrom(const QString &eventsPath,
    const QString &companiesPath, const QString &versionPath, const QString &keysPath)
{
    BundledDataset dataset;
    if (!versionPath.isEmpty()) {
        auto version = readVersion(versionPath);
        if (!version)
            return version.error();
        dataset.version = *version;
    }
    if (!keysPath.isEmpty()) {
        auto keysText = readText(keysPath);
        if (!keysText)
            return keysText.error();
        auto keys = parseKeys(*keysText, keysPath);
        if (!keys)
            return keys.error();
        dataset.firstReleaseKeys = std::move(keys).value();
    }
    auto companiesText = readText(companiesPath);
    if (!companiesText)
        return companiesText.error();
    auto companies = parseCompanies(companiesText.value(), companiesPath);
    if (!companies)
        return companies.error();
    dataset.companies = std::move(companies).value();

    auto eventsText = readText(eventsPath);
    if (!eventsText)
        return eventsText.error();
    // Through the import pipeline, which keeps each event's line: the key to its bundle id.
    auto read = Importer::parse(eventsText.value().toUtf8(), eventsPath);
    if (!read)
        return read.error();
    ParsedImport parsed = std::move(read).value();
    if (!parsed.problems.empty()) {
        const ImportProblem &p = parsed.problems.front();
        return Error { p.description(), eventsPath, p.line };
    }
    if (parsed.events.empty())
        return Error { QStringLiteral("the dataset holds no events"), eventsPath };
    auto ids = bundleIdsByLine(eventsText.value(), eventsPath);
    if (!ids)
        return ids.error();
    QSet<QString> seen;
    for (ImportedEvent &e : parsed.events) {
        const QString id = ids->value(e.line);
        if (!id.isEmpty() && seen.contains(id))
            return Error { QStringLiteral("bundle id %1 is used twice").arg(id), eventsPath,
                e.line };
        seen.insert(id);
        dataset.bundleIds.push_back(id);
        dataset.events.push_back(std::move(e.event));
    }
    return dataset;
}

Status BundledDataset::installInto(EventStorage &storage) const
{
    return storage.installBundledDataset(*this);
}

} // namespace techwinter
