#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <optional>
#include <span>

namespace techwinter {

/// A run of consecutive rows of an import, ready to store, and how far the import has come.
struct ImportPiece
{
    std::span<const ImportedEvent> events;
    std::span<const ContextPoint> contextPoints;
    qint64 done = 0; ///< progress after this piece, in the source's own unit (bytes or rows)
    qint64 total = 0;
};

/// Where ImportWriter takes an import's rows from, piece by piece, so a big file is stored while
/// it is still being read and never held whole: a parsed import (one piece), an ImportStream, or
/// an ImportPipeline (a stream read on a second thread).
class ImportSource
{
public:
    virtual ~ImportSource() = default;

    /// What is known before the rows: file, source name, encoding, mapping; no rows, no counts.
    virtual const ParsedImport &description() const = 0;
    /// The next piece, valid until the next call; nullopt after the last one. An Error when the
    /// file turns out to be unusable as a whole (nothing stored may be kept) or was cancelled.
    virtual Result<std::optional<ImportPiece>> next() = 0;
    /// Once next() gave nullopt: rowsRead, rejected, emptyRows, problems and warnings of the
    /// whole import (no rows).
    virtual const ParsedImport &totals() const = 0;
};

/// An import parsed whole (Importer) as a source of one piece.
class ParsedImportSource : public ImportSource
{
public:
    /// `parsed` must outlive the source.
    explicit ParsedImportSource(const ParsedImport &parsed)
        : m_parsed(parsed)
    {
    }
    const ParsedImport &description() const override { return m_parsed; }
    Result<std::optional<ImportPiece>> next() override
    {
        if (std::exchange(m_given, true))
            return std::optional<ImportPiece>();
        const qint64 rows = qint64(m_parsed.events.size() + m_parsed.contextPoints.size());
        return std::optional<ImportPiece>(
            ImportPiece { m_parsed.events, m_parsed.contextPoints, rows, rows });
    }
    const ParsedImport &totals() const override { return m_parsed; }

private:
    const ParsedImport &m_parsed;
    bool m_given = false;
};

} // namespace techwinter
