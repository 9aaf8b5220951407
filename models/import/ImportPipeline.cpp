#include "ImportPipeline.h"

#include <QCoreApplication>
#include <chrono>

namespace techwinter {

ImportPipeline::ImportPipeline(
    std::unique_ptr<ImportStream> stream, const ImportControl &control, int depth)
    : m_stream(std::move(stream))
    , m_control(control)
    , m_depth(size_t(std::max(depth, 1)))
{
    m_reader = std::thread([this] { readAll(); });
}

ImportPipeline::~ImportPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_stopFlag = true;
    m_changed.notify_all();
    m_reader.join();
}

void ImportPipeline::readAll()
{
    // The reader stops on the caller's cancel and on the pipeline's own stop alike.
    ImportControl control;
    control.cancel = &m_stopFlag;
    while (true) {
        ImportStream::Rows rows;
        auto more = m_stream->read(rows, control);
        std::unique_lock lock(m_mutex);
        if (m_stop)
            return;
        if (!more || !*more) {
            if (!more)
                m_error = more.error();
            m_finished = true;
            m_changed.notify_all();
            return;
        }
        m_queue.push_back(std::move(rows));
        m_changed.notify_all();
        // Wait while the store is behind; look at the caller's cancel now and then.
        while (m_queue.size() >= m_depth && !m_stop) {
            if (m_control.isCancelled()) {
                m_stopFlag = true;
                break;
            }
            m_changed.wait_for(lock, std::chrono::milliseconds(50));
        }
        if (m_stop)
            return;
    }
}

Result<std::optional<ImportPiece>> ImportPipeline::next()
{
    std::unique_lock lock(m_mutex);
    while (m_queue.empty() && !m_finished) {
        if (m_control.isCancelled()) {
            m_stopFlag = true;
            return Error { QCoreApplication::translate("ImportStream", "the import was cancelled"),
                m_stream->description().filePath };
        }
        m_changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    if (m_queue.empty()) {
        if (m_error)
            return *m_error;
        return std::optional<ImportPiece>();
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return std::optional<ImportPiece>(
        ImportPiece { m_current.events, m_current.contextPoints, m_current.done, m_current.total });
}

} // namespace techwinter
