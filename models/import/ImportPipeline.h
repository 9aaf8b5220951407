#pragma once

#include "ImportSource.h"
#include "ImportStream.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace techwinter {

/// Reads an ImportStream on a second thread into a short queue of pieces, so parsing overlaps
/// storing and memory stays flat: the reader waits while `depth` pieces are waiting to be
/// stored. The consumer (ImportWriter, on the database's thread) takes them through next().
/// Stopping early (an error, a cancel, destruction) stops and joins the reader.
class ImportPipeline : public ImportSource
{
public:
    /// Starts reading `stream` at once. `control`'s cancel flag, when set, stops the reader too.
    ImportPipeline(
        std::unique_ptr<ImportStream> stream, const ImportControl &control = {}, int depth = 2);
    ~ImportPipeline() override;
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    const ParsedImport &description() const override { return m_stream->description(); }
    Result<std::optional<ImportPiece>> next() override;
    /// Valid once next() gave nullopt (the reader has finished then).
    const ParsedImport &totals() const override { return m_stream->totals(); }

private:
    void readAll();

    std::unique_ptr<ImportStream> m_stream;
    ImportControl m_control;
    const size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<ImportStream::Rows> m_queue;
    std::optional<Error> m_error;
    bool m_finished = false;
    bool m_stop = false;
    std::atomic_bool m_stopFlag { false };
    ImportStream::Rows m_current;
    std::thread m_reader;
};

} // namespace techwinter
