#pragma once

#include "Event.h"
#include "ImportTypes.h"

#include <QTextBrowser>

#include <optional>

namespace techwinter {

/// The selected event in full: title, figures in original currency and in US dollars, the
/// conversion rate, the source (a link that opens the browser) and the notes.
class EventDetailsPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit EventDetailsPanel(QWidget *parent = nullptr);

    /// Shows `event` (nothing when empty) and, when known, where it was imported from.
    void setEvent(
        const std::optional<Event> &event, const std::optional<EventDetails> &details = {});

    /// The panel's HTML for an event (escaped; exposed for tests).
    static QString html(const Event &event, const std::optional<EventDetails> &details = {});
};

} // namespace techwinter
