#include "BundledDataset.h"

#include "CsvReader.h"
#include "EventCsv.h"
#include "EventStorage.h"
#include "Resources.h"

#include <QFile>

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

} // namespace

Result<BundledDataset> BundledDataset::load()
{
    ensureResources();
    return loadFrom(QStringLiteral(":/data/events.csv"), QStringLiteral(":/data/companies.csv"));
}

Result<BundledDataset> BundledDataset::loadFrom(
    const QString &eventsPath, const QString &companiesPath)
{
    auto companiesText = readText(companiesPath);
    if (!companiesText)
        return companiesText.error();
    auto companies = parseCompanies(companiesText.value(), companiesPath);
    if (!companies)
        return companies.error();

    auto eventsText = readText(eventsPath);
    if (!eventsText)
        return eventsText.error();
    auto contents = EventCsv::read(eventsText.value(), eventsPath);
    if (!contents)
        return contents.error();
    if (!contents->rejected.empty())
        return contents->rejected.front();
    if (contents->events.empty())
        return Error { QStringLiteral("the dataset holds no events"), eventsPath };
    BundledDataset dataset;
    dataset.companies = std::move(companies).value();
    dataset.events = std::move(contents).value().events;
    return dataset;
}

Status BundledDataset::installInto(EventStorage &storage) const
{
    if (auto added = storage.addCompanies(companies); !added)
        return added.error();
    auto batch = storage.addEvents(events, QStringLiteral("bundled dataset"));
    if (!batch)
        return batch.error();
    return Ok {};
}

} // namespace techwinter
