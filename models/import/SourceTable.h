#pragma once

#include "CsvReader.h"

#include <QString>

#include <map>
#include <vector>

namespace techwinter {

/// A file read into records of text cells, before anything is known about what the columns mean.
/// CSV records come as written; a JSON array becomes a header record (every key, in order of
/// first appearance) followed by one record per element.
struct SourceTable
{
    QString filePath; ///< as given; labels errors
    QString encoding; ///< "UTF-8", "UTF-16", "Windows-1252", "Mac Roman"
    bool json = false;
    QChar delimiter = QLatin1Char(',');
    std::vector<CsvRecord> records;
    /// Records that cannot be rows at all (a JSON element that is not an object): index → why.
    std::map<size_t, QString> unusableRecords;
};

} // namespace techwinter
